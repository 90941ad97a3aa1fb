import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { waitUntil } from '../../src/common/wait-until';

export interface ReceivedMail {
  to: string;
  /** The envelope sender (MAIL FROM), where bounces go: not the From header. */
  envelopeFrom: string;
  /** The address of the From header, which the rater's mail client shows. */
  from: string;
  subject: string;
  text: string;
  html: string;
}

/** A real SMTP server in the test process: nodemailer talks SMTP to it like to any relay. */
export class Mailbox {
  readonly messages: ReceivedMail[] = [];
  /** When set, every delivery attempt is refused with this SMTP error (to simulate an outage). */
  refuseWith: string | null = null;
  /** Delivery attempts refused so far. */
  refused = 0;
  /** Addresses this server does not know: refused for good (550) at RCPT TO, as a real relay does. */
  readonly unknownRecipients = new Set<string>();
  /** RCPT TO attempts refused for an unknown address, per address. */
  readonly refusedRecipients = new Map<string, number>();
  private server: SMTPServer | null = null;
  port = 0;

  async start(): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        const recipient = address.address.toLowerCase();
        if (!this.unknownRecipients.has(recipient)) return callback();
        this.refusedRecipients.set(recipient, (this.refusedRecipients.get(recipient) ?? 0) + 1);
        callback(Object.assign(new Error(`5.1.1 <${recipient}>: Recipient address rejected: User unknown`), { responseCode: 550 }));
      },
      onData: (stream, session, callback) => {
        if (this.refuseWith) {
          this.refused += 1;
          stream.resume();
          stream.on('end', () => callback(Object.assign(new Error(this.refuseWith ?? 'refused'), { responseCode: 451 })));
          return;
        }
        simpleParser(stream)
          .then((parsed) => {
            const to = Array.isArray(parsed.to) ? parsed.to.map((address) => address.text).join(', ') : (parsed.to?.text ?? '');
            const envelopeFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
            this.messages.push({
              to,
              envelopeFrom,
              from: parsed.from?.value[0]?.address ?? '',
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
            });
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as AddressInfo).port;
    return this;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  to(address: string): ReceivedMail[] {
    return this.messages.filter((message) => message.to.includes(address));
  }

  async waitForCount(count: number, timeoutMs = 20_000): Promise<ReceivedMail[]> {
    await waitUntil(() => this.messages.length >= count, { timeoutMs, what: `${count} emails (got ${this.messages.length})` });
    return this.messages;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** The personal link of a rater's email. */
export function linkIn(mail: ReceivedMail): string {
  const match = /(https?:\/\/[^\s"<>]+\/r\/[A-Za-z0-9_-]{43})/.exec(mail.text);
  if (!match) throw new Error(`No rater link in mail "${mail.subject}"`);
  return match[1];
}

export function tokenOf(link: string): string {
  return link.slice(link.lastIndexOf('/') + 1);
}
