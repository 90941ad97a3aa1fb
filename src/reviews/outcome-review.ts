import { describeIndicator, type IntendedOutcome, type OutcomeIndicator, type OutcomeScopes } from '../engagements/intended-outcome';
import type { Report } from '../reports/assembly/report.types';
import { round2 } from '../reports/assembly/score-format';
import { indicatorFigure } from './review-figures';

export const OUTCOME_RULE =
  "An indicator is read from the report versions, as shown: 'mean' compares the latest review's figure with the value, 'change' compares the latest review's figure minus the baseline's. " +
  'The reviews ask about the focus themes only, so an indicator on another theme is not measured there.';

export interface OutcomeReview {
  text: string;
  indicator: OutcomeIndicator | null;
  measuredBy: string | null;
  values: { baseline: number | null; midpoint: number | null; final: number | null };
  /** What the indicator compares with its value: the latest figure, or its change from the baseline. */
  actual: number | null;
  measuredAt: 'midpoint' | 'final' | null;
  /** Null when it cannot be told (no indicator, no review yet, figure withheld). */
  met: boolean | null;
  note: string;
}

export interface OutcomeRounds {
  baseline: Report;
  midpoint: Report | null;
  final: Report | null;
}

function compare(actual: number, indicator: OutcomeIndicator): boolean {
  const EPSILON = 1e-9;
  return indicator.operator === '>=' ? actual >= indicator.value - EPSILON : actual <= indicator.value + EPSILON;
}

/** Each intended outcome against what the reviews show, with the reason when it cannot be told. */
export function reviewOutcomes(outcomes: readonly IntendedOutcome[], rounds: OutcomeRounds, scopes: Pick<OutcomeScopes, 'themes' | 'items'>): OutcomeReview[] {
  return outcomes.map((outcome): OutcomeReview => {
    const { indicator } = outcome;
    const empty = {
      text: outcome.text,
      indicator,
      measuredBy: null,
      values: { baseline: null, midpoint: null, final: null },
      actual: null,
      measuredAt: null,
      met: null,
    };
    if (!indicator) return { ...empty, note: 'No indicator was agreed for this outcome: discuss it in the review meeting.' };
    const read = (report: Report | null): number | null => (report ? indicatorFigure(report, indicator) : null);
    const values = { baseline: read(rounds.baseline), midpoint: read(rounds.midpoint), final: read(rounds.final) };
    const measuredBy = describeIndicator(indicator, scopes);
    const measuredAt: OutcomeReview['measuredAt'] = values.final !== null ? 'final' : values.midpoint !== null ? 'midpoint' : null;
    const base = { ...empty, measuredBy, values, measuredAt };
    if (!rounds.midpoint && !rounds.final) return { ...base, measuredAt: null, note: 'No review yet.' };
    if (measuredAt === null)
      return { ...base, note: 'Not measured: the reviews do not ask about it (not a focus theme) or withhold the figure to protect anonymity.' };
    const latest = values[measuredAt] as number;
    if (indicator.measure === 'change' && values.baseline === null)
      return { ...base, note: 'Not measured: the baseline report withholds the figure to compare with.' };
    const actual = indicator.measure === 'mean' ? latest : round2(latest - (values.baseline as number));
    const met = compare(actual, indicator);
    const when = measuredAt === 'final' ? 'the final review' : 'the midpoint (the final review decides)';
    return { ...base, actual, met, note: `${met ? 'Met' : 'Not met'} at ${when}.` };
  });
}
