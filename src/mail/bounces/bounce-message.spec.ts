import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { verdictOfBounce } from './bounce-message';
import { deliveryStatusGroups, verdictOfDeliveryStatus } from './delivery-status';

const fixture = (name: string): Buffer => readFileSync(join(__dirname, '../../../test/fixtures/bounces', name));

describe('bounce messages as relays write them', () => {
  it('Postfix, an unknown user: refused, with the receiving server’s words on one line', async () => {
    expect(await verdictOfBounce(fixture('postfix-user-unknown.eml'))).toEqual({
      kind: 'permanent',
      reason: '550 5.1.1 <kim.park@client.example>: Recipient address rejected: User unknown in virtual mailbox table',
    });
  });

  it('Exim, a failed recipient after a blank line of its own and with the original message attached: refused', async () => {
    expect(await verdictOfBounce(fixture('exim-failed.eml'))).toEqual({ kind: 'permanent', reason: '550 5.1.1 No such user here' });
  });

  it('Gmail, an account that does not exist, inside a multipart/related notification: refused', async () => {
    const verdict = await verdictOfBounce(fixture('gmail-no-such-user.eml'));
    expect(verdict.kind).toBe('permanent');
    expect(verdict).toMatchObject({ reason: expect.stringMatching(/^550-5\.1\.1 The email account that you tried to reach does not exist\. .* - gsmtp$/) });
  });

  it('Postfix, a delay still being retried: transient, nothing to do', async () => {
    expect(await verdictOfBounce(fixture('postfix-delayed.eml'))).toEqual({ kind: 'transient', status: '4.4.1' });
  });

  it('Exim, a retry timeout (failed, but with a 4.x.x status): not taken as a refusal of the address', async () => {
    expect(await verdictOfBounce(fixture('exim-retry-timeout.eml'))).toEqual({ kind: 'transient', status: '4.0.0' });
  });

  it('a report of success: no failure', async () => {
    expect(await verdictOfBounce(fixture('relayed-success.eml'))).toEqual({ kind: 'not-a-failure' });
  });

  it('an auto-reply, bytes that are no message, and an empty message: unreadable, not thrown', async () => {
    expect(await verdictOfBounce(fixture('out-of-office.eml'))).toMatchObject({
      kind: 'unreadable',
      problem: expect.stringContaining('no delivery status part'),
    });
    expect(await verdictOfBounce(Buffer.from([0, 255, 254, 10, 13, 0, 1, 2, 3]))).toMatchObject({ kind: 'unreadable' });
    expect(await verdictOfBounce(Buffer.alloc(0))).toMatchObject({ kind: 'unreadable' });
  });

  it('a report whose status part is not a report: unreadable', async () => {
    const broken = fixture('postfix-user-unknown.eml')
      .toString('utf8')
      .replace(/^Action: failed$/m, 'Disposition: failed')
      .replace(/^Status: 5\.1\.1$/m, 'Stat: 5.1.1');
    expect(await verdictOfBounce(Buffer.from(broken))).toMatchObject({ kind: 'unreadable', problem: 'no recipient with an Action field' });
  });
});

describe('the fields of a delivery status', () => {
  it('are grouped at blank lines, with continuation lines joined and names folded to lower case', () => {
    const groups = deliveryStatusGroups(
      'Reporting-MTA: dns; a.example\r\n\r\nFINAL-RECIPIENT: rfc822; x@y.example\r\nDiagnostic-Code: smtp; 550\r\n  no such user\r\n',
    );
    expect(groups).toHaveLength(2);
    expect(groups[1].get('final-recipient')).toBe('rfc822; x@y.example');
    expect(groups[1].get('diagnostic-code')).toBe('smtp; 550 no such user');
  });

  it('refuse the address only for a final failure with a 5.x.x status', () => {
    const report = (action: string, status: string, diagnostic = '') =>
      verdictOfDeliveryStatus(`Reporting-MTA: dns; a.example\n\nFinal-Recipient: rfc822; x@y.example\nAction: ${action}\nStatus: ${status}\n${diagnostic}`);
    expect(report('failed', '5.2.2', 'Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\u0007 for good')).toEqual({
      kind: 'permanent',
      reason: '552 5.2.2 Mailbox full for good',
    });
    expect(report('Failed', '5.1.2')).toEqual({ kind: 'permanent', reason: 'Status 5.1.2' });
    expect(report('delayed', '4.2.2')).toEqual({ kind: 'transient', status: '4.2.2' });
    expect(report('delayed', 'soon')).toEqual({ kind: 'transient', status: 'unknown' });
    expect(report('delivered', '2.0.0')).toEqual({ kind: 'not-a-failure' });
    expect(report('failed', '')).toMatchObject({ kind: 'unreadable' });
    expect(report('failed', '550')).toMatchObject({ kind: 'unreadable' });
    expect(report('failed', '5.1.1', `Diagnostic-Code: smtp; ${'x'.repeat(900)}`)).toMatchObject({ kind: 'permanent', reason: 'x'.repeat(500) });
  });
});
