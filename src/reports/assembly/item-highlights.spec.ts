import type { ItemScoreCell, ReportItem } from './report.types';
import { selectItemHighlights } from './item-highlights';

const cell = (mean: number, rwg: number | null = 0.8): ItemScoreCell => ({
  n: 4,
  ratings: 4,
  mean,
  sd: 0.5,
  ci90: null,
  rwg,
  distribution: { '1': 0, '2': 1, '3': 1, '4': 1, '5': 1 },
});
const item = (id: string, others: number | null, self: number | null, rwg: number | null = 0.8): ReportItem => ({
  id,
  themeId: id.split('.')[0],
  text: `text of ${id}`,
  scores: { others: others === null ? null : cell(others, rwg), self: self === null ? null : cell(self, null) },
});

describe('selectItemHighlights', () => {
  // Twelve likert items with distinct others' means 1.5 .. 4.25, a change item and one hidden item.
  const items: ReportItem[] = [
    ...Array.from({ length: 12 }, (_, index) =>
      item(`t${index % 3}.i${index}`, 1.5 + index * 0.25, 3 + ((index * 7) % 5) * 0.5, index === 4 ? 0.1 : index === 9 ? 0.25 : 0.8),
    ),
    item('t0.change', 4.9, 1, 0),
    item('t1.hidden', null, 5),
  ];
  const likert = new Set(items.filter((entry) => entry.id !== 't0.change').map((entry) => entry.id));
  const highlights = selectItemHighlights(items, likert, 0.3);
  const ids = (list: { itemId: string }[]) => list.map((entry) => entry.itemId);

  it('names the five items others rate highest and the five they rate lowest, never a change item or a hidden one', () => {
    expect(ids(highlights.top)).toEqual(['t2.i11', 't1.i10', 't0.i9', 't2.i8', 't1.i7']);
    expect(ids(highlights.bottom)).toEqual(['t0.i0', 't1.i1', 't2.i2', 't0.i3', 't1.i4']);
    expect(highlights.top[0]).toEqual({
      itemId: 't2.i11',
      themeId: 't2',
      text: 'text of t2.i11',
      others: 4.25,
      self: 4,
      gap: -0.25,
      rwg: 0.8,
      distribution: cell(1).distribution,
    });
  });

  it('lists the largest gaps both ways, largest first, ties in survey order', () => {
    const gaps = items
      .slice(0, 12)
      .map((entry) => ({ id: entry.id, gap: Math.round(((entry.scores.self?.mean ?? 0) - (entry.scores.others?.mean ?? 0)) * 100) / 100 }));
    const expectedSelfHigher = gaps
      .filter((entry) => entry.gap > 0)
      .sort((a, b) => b.gap - a.gap)
      .slice(0, 5)
      .map((entry) => entry.id);
    const expectedOthersHigher = gaps
      .filter((entry) => entry.gap < 0)
      .sort((a, b) => a.gap - b.gap)
      .slice(0, 5)
      .map((entry) => entry.id);
    expect(ids(highlights.selfHigher)).toEqual(expectedSelfHigher);
    expect(ids(highlights.othersHigher)).toEqual(expectedOthersHigher);
    expect(highlights.selfHigher.every((entry) => (entry.gap ?? 0) > 0)).toBe(true);
    expect(highlights.othersHigher.every((entry) => (entry.gap ?? 0) < 0)).toBe(true);
  });

  it('flags mixed views below the agreement threshold, least agreement first', () => {
    expect(ids(highlights.mixedViews)).toEqual(['t1.i4', 't0.i9']);
  });

  it('never names an item twice when there are fewer than ten', () => {
    const few = selectItemHighlights(items.slice(0, 6), likert, 0.3);
    expect(ids(few.top)).toEqual(['t2.i5', 't1.i4', 't0.i3', 't2.i2', 't1.i1']);
    expect(ids(few.bottom)).toEqual(['t0.i0']);
  });
});
