import type { CellAggregate } from './aggregate.types';

export function emptyCell(): CellAggregate {
  return { raters: 0, ratings: 0, sum: 0, sumSquares: 0, histogram: {} };
}

/** Cells of disjoint rater sets add up exactly: that is what lets groups merge into buckets. */
export function addCells(a: CellAggregate, b: CellAggregate): CellAggregate {
  const histogram: Record<string, number> = { ...a.histogram };
  for (const [value, count] of Object.entries(b.histogram)) histogram[value] = (histogram[value] ?? 0) + count;
  const interviews = (a.interviews ?? 0) + (b.interviews ?? 0);
  return {
    raters: a.raters + b.raters,
    ratings: a.ratings + b.ratings,
    sum: a.sum + b.sum,
    sumSquares: a.sumSquares + b.sumSquares,
    histogram,
    ...(interviews > 0 ? { interviews } : {}),
  };
}

/**
 * `total` with the answers of `part` taken back out (a removed interview), or null when no answer
 * is left in it. `part` must have been added to `total`: anything else is a fault, and throws
 * rather than store a count below zero.
 */
export function subtractCells(total: CellAggregate, part: CellAggregate): CellAggregate | null {
  const histogram: Record<string, number> = { ...total.histogram };
  for (const [value, count] of Object.entries(part.histogram)) {
    const left = (histogram[value] ?? 0) - count;
    if (left === 0) delete histogram[value];
    else histogram[value] = left;
  }
  const left = {
    raters: total.raters - part.raters,
    ratings: total.ratings - part.ratings,
    sum: total.sum - part.sum,
    sumSquares: total.sumSquares - part.sumSquares,
    interviews: (total.interviews ?? 0) - (part.interviews ?? 0),
  };
  const counts = [left.raters, left.ratings, left.sumSquares, left.interviews, ...Object.values(histogram)];
  if (counts.some((count) => count < 0) || left.interviews > left.raters) throw new RangeError('subtractCells: the part was never added to the total');
  if (left.raters === 0) {
    if (left.ratings !== 0 || left.sum !== 0) throw new RangeError('subtractCells: ratings left in a cell of no rater');
    return null;
  }
  const { interviews, ...cell } = left;
  return { ...cell, histogram, ...(interviews > 0 ? { interviews } : {}) };
}

export function sumCells(cells: readonly CellAggregate[]): CellAggregate {
  return cells.reduce(addCells, emptyCell());
}

/** One rater's ratings at one scope (an item, or every likert item of a theme). */
export function cellFromRatings(values: readonly number[]): CellAggregate {
  const histogram: Record<string, number> = {};
  let sum = 0;
  let sumSquares = 0;
  for (const value of values) {
    histogram[String(value)] = (histogram[String(value)] ?? 0) + 1;
    sum += value;
    sumSquares += value * value;
  }
  return { raters: values.length > 0 ? 1 : 0, ratings: values.length, sum, sumSquares, histogram };
}

/** The pooled mean: for a theme, sum / ratings over all its items, not a mean of item means. */
export function cellMean(cell: CellAggregate): number | null {
  return cell.ratings > 0 ? cell.sum / cell.ratings : null;
}

/**
 * Sample variance (n - 1). Ratings are integers, so n * sumSquares - sum^2 is computed exactly
 * before the one division; the clamp only guards against sums that were ever non-integer.
 */
export function cellVariance(cell: CellAggregate): number | null {
  const n = cell.ratings;
  if (n < 2) return null;
  return Math.max(0, (n * cell.sumSquares - cell.sum * cell.sum) / (n * (n - 1)));
}

export function cellSampleSd(cell: CellAggregate): number | null {
  const variance = cellVariance(cell);
  return variance === null ? null : Math.sqrt(variance);
}

/**
 * Within-group agreement rwg = 1 - s^2 / sigma_EU^2, where sigma_EU^2 = (A^2 - 1) / 12 is the
 * variance of uniformly random answers on an A-point scale. Views more split than random (s^2
 * above sigma_EU^2) mean no agreement, hence the floor at 0. One rater cannot agree with anyone.
 */
export function cellRwg(cell: CellAggregate, scalePoints: number): number | null {
  const variance = cellVariance(cell);
  if (cell.raters < 2 || variance === null || scalePoints < 2) return null;
  return Math.max(0, 1 - variance / ((scalePoints * scalePoints - 1) / 12));
}
