import type { CellAggregate } from './aggregate.types';

export function emptyCell(): CellAggregate {
  return { raters: 0, ratings: 0, sum: 0, sumSquares: 0, histogram: {} };
}

/** Cells of disjoint rater sets add up exactly: that is what lets groups merge into buckets. */
export function addCells(a: CellAggregate, b: CellAggregate): CellAggregate {
  const histogram: Record<string, number> = { ...a.histogram };
  for (const [value, count] of Object.entries(b.histogram)) histogram[value] = (histogram[value] ?? 0) + count;
  return { raters: a.raters + b.raters, ratings: a.ratings + b.ratings, sum: a.sum + b.sum, sumSquares: a.sumSquares + b.sumSquares, histogram };
}

export function sumCells(cells: CellAggregate[]): CellAggregate {
  return cells.reduce(addCells, emptyCell());
}

/** One rater's ratings at one scope (an item, or all items of a theme). */
export function cellFromRatings(values: number[]): CellAggregate {
  const histogram: Record<string, number> = {};
  for (const value of values) histogram[String(value)] = (histogram[String(value)] ?? 0) + 1;
  return {
    raters: values.length > 0 ? 1 : 0,
    ratings: values.length,
    sum: values.reduce((total, value) => total + value, 0),
    sumSquares: values.reduce((total, value) => total + value * value, 0),
    histogram,
  };
}

export function cellMean(cell: CellAggregate): number | null {
  return cell.ratings > 0 ? cell.sum / cell.ratings : null;
}

/** Sample variance (n - 1) from running sums; float noise below zero is clamped. */
export function cellVariance(cell: CellAggregate): number | null {
  if (cell.ratings < 2) return null;
  const variance = (cell.sumSquares - (cell.sum * cell.sum) / cell.ratings) / (cell.ratings - 1);
  return Math.max(0, variance);
}

export function cellSampleSd(cell: CellAggregate): number | null {
  const variance = cellVariance(cell);
  return variance === null ? null : Math.sqrt(variance);
}

/**
 * Within-group agreement rwg = 1 - s^2 / sigma_EU^2, where sigma_EU^2 = (A^2 - 1) / 12 is the
 * variance of a uniform ("no agreement") answer on an A-point scale. Floored at 0; null below 2 raters.
 */
export function cellRwg(cell: CellAggregate, scalePoints: number): number | null {
  const variance = cellVariance(cell);
  if (cell.raters < 2 || variance === null) return null;
  return Math.max(0, 1 - variance / ((scalePoints * scalePoints - 1) / 12));
}
