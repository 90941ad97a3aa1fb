import type { CellAggregate } from '../../aggregation/aggregate.types';
import { type AnswerCount, addCounts, countOfCell, meetsThreshold, NO_ANSWERS, singlesOut } from '../../aggregation/answer-counts';

/** `empty`: nobody rated there; shown as null, and it leaks nothing. */
export type CellVisibility = 'shown' | 'empty' | 'suppressed';

export interface DisclosureBucket {
  id: string;
  /** Identified buckets (the boss) were told they are not anonymous. */
  anonymous: boolean;
  threshold: number;
}

/** Every cell of one scope (an item, or a theme): disjoint rater sets, except "others". */
export interface ScopeCells {
  /** By shown bucket id. */
  buckets: Record<string, CellAggregate | undefined>;
  /** The anonymous groups too small to be shown anywhere, together. */
  hidden: CellAggregate | undefined;
  /** Every group but self: the identified buckets, the anonymous ones, and the hidden remainder. */
  others: CellAggregate | undefined;
}

/** Names one cell of the report: an item's or a theme's figure for a bucket id or "others". */
export const figureKey = (kind: 'item' | 'theme', scopeId: string, column: string): string => `${kind}\u0000${scopeId}\u0000${column}`;

export interface DisclosureInput {
  /** The shown buckets, anonymous and identified, in report order. */
  buckets: DisclosureBucket[];
  /** The largest minResponses of the hidden groups (anything when there are none). */
  hiddenThreshold: number;
  items: { id: string; cells: ScopeCells }[];
  /** `itemIds`: the theme's likert items, the ones pooled into its cells. */
  themes: { id: string; itemIds: string[]; cells: ScopeCells }[];
  /**
   * Cells to suppress whatever their size, keyed by `figureKey(kind, scopeId, bucketId | 'others')`:
   * what earlier versions of the report showed can make a cell unsafe that is safe on its own.
   */
  forced?: ReadonlySet<string>;
}

export interface ScopeDisclosure {
  buckets: Record<string, CellVisibility>;
  hidden: CellVisibility;
  others: CellVisibility;
}

export interface DisclosureDecision {
  items: Record<string, ScopeDisclosure>;
  themes: Record<string, ScopeDisclosure>;
}

const ratersOf = (cell: CellAggregate | undefined): number => cell?.raters ?? 0;

interface ColumnCell {
  bucket: DisclosureBucket | null;
  count: AnswerCount;
}

/**
 * Which figures a report may show, so that no figure of fewer than a threshold of anonymous
 * raters is shown or can be derived by adding and subtracting shown figures.
 *
 * The unknowns an attacker faces are the suppressed anonymous cells (bucket x item, and the hidden
 * remainder x item); every sum, sum of squares, rating count and histogram count is linear in them.
 *
 * - Items. An anonymous bucket's cell is suppressed when 0 < n < its threshold; the hidden
 *   remainder's always. "Others" minus every shown cell of the column equals the sum of its
 *   suppressed cells, and buckets are disjoint, so that sum covers exactly the sum of their n.
 *   While it covers 0 < n < the largest threshold involved, the smallest shown anonymous cell of
 *   the column is suppressed too (complementary suppression): losing one bucket's item costs the
 *   coach less than losing the "others" figure a theme's classification rests on. When no shown
 *   anonymous cell is left to add, "others" is suppressed for that item.
 * - Themes. A theme cell pools the bucket's item cells, so an anonymous bucket's theme is shown
 *   only if it meets the threshold and none of its items is suppressed (theme minus the shown
 *   items would give the suppressed one). "Others" for a theme is the sum of its "others" items,
 *   shown only when all of them are: it then adds no equation they do not give. Its n (distinct
 *   raters) minus the shown buckets' n covers at least as many raters as any item's remainder.
 * - Identified cells (boss) are shown from one rater: those raters were told they are not anonymous.
 *
 * Every "n meets the threshold" above counts all answers, and the rater answers among them unless
 * there are none: the coach knows the interviews they entered and can subtract them (answer-counts.ts).
 */
