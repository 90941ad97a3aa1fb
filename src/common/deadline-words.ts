const partsIn = (locale: string): Intl.DateTimeFormat =>
  new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  });
const ENGLISH = partsIn('en-GB');
const FRENCH = partsIn('fr-FR');

/**
 * "Friday 18 December 2026 at 17:00 UTC": a deadline read the same way wherever the rater is, in
 * their mail and on their form. Put together from its parts, since ICU versions punctuate the full
 * English date differently.
 */
export function deadlineInWords(at: Date, language = 'en'): string {
  const french = language === 'fr';
  const part = Object.fromEntries((french ? FRENCH : ENGLISH).formatToParts(at).map(({ type, value }) => [type, value]));
  // "vendredi 18 décembre 2026 à 17 h 00 UTC", as French writes a time.
  return french
    ? `${part.weekday} ${part.day} ${part.month} ${part.year} à ${part.hour} h ${part.minute} UTC`
    : `${part.weekday} ${part.day} ${part.month} ${part.year} at ${part.hour}:${part.minute} UTC`;
}
