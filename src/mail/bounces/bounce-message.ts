import type { simpleParser as SimpleParser } from 'mailparser';
import { type BounceVerdict, verdictOfDeliveryStatus } from './delivery-status';

/** RFC 3464's part, and RFC 6533's for addresses outside ASCII; both are text of the same fields. */
const DELIVERY_STATUS_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status']);

/**
 * The verdict of a bounce message as it arrived (a multipart/report of RFC 3464). Anything else,
 * a human-only bounce, an auto-reply, bytes that are no message at all, is unreadable: never an
 * exception, since whoever sent it cannot be told.
 */
export async function verdictOfBounce(raw: Buffer): Promise<BounceVerdict> {
  // Required with the first bounce: the parser and its decoders cost a process some 15 MiB, and
  // most processes never read a bounce (an api never does).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { simpleParser } = require('mailparser') as { simpleParser: typeof SimpleParser };
  let parsed;
  try {
    // Kept as an attachment: by default the parser folds the delivery status into the text.
    parsed = await simpleParser(raw, { keepDeliveryStatus: true, skipHtmlToText: true, skipTextToHtml: true, skipTextLinks: true, skipImageLinks: true });
  } catch (error) {
    return { kind: 'unreadable', problem: `not a message: ${(error as Error).message}` };
  }
  const report = parsed.attachments.find((attachment) => DELIVERY_STATUS_TYPES.has(attachment.contentType.toLowerCase()));
  if (!report) return { kind: 'unreadable', problem: 'no delivery status part (not an RFC 3464 report)' };
  return verdictOfDeliveryStatus(report.content.toString('utf8'));
}
