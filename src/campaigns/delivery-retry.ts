/**
 * After BullMQ's own attempts at an invitation are used up (8 over about 8 minutes), the sweep
 * tries again in rounds, each a fresh set of attempts: the first `firstDelayMs` after the last
 * failure, then twice as long each time up to 12 hours, 10 rounds in all (about 2.7 days with the
 * default 15 minutes). Long enough to ride out a mail provider's outage or a full mailbox; a
 * wrong address needs the coach, who sees the reason all along.
 */
export const MAX_DELIVERY_ROUNDS = 10;
export const LONGEST_RETRY_DELAY_MS = 12 * 3600 * 1000;

/** How long to wait after round `round` (0: the launch) gave up, or null when no round is left. */
export function retryDelayAfter(round: number, firstDelayMs: number): number | null {
  if (round >= MAX_DELIVERY_ROUNDS) return null;
  return Math.min(firstDelayMs * 2 ** round, Math.max(LONGEST_RETRY_DELAY_MS, firstDelayMs));
}
