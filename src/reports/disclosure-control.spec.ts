import { cellFromRatings, sumCells } from '../aggregation/cell-statistics';
import type { CellAggregate } from '../aggregation/aggregate.types';
import { type AnonymousBucketCells, decideDisclosure } from './disclosure-control';

/** A bucket whose item cells have the given numbers of raters (each rating 3). */
function bucket(id: string, raters: Record<string, number>, options: { threshold?: number; shown?: boolean } = {}): AnonymousBucketCells {
  const cell = (n: number): CellAggregate => sumCells(Array.from({ length: n }, () => cellFromRatings([3])));
  const items = Object.fromEntries(Object.entries(raters).map(([itemId, n]) => [itemId, cell(n)]));
  const themeRaters = Math.max(0, ...Object.values(raters));
  return { id, threshold: options.threshold ?? 3, shown: options.shown ?? true, items, themes: { t: cell(themeRaters) } };
}

const themes = [{ id: 't', itemIds: ['a', 'b'] }];
const itemIds = ['a', 'b'];

describe('decideDisclosure', () => {
  it('shows every figure when every cell meets its threshold', () => {
    const decision = decideDisclosure({ themes, itemIds, anonymousBuckets: [bucket('peer', { a: 3, b: 4 }), bucket('dr', { a: 5, b: 5 })] });
    expect([decision.bucketItem('peer', 'a'), decision.bucketTheme('peer', 't'), decision.othersItem('a'), decision.othersTheme('t')]).toEqual(['shown', 'shown', 'shown', 'shown']);
  });

  it('hides a cell of fewer than the threshold, and the bucket cell beside it that would give it away through "others"', () => {
    // Without the second rule: others(a) - boss - dr(a) = the two peers' ratings of a.
    const decision = decideDisclosure({ themes, itemIds, anonymousBuckets: [bucket('peer', { a: 2, b: 3 }), bucket('dr', { a: 4, b: 4 })] });
    expect(decision.bucketItem('peer', 'a')).toBe('suppressed');
    expect(decision.bucketItem('dr', 'a')).toBe('suppressed');
    expect(decision.othersItem('a')).toBe('shown');
    expect(decision.bucketItem('dr', 'b')).toBe('shown');
  });

  it('hides a bucket theme when one of its items is hidden: theme minus the other items would reveal it', () => {
    const decision = decideDisclosure({ themes, itemIds, anonymousBuckets: [bucket('peer', { a: 2, b: 3 }), bucket('dr', { a: 4, b: 4 })] });
    expect(decision.bucketTheme('peer', 't')).toBe('suppressed');
    expect(decision.bucketTheme('dr', 't')).toBe('suppressed');
    expect(decision.othersTheme('t')).toBe('shown');
  });

  it('hides "others" when no other bucket can be hidden instead', () => {
    const decision = decideDisclosure({ themes, itemIds, anonymousBuckets: [bucket('peer', { a: 2, b: 3 })] });
    expect(decision.othersItem('a')).toBe('suppressed');
    expect(decision.othersItem('b')).toBe('shown');
    expect(decision.othersTheme('t')).toBe('suppressed');
  });

  it('treats a hidden bucket as suppressed everywhere, and "others" as its only trace', () => {
    const hidden = decideDisclosure({ themes, itemIds, anonymousBuckets: [bucket('peer+other', { a: 2, b: 2 }, { shown: false })] });
    expect([hidden.bucketItem('peer+other', 'a'), hidden.othersItem('a'), hidden.othersTheme('t')]).toEqual(['suppressed', 'suppressed', 'suppressed']);
    const hiddenButMany = decideDisclosure({ themes, itemIds, anonymousBuckets: [bucket('dr', { a: 3, b: 3 }), bucket('other', { a: 1, b: 0 }, { shown: false })] });
    // One hidden rater on a: the dr cell is hidden too, so that others(a) - boss reveals 4 raters only.
    expect([hiddenButMany.bucketItem('dr', 'a'), hiddenButMany.othersItem('a'), hiddenButMany.bucketItem('dr', 'b')]).toEqual(['suppressed', 'shown', 'shown']);
  });

  it('leaves cells nobody rated empty, which reveals nothing', () => {
    const decision = decideDisclosure({ themes, itemIds, anonymousBuckets: [bucket('peer', { a: 0, b: 3 }), bucket('dr', { a: 3, b: 3 })] });
    expect([decision.bucketItem('peer', 'a'), decision.bucketTheme('peer', 't'), decision.othersItem('a')]).toEqual(['empty', 'shown', 'shown']);
  });
});
