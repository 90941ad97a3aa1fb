import type { Report } from '../reports/assembly/report.types';

export interface RoundMix {
  round: 'baseline' | 'midpoint' | 'final';
  /** Answers from everyone but the leader. */
  others: number;
  self: number;
  buckets: { id: string; label: string; responses: number; shown: boolean }[];
}

export interface RaterMix {
  changed: boolean;
  /** Whether each review, on its own, compares unlike with like. */
  changedAt: { midpoint: boolean; final: boolean };
  notes: string[];
  rounds: RoundMix[];
}

const ROUND_WORDS = { baseline: 'baseline', midpoint: 'the midpoint', final: 'the final review' } as const;

function mixOf(round: RoundMix['round'], report: Report): RoundMix {
  const buckets = report.buckets.map((bucket) => ({ id: bucket.id, label: bucket.label, responses: bucket.responses, shown: bucket.shown }));
  return { round, others: buckets.reduce((total, bucket) => total + bucket.responses, 0), self: report.raterOverview.self?.responded ?? 0, buckets };
}

/**
 * Whether the review rounds compare like with like: the same groups combined the same way, with
 * the same numbers of answers as at baseline. Counts come from the reports' own bucket lists.
 */
export function compareRaterMix(rounds: { baseline: Report; midpoint: Report | null; final: Report | null }): RaterMix {
  const baseline = mixOf('baseline', rounds.baseline);
  const reviews = (['midpoint', 'final'] as const).flatMap((round) => {
    const report = rounds[round];
    return report ? [mixOf(round, report)] : [];
  });
  const notes: string[] = [];
  const changedAt = { midpoint: false, final: false };
  const shownIds = (mix: RoundMix): string =>
    mix.buckets
      .filter((bucket) => bucket.shown)
      .map((bucket) => bucket.id)
      .sort()
      .join(',');
  const shownLabels = (mix: RoundMix): string =>
    mix.buckets
      .filter((bucket) => bucket.shown)
      .map((bucket) => bucket.label)
      .join('; ') || 'no group on its own';
  for (const review of reviews) {
    const when = ROUND_WORDS[review.round];
    const before = notes.length;
    if (review.others !== baseline.others) notes.push(`${review.others} people other than the leader answered at ${when}, ${baseline.others} at baseline.`);
    if (shownIds(review) !== shownIds(baseline)) {
      notes.push(
        `Groups are shown differently at ${when} (${shownLabels(review)}) than at baseline (${shownLabels(baseline)}), so group figures do not compare directly.`,
      );
    }
    for (const bucket of review.buckets) {
      const atBaseline = baseline.buckets.find((candidate) => candidate.id === bucket.id);
      if (atBaseline && atBaseline.responses !== bucket.responses)
        notes.push(`${bucket.label}: ${atBaseline.responses} at baseline, ${bucket.responses} at ${when}.`);
    }
    if (baseline.self > 0 && review.self === 0) notes.push(`The leader's own rating is missing at ${when}.`);
    if (review.round !== 'baseline') changedAt[review.round] = notes.length > before;
  }
  return { changed: notes.length > 0, changedAt, notes, rounds: [baseline, ...reviews] };
}
