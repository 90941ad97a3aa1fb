const DEADLINE_PARTS = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
});

/**
 * "Friday 18 December 2026 at 17:00 UTC": a deadline read the same way wherever the rater is, in
 * their mail and on their form. Put together from its parts, since ICU versions punctuate the full
 * English date differently.
 */
export function deadlineInWords(at: Date): string {
  const part = Object.fromEntries(DEADLINE_PARTS.formatToParts(at).map(({ type, value }) => [type, value]));
  return `${part.weekday} ${part.day} ${part.month} ${part.year} at ${part.hour}:${part.minute} UTC`;
}
