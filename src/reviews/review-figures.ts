import type { OutcomeIndicator, OutcomeSource } from '../engagements/intended-outcome';
import type { Report, ScoreCell } from '../reports/assembly/report.types';
import { round2 } from '../reports/assembly/score-format';

export interface RoundFigure {
  mean: number;
  n: number;
}

export interface PerceivedChange {
  /** Others' mean on the theme's change question (-3..+3). */
  mean: number;
  n: number;
  /** Share of those raters who answered +1 or more. */
  improvedShare: number;
  /** Share of those raters who answered -1 or less. */
  worseShare: number;
  /** The share who saw the leader become more effective minus the share who saw them become less effective, -1..+1. */
  netScore: number;
}

/** Others' average for a theme (its likert items pooled), or null when the report withholds it. */
export function othersThemeFigure(report: Report, themeId: string): RoundFigure | null {
  const cell = report.themes.find((theme) => theme.id === themeId)?.scores.others;
  return cell ? { mean: cell.mean, n: cell.n } : null;
}

/**
 * What others said on a theme's change question. The share comes from the cell's distribution,
 * which the report includes only where it shows the cell: so the share is never shown where the
 * mean is not.
 */
export function perceivedChange(report: Report, changeItemId: string | undefined): PerceivedChange | null {
  const cell = changeItemId === undefined ? null : report.items.find((item) => item.id === changeItemId)?.scores.others;
  if (!cell) return null;
  const counts = Object.entries(cell.distribution);
  const total = counts.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) return null;
  const countWhere = (keep: (value: number) => boolean): number => counts.filter(([value]) => keep(Number(value))).reduce((sum, [, count]) => sum + count, 0);
  const improved = countWhere((value) => value >= 1);
  const worse = countWhere((value) => value <= -1);
  // Each share is rounded on its own and the net score from the counts, so none is derived from the others' rounding.
  return {
    mean: cell.mean,
    n: cell.n,
    improvedShare: round2(improved / total),
    worseShare: round2(worse / total),
    netScore: round2((improved - worse) / total),
  };
}

/** The manager's own bucket: shown on its own, since the boss is an identified rater. */
function bossBucketId(report: Report): string | null {
  return report.buckets.find((bucket) => bucket.shown && bucket.groups.length === 1 && bucket.groups[0] === 'boss')?.id ?? null;
}

function pooled(others: ScoreCell | null | undefined, self: ScoreCell | null | undefined): number | null {
  if (!others) return null;
  if (!self) return others.mean;
  return round2((others.mean * others.ratings + self.mean * self.ratings) / (others.ratings + self.ratings));
}

/**
 * The figure an indicator reads in one report: the mean of its theme or item from its source,
 * as the report shows it; "all" pools others' and the leader's shown figures by their ratings.
 * Null when the report does not ask about it or withholds it.
 */
export function indicatorFigure(report: Report, indicator: Pick<OutcomeIndicator, 'themeId' | 'itemId' | 'source'>): number | null {
  const scores =
    indicator.themeId !== undefined
      ? report.themes.find((theme) => theme.id === indicator.themeId)?.scores
      : report.items.find((item) => item.id === indicator.itemId)?.scores;
  if (!scores) return null;
  const source: OutcomeSource = indicator.source;
  if (source === 'others') return scores.others?.mean ?? null;
  if (source === 'self') return scores.self?.mean ?? null;
  if (source === 'boss') {
    const bucket = bossBucketId(report);
    return bucket ? (scores[bucket]?.mean ?? null) : null;
  }
  return pooled(scores.others, scores.self);
}
