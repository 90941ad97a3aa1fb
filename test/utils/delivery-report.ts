import nodemailer from 'nodemailer';

/**
 * A bounce as a relay writes it (RFC 3464, in Postfix's layout): a human part, the delivery
 * status of the one recipient, and the headers of the mail that bounced.
 */
export function deliveryReport(options: { to: string; recipient: string; action: 'failed' | 'delayed'; status: string; diagnostic: string }): string {
  const boundary = `report-${Math.random().toString(36).slice(2)}`;
  return [
    'From: MAILER-DAEMON@relay.example (Mail Delivery System)',
    `To: ${options.to}`,
    `Subject: ${options.action === 'failed' ? 'Undelivered Mail Returned to Sender' : 'Delayed Mail (still being retried)'}`,
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    `This is the mail system at host relay.example. Your message to <${options.recipient}> ${options.action === 'failed' ? 'could not be delivered' : 'is delayed'}.`,
    '',
    `--${boundary}`,
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; relay.example',
    '',
    `Final-Recipient: rfc822; ${options.recipient}`,
    `Action: ${options.action}`,
    `Status: ${options.status}`,
    `Diagnostic-Code: smtp; ${options.diagnostic}`,
    '',
    `--${boundary}`,
    'Content-Type: text/rfc822-headers',
    '',
    `To: <${options.recipient}>`,
    'Subject: Your feedback on Alex Morgan',
    '',
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

/** Sends `raw` over SMTP to `port` with the null sender, as a relay returns a bounce. */
export async function sendBounce(port: number, to: string, raw: string | Buffer): Promise<void> {
  const relay = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  try {
    await relay.sendMail({ envelope: { from: '', to: [to] }, raw });
  } finally {
    relay.close();
  }
}
