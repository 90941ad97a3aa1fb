/**
 * Reference statistics computed from raw ratings, independently of the app's aggregates:
 * what the report must say about the answers a test sent.
 */
export interface Expected {
  n: number;
  ratings: number;
  mean: number | null;
  sd: number | null;
}

export function expectedFor(ratingsPerRater: (number | null)[][]): Expected {
  const raters = ratingsPerRater.filter((values) => values.some((value) => value !== null));
  const values = raters.flat().filter((value): value is number => value !== null);
  if (values.length === 0) return { n: 0, ratings: 0, mean: null, sd: null };
  const mean = values.reduce((total, value) => total + value, 0) / values.length;
  const sd = values.length < 2 ? null : Math.sqrt(values.reduce((total, value) => total + (value - mean) ** 2, 0) / (values.length - 1));
  return { n: raters.length, ratings: values.length, mean, sd };
}

export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
