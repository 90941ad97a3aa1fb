import { formatScore, formatSigned } from '../reports/assembly/score-format';
import type { RoundFigure } from './review-figures';

export type GoalStatus = 'achieved' | 'on_track' | 'behind' | 'not_measured';

export const STATUS_RULE =
  "achieved: the final review's others' average for the theme is at or beyond the target. " +
  "on track: not achieved, and the latest review's others' average has moved at least half-way from the baseline towards the target. " +
  "behind: the latest review's others' average has moved less than half-way, or away from the target. " +
  'not measured: no review yet, or the reviews withhold the figure to protect anonymity.';

const EPSILON = 1e-9;

export interface GoalFigures {
  baseline: RoundFigure | null;
  midpoint: RoundFigure | null;
  final: RoundFigure | null;
  target: number;
  /** Whether a final review has been run: "achieved" is decided there. */
  finalHeld: boolean;
  midpointHeld: boolean;
}

/** The status of a goal under STATUS_RULE, with the numbers behind it in words. */
export function goalStatus(figures: GoalFigures): { status: GoalStatus; reason: string } {
  const { baseline, target } = figures;
  if (!baseline) return { status: 'not_measured', reason: 'The baseline report withholds this figure, so there is nothing to compare with.' };
  const latest = figures.final ? { round: 'final review', figure: figures.final } : figures.midpoint ? { round: 'midpoint', figure: figures.midpoint } : null;
  if (!latest) {
    const held = figures.finalHeld || figures.midpointHeld;
    return { status: 'not_measured', reason: held ? 'The review withholds this figure: too few raters answered for it to be shown.' : 'No review yet.' };
  }
  const direction = target >= baseline.mean ? 1 : -1;
  const value = latest.figure.mean;
  const moved = value - baseline.mean;
  const needed = target - baseline.mean;
  const at = `The ${latest.round}'s ${formatScore(value)}`;
  if (figures.final && direction * (value - target) >= -EPSILON) {
    return { status: 'achieved', reason: `${at} is at or beyond the target ${formatScore(target)} (baseline ${formatScore(baseline.mean)}).` };
  }
  const halfway = direction * moved >= (direction * needed) / 2 - EPSILON;
  const comparison = `has moved ${formatSigned(moved)} from the baseline ${formatScore(baseline.mean)}, ${halfway ? 'at least' : 'less than'} half of the ${formatSigned(needed)} needed to reach ${formatScore(target)}.`;
  return { status: halfway ? 'on_track' : 'behind', reason: `${at} ${comparison}` };
}
