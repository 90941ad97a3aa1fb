import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recipientsOfForwardedBounce } from './forwarded-recipients';

describe('the recipients of a bounce forwarded by HTTP', () => {
  it('come from Delivered-To, X-Original-To, Envelope-To, then To, folded lines joined', () => {
    const message = Buffer.from(
      'To: "Bounces" <bounces+to@coach.example>,\r\n other@coach.example\r\nDelivered-To: bounces+delivered@coach.example\r\nX-Original-To: <bounces+original@coach.example>\r\nSubject: To: bounces+subject@coach.example\r\n\r\nTo: bounces+body@coach.example\r\n',
    );
    expect(recipientsOfForwardedBounce(message)).toEqual([
      'bounces+delivered@coach.example',
      'bounces+original@coach.example',
      'bounces+to@coach.example',
      'other@coach.example',
    ]);
  });

  it('are read from the headers of real reports, never from their body', () => {
    const gmail = readFileSync(join(__dirname, '../../../test/fixtures/bounces/gmail-no-such-user.eml'));
    expect(recipientsOfForwardedBounce(gmail)).toEqual(['bounces+TAG@coach.example', 'bounces+TAG@coach.example']);
    expect(recipientsOfForwardedBounce(Buffer.from('no headers at all'))).toEqual([]);
    expect(recipientsOfForwardedBounce(Buffer.alloc(0))).toEqual([]);
  });
});
