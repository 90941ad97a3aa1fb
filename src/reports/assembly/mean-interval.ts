import { jStat } from 'jstat';
import { round2 } from './score-format';

export type Interval = [number, number];

/** Two-sided: the interval leaves 5 % out on each side. */
export const INTERVAL_LEVEL = 0.9;

/**
 * A gap between self and others smaller than this is not worth a label, however sure: a third of
 * a scale point is about where a rater would move by one step on one item in three.
 */
export const MIN_RELIABLE_GAP = 1 / 3;

/** What a mean is read from: the figures the report shows, so an interval adds nothing a reader could not compute. */
export interface ShownMean {
  /** Raters: the interval treats each rater as one observation. */
  n: number;
  mean: number;
  sd: number | null;
}

/** Half the width of the 90 % interval of a mean over `n` raters with standard deviation `sd`. */
function halfWidth(n: number, sd: number): number {
  return jStat.studentt.inv(1 - (1 - INTERVAL_LEVEL) / 2, n - 1) * (sd / Math.sqrt(n));
}

/**
 * The 90 % interval of a mean over raters (Student's t with n - 1 degrees of freedom), from the
 * published mean and standard deviation. A theme pools several items per rater, whose ratings go
 * together; counting raters, not ratings, keeps the interval from being narrower than the
 * evidence. Null with fewer than two raters or no spread known.
 */
export function meanInterval(shown: ShownMean): Interval | null {
  if (shown.n < 2 || shown.sd === null) return null;
  const half = halfWidth(shown.n, shown.sd);
  return [round2(shown.mean - half), round2(shown.mean + half)];
}

export interface GapReading {
  /** The 90 % interval of the gap: the leader's own rating is one person's, so only others' mean is uncertain. */
  interval: Interval | null;
  /** Reliable: the interval excludes 0 and the gap is at least a third of a scale point. Null without a gap. */
  reliable: boolean | null;
}

/** Whether the published gap (self minus others) can be relied on, given how many others rated and how they spread. */
export function gapReading(gap: number | null, others: ShownMean | null): GapReading {
  if (gap === null || others === null) return { interval: null, reliable: null };
  if (others.n < 2 || others.sd === null) return { interval: null, reliable: false };
  const half = halfWidth(others.n, others.sd);
  const interval: Interval = [round2(gap - half), round2(gap + half)];
  const excludesZero = interval[0] > 0 || interval[1] < 0;
  // Compared as published: a gap shown as 0.33 is a third of a point.
  return { interval, reliable: excludesZero && Math.abs(gap) >= round2(MIN_RELIABLE_GAP) };
}
