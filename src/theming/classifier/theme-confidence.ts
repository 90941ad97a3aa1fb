import type { SurveyTheme } from '../../surveys/survey.types';
import { contends, countLift, type DecisionRule, type ThemeCountEvidence } from './analyzer-weights';

/**
 * How far a comment's scores sit from a different decision: `margin`, how far the best theme
 * leads the runner-up (0 when two themes tie and both are given); `distance`, how far the best
 * score is from the bar a theme must reach (above it for a themed comment, below it for one given
 * none); `unthemed`, 1 when no theme was given, whose certainty reads differently; `secondGap`,
 * how far the runner-up, with what the count of themes adds, stood from the bar for a second theme,
 * either side, at most SECOND_GAP_CAP (the cap itself when no second theme was in play: no theme
 * given, or a runner-up below the bar for any theme or too far behind the best). A second theme
 * decided by a hair is a coin toss whatever the margin: with `secondGap`, cross-validated, what the
 * engine files alone at the review threshold went from 80 % to 84 % exactly right (ranking, AUC
 * 0.70 -> 0.73), at a calibration error of 0.057 rather than 0.044.
 */
export interface ConfidenceFeatures {
  margin: number;
  distance: number;
  unthemed: number;
  secondGap: number;
}

/** Beyond this a second theme's decision is as settled as it gets; the cap keeps one far-off score from weighing in. */
export const SECOND_GAP_CAP = 10;

/**
 * Platt scaling of those features: the probability that a comment's theme set is exactly right is
 * 1 / (1 + exp(-(intercept + margin·m + distance·d + unthemed·u + secondGap·g))).
 */
export interface ConfidenceCalibration {
  intercept: number;
  margin: number;
  distance: number;
  unthemed: number;
  secondGap: number;
}

const FEATURES = ['margin', 'distance', 'unthemed', 'secondGap'] as const;

/**
 * Fitted on the shipped examples, each scored by a model that saw none of its writing batch
 * (6-fold cross-validation by batch; `npm run calibrate:comments -- confidence` refits and prints
 * it). Platt scaling rather than isotonic bins: five parameters fitted on 10,007 comments hold
 * steady from fold to fold, where bins of a few dozen comments each would not, and the
 * probability grows smoothly with the margin instead of in steps.
 */
export const CONFIDENCE_CALIBRATION: Readonly<ConfidenceCalibration> = {
  intercept: -1.607,
  margin: -0.044,
  distance: 0.152,
  unthemed: 2.446,
  secondGap: 0.157,
};

/**
 * Comments the engine is less sure of than this go to the coach's review first. Chosen on the
 * cross-validated examples, never the held-out sets: at 0.7 what the engine files alone was exactly
 * right 77 % of the time there (78 % after the weights of 2026-12-06, 80 % since the decision reads
 * whether a comment speaks of two themes, 84 % since the confidence reads how near the second theme's
 * decision was; 84 % on the 10,007 examples of the third round of 2026-12-07, 64 % exactly right in
 * all), and higher thresholds gain little more while filing ever fewer comments. No threshold that
 * leaves the engine a useful share reached 90 % on them: the examples are hard by design. The held-out figures are in the README.
 */
export const REVIEW_BELOW = 0.7;

/**
 * A theme not given "came close" when it scores at least this share of the bar the given themes
 * passed (the best score, or the bar itself for a comment given none). A suggestion for the coach,
 * not a placement: in cross-validation it was one of the comment's themes 27 % of the time, and no
 * share from 0.6 to 0.95 did much better (25-34 %), so this one offers it where it helps most often.
 * Since second themes that stand on their own are given outright (analyzer-weights.ts), the ones
 * left to suggest are a little harder: 26 % of them were right, 22 % after the weights of 2026-12-06,
 * 29 % since the decision reads whether a comment speaks of two themes.
 */
export const CLOSE_SHARE = 0.75;

function ranked(scores: readonly number[]): number[] {
  return scores.map((_, index) => index).sort((a, b) => scores[b] - scores[a] || a - b);
}

