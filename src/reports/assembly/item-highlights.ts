import type { ItemHighlight, ItemHighlights, ReportItem } from './report.types';
import { round2 } from './score-format';

/** How many items each highlight list names: enough to act on, few enough to read out. */
export const HIGHLIGHTS_PER_LIST = 5;

/**
 * The items a coach reads first: what others rate highest and lowest, where the leader's view
 * differs most from theirs, and where others disagree among themselves. Built from the figures
 * the report shows (a suppressed "others" cell is never a highlight), on the likert scale only,
 * ties in survey order. `likertItemIds` excludes change items, which are on another scale.
 */
export function selectItemHighlights(items: readonly ReportItem[], likertItemIds: ReadonlySet<string>, mixedViewsBelowAgreement: number): ItemHighlights {
  const rated = items.flatMap((item, index): { index: number; highlight: ItemHighlight }[] => {
    const others = item.scores.others;
    if (!likertItemIds.has(item.id) || !others) return [];
    const self = item.scores.self?.mean ?? null;
    return [
      {
        index,
        highlight: {
          itemId: item.id,
          themeId: item.themeId,
          text: item.text,
          others: others.mean,
          self,
          gap: self === null ? null : round2(self - others.mean),
          rwg: others.rwg,
          distribution: others.distribution,
        },
      },
    ];
  });
  const ordered = (compare: (a: ItemHighlight, b: ItemHighlight) => number, keep: (entry: ItemHighlight) => boolean = () => true): ItemHighlight[] =>
    rated
      .filter((entry) => keep(entry.highlight))
      .sort((a, b) => compare(a.highlight, b.highlight) || a.index - b.index)
      .slice(0, HIGHLIGHTS_PER_LIST)
      .map((entry) => entry.highlight);

  const top = ordered((a, b) => b.others - a.others);
  const inTop = new Set(top.map((entry) => entry.itemId));
  return {
    top,
    // With fewer than ten items the two lists would overlap; an item is named once.
    bottom: ordered(
      (a, b) => a.others - b.others,
      (entry) => !inTop.has(entry.itemId),
    ),
    selfHigher: ordered(
      (a, b) => (b.gap ?? 0) - (a.gap ?? 0),
      (entry) => entry.gap !== null && entry.gap > 0,
    ),
    othersHigher: ordered(
      (a, b) => (a.gap ?? 0) - (b.gap ?? 0),
      (entry) => entry.gap !== null && entry.gap < 0,
    ),
    mixedViews: ordered(
      (a, b) => (a.rwg ?? 0) - (b.rwg ?? 0),
      (entry) => entry.rwg !== null && entry.rwg < mixedViewsBelowAgreement,
    ),
  };
}
