/**
 * Rounding and formatting of report figures. Classification and priorities compare the rounded
 * figures, so that a reason never contradicts the numbers printed beside it.
 */

/** Half away from zero, alike for negative means of the -3..+3 change scale. */
export function round2(value: number): number {
  return (Math.sign(value) * Math.round(Math.abs(value) * 100)) / 100;
}

/** A mean from integer sums, rounded without the float error of (sum / ratings) * 100. */
export function roundedMean(sum: number, ratings: number): number {
  return (Math.sign(sum) * Math.round((Math.abs(sum) * 100) / ratings)) / 100;
}

export function formatScore(value: number): string {
  return round2(value).toFixed(2);
}

export function formatSigned(value: number): string {
  const rounded = round2(value);
  return `${rounded < 0 ? '-' : '+'}${Math.abs(rounded).toFixed(2)}`;
}
