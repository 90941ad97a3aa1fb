import type { RaterGroupId, SurveyDefinition } from '../surveys/survey.types';
import type { AggregateDelta, CampaignAggregates, CellAggregate } from './aggregate.types';
import { addCells, cellFromRatings } from './cell-statistics';

/**
 * What one response adds to its group's aggregates: a cell per rated item, and per theme a cell
 * pooling its likert ratings. A "change" rating is on another scale, so it is never pooled into
 * a theme; "not observed" (null or absent) adds nothing, so it reduces n.
 */
export function computeAggregateDeltas(survey: SurveyDefinition, ratings: Readonly<Record<string, number | null>>): AggregateDelta[] {
  const deltas: AggregateDelta[] = [];
  for (const theme of survey.themes) {
    const pooled: number[] = [];
    for (const item of theme.items) {
      const rating = ratings[item.id];
      if (rating === null || rating === undefined) continue;
      deltas.push({ scopeKind: 'item', scopeId: item.id, cell: cellFromRatings([rating]) });
      if (item.kind !== 'change') pooled.push(rating);
    }
    if (pooled.length > 0) deltas.push({ scopeKind: 'theme', scopeId: theme.id, cell: cellFromRatings(pooled) });
  }
  return deltas;
}

/** Deltas of the same scope added together, first-seen order kept: several responses, one write each. */
export function mergeDeltas(deltas: readonly AggregateDelta[]): AggregateDelta[] {
  const merged = new Map<string, AggregateDelta>();
  for (const delta of deltas) {
    const key = `${delta.scopeKind}:${delta.scopeId}`;
    const existing = merged.get(key);
    merged.set(key, existing ? { ...existing, cell: addCells(existing.cell, delta.cell) } : delta);
  }
  return [...merged.values()];
}

/** The aggregates after one more response of `groupId`; the input is left untouched. */
export function applyDeltas(aggregates: CampaignAggregates, groupId: RaterGroupId, deltas: readonly AggregateDelta[]): CampaignAggregates {
  const items: Record<string, CellAggregate> = { ...aggregates.items[groupId] };
  const themes: Record<string, CellAggregate> = { ...aggregates.themes[groupId] };
  for (const delta of deltas) {
    const scope = delta.scopeKind === 'item' ? items : themes;
    const existing = scope[delta.scopeId];
    scope[delta.scopeId] = existing ? addCells(existing, delta.cell) : delta.cell;
  }
  return {
    responses: { ...aggregates.responses, [groupId]: (aggregates.responses[groupId] ?? 0) + 1 },
    items: { ...aggregates.items, [groupId]: items },
    themes: { ...aggregates.themes, [groupId]: themes },
  };
}
