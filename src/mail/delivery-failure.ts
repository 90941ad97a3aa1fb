/**
 * SMTP sorts failures by their first digit: 4xx means "try again later" (a full mailbox, a busy
 * server, greylisting), 5xx means the receiving server will never take this mail (no such
 * address, domain does not exist). Retrying a 5xx for hours only delays telling the coach that
 * an address needs correcting.
 */
export class PermanentDeliveryFailure extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'PermanentDeliveryFailure';
  }
}

interface SmtpError {
  responseCode?: unknown;
  response?: unknown;
  message?: unknown;
  /** nodemailer: per-recipient errors when the server refused recipients at RCPT TO. */
  rejectedErrors?: unknown;
}

const codeOf = (error: SmtpError): number | null => (typeof error.responseCode === 'number' ? error.responseCode : null);

/**
 * The receiving server's words when it refused the mail for good, or null when the failure may
 * pass (4xx, a lost connection, a timeout): only those are retried.
 */
export function permanentFailureReason(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const smtp = error as SmtpError;
  const refusals = Array.isArray(smtp.rejectedErrors) ? (smtp.rejectedErrors as SmtpError[]) : [];
  const permanent = [smtp, ...refusals].find((candidate) => {
    const code = codeOf(candidate);
    return code !== null && code >= 500 && code < 600;
  });
  if (!permanent) return null;
  const words = typeof permanent.response === 'string' ? permanent.response : typeof permanent.message === 'string' ? permanent.message : '';
  return words.trim() || `SMTP ${String(codeOf(permanent))}`;
}