/** `count` as for chosenThemes: a comment given no theme by the output for comments about none reads as unthemed. */
export function confidenceFeatures(scores: readonly number[], rule: DecisionRule, count: ThemeCountEvidence = {}): ConfidenceFeatures {
  const order = ranked(scores);
  const best = scores[order[0]] ?? 0;
  const second = scores[order[1]] ?? 0;
  const themed = best >= rule.minScore && best > 0 && (count.unthemed ?? 0) < rule.unthemedBar;
  const secondInPlay = themed && order.length > 1 && contends(second, best, rule);
  return {
    margin: themed ? best - second : 0,
    distance: Math.abs(best - rule.minScore),
    unthemed: themed ? 0 : 1,
    secondGap: secondInPlay ? Math.min(Math.abs(second + countLift(rule, count) - rule.secondScore), SECOND_GAP_CAP) : SECOND_GAP_CAP,
  };
}

function linear(features: ConfidenceFeatures, calibration: ConfidenceCalibration): number {
  return FEATURES.reduce((total, name) => total + calibration[name] * features[name], calibration.intercept);
}

const sigmoid = (value: number): number => 1 / (1 + Math.exp(-value));

/** The calibrated probability, 0..1, that the themes given for these scores are exactly the comment's themes. */
export function calibratedConfidence(features: ConfidenceFeatures, calibration: ConfidenceCalibration = CONFIDENCE_CALIBRATION): number {
  return sigmoid(linear(features, calibration));
}

/** The best theme not given when it came close (see CLOSE_SHARE), or null. */
export function closeSecondTheme(themes: readonly SurveyTheme[], scores: readonly number[], given: readonly string[], rule: DecisionRule): string | null {
  const bar = Math.max(rule.minScore, ...scores);
  const candidate = ranked(scores).find((index) => !given.includes(themes[index].id));
  if (candidate === undefined || scores[candidate] <= 0 || scores[candidate] < CLOSE_SHARE * bar) return null;
  return themes[candidate].id;
}

/**
 * Fits Platt scaling by Newton's method (iteratively reweighted least squares) on comments whose
 * decision is known to be right or wrong. Targets are Platt's smoothed ones, (n₊ + 1) / (n₊ + 2)
 * and 1 / (n₋ + 2), so that a separable sample does not drive the weights to infinity; a small
 * ridge keeps the system solvable when a feature never varies.
 */
export function fitConfidenceCalibration(samples: readonly { features: ConfidenceFeatures; correct: boolean }[]): ConfidenceCalibration {
  const positives = samples.filter((sample) => sample.correct).length;
  const negatives = samples.length - positives;
  const high = (positives + 1) / (positives + 2);
  const low = 1 / (negatives + 2);
  const rows = samples.map((sample) => ({
    x: [1, ...FEATURES.map((name) => sample.features[name])],
    y: sample.correct ? high : low,
  }));
  const size = FEATURES.length + 1;
  let weights = new Array<number>(size).fill(0);
  for (let iteration = 0; iteration < 100; iteration += 1) {
    const gradient = new Array<number>(size).fill(0);
    const hessian = Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, column) => (row === column ? 1e-6 : 0)));
    for (const { x, y } of rows) {
      const p = sigmoid(x.reduce((total, value, index) => total + value * weights[index], 0));
      const w = Math.max(p * (1 - p), 1e-12);
      for (let i = 0; i < size; i += 1) {
        gradient[i] += (p - y) * x[i];
        for (let j = 0; j < size; j += 1) hessian[i][j] += w * x[i] * x[j];
      }
    }
    const step = solve(hessian, gradient);
    weights = weights.map((value, index) => value - step[index]);
    if (Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  const [intercept, ...slopes] = weights;
  return { intercept, ...(Object.fromEntries(FEATURES.map((name, index) => [name, slopes[index]])) as Record<(typeof FEATURES)[number], number>) };
}

/** Gaussian elimination with partial pivoting, for the small Newton system above. */
function solve(matrix: number[][], vector: number[]): number[] {
  const size = vector.length;
  const a = matrix.map((row, index) => [...row, vector[index]]);
  for (let column = 0; column < size; column += 1) {
    const pivot = a.slice(column).reduce((best, row, offset) => (Math.abs(row[column]) > Math.abs(a[best][column]) ? column + offset : best), column);
    [a[column], a[pivot]] = [a[pivot], a[column]];
    for (let row = column + 1; row < size; row += 1) {
      const factor = a[row][column] / a[column][column];
      for (let k = column; k <= size; k += 1) a[row][k] -= factor * a[column][k];
    }
  }
  const result = new Array<number>(size).fill(0);
  for (let row = size - 1; row >= 0; row -= 1) {
    const known = a[row].slice(row + 1, size).reduce((total, value, offset) => total + value * result[row + 1 + offset], 0);
    result[row] = (a[row][size] - known) / a[row][row];
  }
  return result;
}
