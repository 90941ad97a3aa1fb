import { isPooledItem, type RaterGroupId, type SurveyDefinition } from '../surveys/survey.types';
import type { AggregateDelta, CampaignAggregates, CellAggregate, GroupFold } from './aggregate.types';
import { addCells, cellFromRatings } from './cell-statistics';
import { followUpCellOf } from './follow-up-cells';

/**
 * What one response adds to its group's aggregates: a cell per rated item, and per theme a cell
 * pooling its likert ratings. A "change" or "followUp" rating is on another scale, so it is never
 * pooled into a theme; a goal's change rating also goes to a cell by how often the leader followed
 * up (follow-up-cells.ts); "not observed" (null or absent) adds nothing, so it reduces n.
 */
export function computeAggregateDeltas(
  survey: SurveyDefinition,
  ratings: Readonly<Record<string, number | null>>,
  options: { interview?: boolean } = {},
): AggregateDelta[] {
  const deltas: AggregateDelta[] = [];
  // An interview's cells say so, so that every threshold can be checked without them (answer-counts.ts).
  const cellOf = (values: readonly number[]): CellAggregate => (options.interview ? { ...cellFromRatings(values), interviews: 1 } : cellFromRatings(values));
  for (const theme of survey.themes) {
    const pooled: number[] = [];
    for (const item of theme.items) {
      const rating = ratings[item.id];
      if (rating === null || rating === undefined) continue;
      deltas.push({ scopeKind: 'item', scopeId: item.id, cell: cellOf([rating]) });
      if (isPooledItem(item)) pooled.push(rating);
    }
    if (pooled.length > 0) deltas.push({ scopeKind: 'theme', scopeId: theme.id, cell: cellOf(pooled) });
    const split = followUpCellOf(survey, theme, ratings);
    if (split) deltas.push({ scopeKind: 'item', scopeId: split.cellId, cell: cellOf([split.change]) });
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

/**
 * What a batch of responses adds, group by group: one merged delta per scope, so a batch costs
 * one upsert per group however many answers it holds. Groups come out in a fixed order (by id).
 */
export function foldBatch(
  survey: SurveyDefinition,
  batch: readonly { groupId: RaterGroupId; ratings: Readonly<Record<string, number | null>>; interview?: boolean }[],
): GroupFold[] {
  const byGroup = new Map<RaterGroupId, { responses: number; interviews: number; deltas: AggregateDelta[] }>();
  for (const response of batch) {
    const group = byGroup.get(response.groupId) ?? { responses: 0, interviews: 0, deltas: [] };
    group.responses += 1;
    if (response.interview) group.interviews += 1;
    group.deltas.push(...computeAggregateDeltas(survey, response.ratings, { interview: response.interview }));
    byGroup.set(response.groupId, group);
  }
  return [...byGroup.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([groupId, group]) => ({ groupId, responses: group.responses, interviews: group.interviews, deltas: mergeDeltas(group.deltas) }));
}

/** The aggregates after one more response of `groupId` (an interview when `interview`); the input is left untouched. */
export function applyDeltas(aggregates: CampaignAggregates, groupId: RaterGroupId, deltas: readonly AggregateDelta[], interview = false): CampaignAggregates {
  const items: Record<string, CellAggregate> = { ...aggregates.items[groupId] };
  const themes: Record<string, CellAggregate> = { ...aggregates.themes[groupId] };
  for (const delta of deltas) {
    const scope = delta.scopeKind === 'item' ? items : themes;
    const existing = scope[delta.scopeId];
    scope[delta.scopeId] = existing ? addCells(existing, delta.cell) : delta.cell;
  }
  const interviews = interview ? { interviews: { ...aggregates.interviews, [groupId]: (aggregates.interviews?.[groupId] ?? 0) + 1 } } : {};
  return {
    ...aggregates,
    ...interviews,
    responses: { ...aggregates.responses, [groupId]: (aggregates.responses[groupId] ?? 0) + 1 },
    items: { ...aggregates.items, [groupId]: items },
    themes: { ...aggregates.themes, [groupId]: themes },
  };
}
