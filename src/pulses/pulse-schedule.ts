/**
 * When scheduled pulses fall due: pure date arithmetic over calendar days (YYYY-MM-DD, UTC), so
 * a pulse due "3 months after the program started" falls on the same day whoever computes it.
 */

/** The day `months` calendar months after `day`; a day the month lacks (31 May + 1 month) becomes its last day. */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, lastDay));
  return target.toISOString().slice(0, 10);
}

/** A pulse launches on its day or at the first sweep after it (so a worker that was down catches up). */
export function isDue(dueOn: string, now: Date): boolean {
  return dueOn <= now.toISOString().slice(0, 10);
}

export type PulseStatus = 'scheduled' | 'launching' | 'launched' | 'failed';

/** How long a claim to launch a pulse holds before another worker may take it over (the first one died). */
export const LAUNCH_CLAIM_MS = 10 * 60_000;
