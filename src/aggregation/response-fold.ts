import type { SurveyDefinition } from '../surveys/survey.types';
import type { AggregateDelta } from './aggregate.types';
import { cellFromRatings } from './cell-statistics';

/**
 * What one response adds to its group's aggregates: a cell per rated item, and per theme a cell
 * pooling its likert ratings (a "change" rating is on another scale and never pooled).
 */
export function computeAggregateDeltas(survey: SurveyDefinition, ratings: Record<string, number | null>): AggregateDelta[] {
  const deltas: AggregateDelta[] = [];
  for (const theme of survey.themes) {
    const pooled: number[] = [];
    for (const item of theme.items) {
      const rating = ratings[item.id];
      if (rating === null || rating === undefined) continue;
      deltas.push({ scopeKind: 'item', scopeId: item.id, cell: cellFromRatings([rating]) });
      if (item.kind === 'likert') pooled.push(rating);
    }
    if (pooled.length > 0) deltas.push({ scopeKind: 'theme', scopeId: theme.id, cell: cellFromRatings(pooled) });
  }
  return deltas;
}
