import { randomBytes } from 'node:crypto';
import { createTransport } from 'nodemailer';
import { SMTP_CONNECTIONS } from '../src/mail/mail-transport';
import type { Mailbox, ReceivedMail } from '../test/utils/mailbox';

/**
 * The launch's baseline: as many mails as the launch sent, each the size of one of its
 * invitations, through a bare nodemailer pool of as many connections as the app's, to the same
 * sink, timed until the last arrived. Mails a second.
 */
export async function bareNodemailerPool(mailbox: Mailbox, sample: ReceivedMail, count: number): Promise<number> {
  const transport = createTransport({ url: mailbox.url, pool: true, maxConnections: SMTP_CONNECTIONS });
  const before = mailbox.messages.length;
  const started = performance.now();
  try {
    await Promise.all(
      Array.from({ length: count }, (_, index) =>
        transport.sendMail({
          from: 'coach@bench.invalid',
          to: `baseline-${index}-${randomBytes(2).toString('hex')}@bench.invalid`,
          subject: sample.subject,
          text: sample.text,
          html: sample.html,
        }),
      ),
    );
    await mailbox.waitForCount(before + count, 300_000);
  } finally {
    transport.close();
  }
  return Math.round((count / (performance.now() - started)) * 1000 * 10) / 10;
}
