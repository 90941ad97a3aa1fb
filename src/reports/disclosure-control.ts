import type { CellAggregate } from '../aggregation/aggregate.types';

export type CellState = 'shown' | 'empty' | 'suppressed';

export interface AnonymousBucketCells {
  id: string;
  threshold: number;
  /** A hidden bucket's figures are never shown, but they are inside "others". */
  shown: boolean;
  items: Record<string, CellAggregate | undefined>;
  themes: Record<string, CellAggregate | undefined>;
}

export interface DisclosureInput {
  /** Per theme, the likert items pooled into it. */
  themes: { id: string; itemIds: string[] }[];
  /** Every item of the survey, likert or change. */
  itemIds: string[];
  anonymousBuckets: AnonymousBucketCells[];
}

export interface DisclosureDecision {
  bucketItem(bucketId: string, itemId: string): CellState;
  bucketTheme(bucketId: string, themeId: string): CellState;
  othersItem(itemId: string): CellState;
  othersTheme(themeId: string): CellState;
}

const raters = (cell: CellAggregate | undefined): number => cell?.raters ?? 0;

/**
 * Decides which anonymous figures a report may show, so that no figure of fewer than a bucket's
 * threshold of raters is shown or can be derived by subtracting shown figures.
 *
 * - A bucket's item figure is suppressed when 0 < n < threshold (N/A answers reduce n).
 * - "Others" per item is everyone but self. Subtracting every shown figure from it leaves exactly
 *   the suppressed cells of that item; buckets are disjoint, so their raters add up exactly. While
 *   that remainder covers 0 < n < threshold raters, the smallest shown bucket of the column is
 *   suppressed as well (complementary suppression): "others" matters more to the coach than one
 *   bucket's item. Only when no bucket is left to add is "others" suppressed for that item.
 * - A bucket's theme figure is shown only if each of its items in that theme is shown or empty:
 *   otherwise theme minus the shown items would reveal the suppressed ones.
 * - "Others" per theme is the sum of the "others" item figures of its items, so it is shown only if
 *   they all are (or are empty); it then reveals nothing they do not.
 * Identified raters (boss, self) are known to be identifiable and need no protection.
 */
export function decideDisclosure(input: DisclosureInput): DisclosureDecision {
  const bucketItems = new Map<string, CellState>();
  const bucketThemes = new Map<string, CellState>();
  const othersItems = new Map<string, CellState>();
  const othersThemes = new Map<string, CellState>();
  const key = (bucketId: string, scopeId: string): string => `${bucketId}\u0000${scopeId}`;

  for (const bucket of input.anonymousBuckets) {
    for (const itemId of input.itemIds) {
      const n = raters(bucket.items[itemId]);
      bucketItems.set(key(bucket.id, itemId), n === 0 ? 'empty' : bucket.shown && n >= bucket.threshold ? 'shown' : 'suppressed');
    }
  }

  for (const itemId of input.itemIds) {
    const inState = (state: CellState) => input.anonymousBuckets.filter((bucket) => bucketItems.get(key(bucket.id, itemId)) === state);
    let suppressed = inState('suppressed');
    let remainder = suppressed.reduce((total, bucket) => total + raters(bucket.items[itemId]), 0);
    let threshold = Math.max(0, ...suppressed.map((bucket) => bucket.threshold));
    while (remainder > 0 && remainder < threshold) {
      const [complement] = inState('shown').sort((a, b) => raters(a.items[itemId]) - raters(b.items[itemId]));
      if (!complement) break;
      bucketItems.set(key(complement.id, itemId), 'suppressed');
      suppressed = [...suppressed, complement];
      remainder += raters(complement.items[itemId]);
      threshold = Math.max(threshold, complement.threshold);
    }
    othersItems.set(itemId, remainder > 0 && remainder < threshold ? 'suppressed' : 'shown');
  }

  for (const bucket of input.anonymousBuckets) {
    for (const theme of input.themes) {
      const n = raters(bucket.themes[theme.id]);
      const itemsSafe = theme.itemIds.every((itemId) => bucketItems.get(key(bucket.id, itemId)) !== 'suppressed');
      bucketThemes.set(key(bucket.id, theme.id), n === 0 ? 'empty' : bucket.shown && n >= bucket.threshold && itemsSafe ? 'shown' : 'suppressed');
    }
  }
  for (const theme of input.themes) {
    othersThemes.set(theme.id, theme.itemIds.every((itemId) => othersItems.get(itemId) === 'shown') ? 'shown' : 'suppressed');
  }

  return {
    bucketItem: (bucketId, itemId) => bucketItems.get(key(bucketId, itemId)) ?? 'empty',
    bucketTheme: (bucketId, themeId) => bucketThemes.get(key(bucketId, themeId)) ?? 'empty',
    othersItem: (itemId) => othersItems.get(itemId) ?? 'shown',
    othersTheme: (themeId) => othersThemes.get(themeId) ?? 'shown',
  };
}
