import { permanentFailureReason } from './delivery-failure';

describe('permanentFailureReason', () => {
  it('takes a 5xx for good, with the server words', () => {
    expect(permanentFailureReason({ responseCode: 550, response: '550 5.1.1 <pat@example.org>: no such user' })).toBe(
      '550 5.1.1 <pat@example.org>: no such user',
    );
  });

  it('finds a 5xx among the recipients nodemailer reports refused at RCPT TO', () => {
    const error = {
      code: 'EENVELOPE',
      message: 'Can not send mail to any recipient',
      rejectedErrors: [{ responseCode: 553, response: '553 mailbox name not allowed' }],
    };
    expect(permanentFailureReason(error)).toBe('553 mailbox name not allowed');
  });

  it('falls back to the code when the server gave no words', () => {
    expect(permanentFailureReason({ responseCode: 554 })).toBe('SMTP 554');
  });

  it.each([
    ['a 4xx (try later)', { responseCode: 451, response: '451 4.3.0 try again later' }],
    ['a lost connection', Object.assign(new Error('Connection closed'), { code: 'ECONNECTION' })],
    ['a timeout', Object.assign(new Error('Greeting never received'), { code: 'ETIMEDOUT' })],
    ['a 2xx code with an error', { responseCode: 250 }],
    ['no error object', 'boom'],
    ['null', null],
  ])('leaves %s to the retries', (_what, error) => {
    expect(permanentFailureReason(error)).toBeNull();
  });
});
