import type { RaterGroupId } from '../surveys/survey.types';

/**
 * Running totals for one rater group at one scope (an item or a theme). Enough to compute
 * pooled means, sample SDs and rwg exactly, and to add groups together into buckets.
 */
export interface CellAggregate {
  /** Raters who gave at least one rating at this scope (N/A reduces it). */
  raters: number;
  /** Number of non-null ratings. */
  ratings: number;
  sum: number;
  sumSquares: number;
  /** Count of ratings per value, keyed by the rating as a string ("1".."5", or "-3".."3"). */
  histogram: Record<string, number>;
  /** Of `raters`, how many were interviews the coach entered; absent when none (see answer-counts.ts). */
  interviews?: number;
}

export type ScopeKind = 'item' | 'theme';

/** What folding one response adds to the aggregates of its group. */
export interface AggregateDelta {
  scopeKind: ScopeKind;
  scopeId: string;
  cell: CellAggregate;
}

/** What a batch of responses of one group adds to that group's aggregates. */
export interface GroupFold {
  groupId: RaterGroupId;
  /** Responses in the batch: the group's response tally grows by this much. */
  responses: number;
  /** Of those, interviews the coach entered. */
  interviews: number;
  /** One delta per scope, the batch's responses added together. */
  deltas: AggregateDelta[];
}

/** Every aggregate of a campaign, as the report builder reads them. */
export interface CampaignAggregates {
  /** Responses folded in so far, per group. */
  responses: Partial<Record<RaterGroupId, number>>;
  /** Of those, interviews the coach entered, per group; absent or missing a group when none. */
  interviews?: Partial<Record<RaterGroupId, number>>;
  /** items[groupId][itemId] */
  items: Partial<Record<RaterGroupId, Record<string, CellAggregate>>>;
  /** themes[groupId][themeId]: pooled over the theme's likert items; raters = distinct raters. */
  themes: Partial<Record<RaterGroupId, Record<string, CellAggregate>>>;
}