export function decideDisclosure(input: DisclosureInput): DisclosureDecision {
  const anonymous = input.buckets.filter((bucket) => bucket.anonymous);

  const items: Record<string, ScopeDisclosure> = {};
  for (const { id, cells } of input.items) {
    const visibility: Record<string, CellVisibility> = {};
    for (const bucket of input.buckets) {
      const n = ratersOf(cells.buckets[bucket.id]);
      const forced = input.forced?.has(figureKey('item', id, bucket.id)) ?? false;
      const meets = meetsThreshold(countOfCell(cells.buckets[bucket.id]), bucket.threshold);
      visibility[bucket.id] = n === 0 ? 'empty' : !forced && (!bucket.anonymous || meets) ? 'shown' : 'suppressed';
    }
    const hiddenRaters = ratersOf(cells.hidden);
    const suppressed: ColumnCell[] = [
      ...anonymous.filter((bucket) => visibility[bucket.id] === 'suppressed').map((bucket) => ({ bucket, count: countOfCell(cells.buckets[bucket.id]) })),
      ...(hiddenRaters > 0 ? [{ bucket: null, count: countOfCell(cells.hidden) }] : []),
    ];
    // The remainder is hidden because it is below its threshold, whatever the caller passed.
    const thresholdOf = (cell: ColumnCell): number => cell.bucket?.threshold ?? Math.max(input.hiddenThreshold, hiddenRaters + 1);
    const exposed = (): boolean =>
      suppressed.length > 0 &&
      singlesOut(
        suppressed.reduce((total, cell) => addCounts(total, cell.count), NO_ANSWERS),
        Math.max(...suppressed.map(thresholdOf)),
      );
    const complements = anonymous
      .filter((bucket) => visibility[bucket.id] === 'shown')
      .map((bucket) => ({ bucket, count: countOfCell(cells.buckets[bucket.id]) }))
      .sort((a, b) => a.count.all - b.count.all);
    while (exposed() && complements.length > 0) {
      const complement = complements.shift() as ColumnCell & { bucket: DisclosureBucket };
      visibility[complement.bucket.id] = 'suppressed';
      suppressed.push(complement);
    }
    items[id] = {
      buckets: visibility,
      hidden: hiddenRaters === 0 ? 'empty' : 'suppressed',
      others: ratersOf(cells.others) === 0 ? 'empty' : exposed() || input.forced?.has(figureKey('item', id, 'others')) ? 'suppressed' : 'shown',
    };
  }

  const themes: Record<string, ScopeDisclosure> = {};
  for (const { id, itemIds, cells } of input.themes) {
    const safe = (visibilityOf: (item: ScopeDisclosure) => CellVisibility): boolean =>
      itemIds.every((itemId) => {
        const item = items[itemId];
        if (item === undefined) throw new Error(`theme ${id} pools item ${itemId}, which has no cells`);
        return visibilityOf(item) !== 'suppressed';
      });
    const visibility: Record<string, CellVisibility> = {};
    for (const bucket of input.buckets) {
      const n = ratersOf(cells.buckets[bucket.id]);
      const forced = input.forced?.has(figureKey('theme', id, bucket.id)) ?? false;
      const meets = meetsThreshold(countOfCell(cells.buckets[bucket.id]), bucket.threshold);
      const shown = !forced && (!bucket.anonymous || (meets && safe((item) => item.buckets[bucket.id] ?? 'empty')));
      visibility[bucket.id] = n === 0 ? 'empty' : shown ? 'shown' : 'suppressed';
    }
    const othersForced = input.forced?.has(figureKey('theme', id, 'others')) ?? false;
    themes[id] = {
      buckets: visibility,
      hidden: ratersOf(cells.hidden) === 0 ? 'empty' : 'suppressed',
      others: ratersOf(cells.others) === 0 ? 'empty' : !othersForced && safe((item) => item.others) ? 'shown' : 'suppressed',
    };
  }
  return { items, themes };
}
