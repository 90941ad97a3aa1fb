import type { Classification, ReportPriority } from './report.types';
import { formatScore, formatSigned, round2 } from './score-format';

export interface PriorityCandidate {
  themeId: string;
  title: string;
  classification: Classification;
  /** Null when others' figure for the theme is not shown: such a theme is never proposed. */
  othersMean: number | null;
  selfMean: number | null;
  othersAgreement: number | null;
  /** Open comments that speak about the theme. */
  comments: number;
  /** Constructive comments of the theme, in report order; the first few are quoted as evidence. */
  constructiveComments: readonly string[];
}

/** Enough to hear the voice of the raters without turning the priority into the comment list. */
const QUOTES_PER_PRIORITY = 2;

const WHY: Record<Classification, string> = {
  blind_spot: 'a blind spot: the leader rates this theme higher than others do',
  development_area: 'a development area: among the themes others rate lowest',
  neutral: 'one of the themes others rate lowest',
  hidden_strength: 'a hidden strength: others rate it higher than the leader does, worth building on',
  strength: 'a recognised strength to build on',
};

function evidence(candidate: PriorityCandidate & { othersMean: number }): string {
  const scores =
    candidate.selfMean === null
      ? `Others ${formatScore(candidate.othersMean)}, no self-rating`
      : `Self ${formatScore(candidate.selfMean)} vs others ${formatScore(candidate.othersMean)} (gap ${formatSigned(candidate.selfMean - candidate.othersMean)})`;
  const agreement =
    candidate.othersAgreement === null ? 'agreement among others unknown' : `agreement among others rwg ${formatScore(candidate.othersAgreement)}`;
  const comments = `${candidate.comments} comment${candidate.comments === 1 ? '' : 's'}`;
  return `${scores}; ${agreement}; ${comments}.`;
}

/**
 * The two or three themes a coach would propose for the development program: blind spots first
 * (largest gap first), then development areas (lowest others' mean first), then whatever others
 * rate lowest. Only themes with a shown figure from others qualify; ties keep survey order.
 */
export function selectPriorities(candidates: readonly PriorityCandidate[], count: number): ReportPriority[] {
  const tier = (candidate: PriorityCandidate): number =>
    candidate.classification === 'blind_spot' ? 0 : candidate.classification === 'development_area' ? 1 : 2;
  const gap = (candidate: PriorityCandidate): number => round2((candidate.selfMean ?? 0) - (candidate.othersMean ?? 0));
  const others = (candidate: PriorityCandidate): number => round2(candidate.othersMean ?? 0);
  const wanted = Math.min(3, Math.max(2, Math.floor(count)));
  return candidates
    .map((candidate, index) => ({ candidate, index }))
    .filter((entry): entry is { candidate: PriorityCandidate & { othersMean: number }; index: number } => entry.candidate.othersMean !== null)
    .sort((a, b) => {
      const byTier = tier(a.candidate) - tier(b.candidate);
      if (byTier !== 0) return byTier;
      const byGap = tier(a.candidate) === 0 ? gap(b.candidate) - gap(a.candidate) : 0;
      return byGap || others(a.candidate) - others(b.candidate) || a.index - b.index;
    })
    .slice(0, wanted)
    .map(({ candidate }) => ({
      themeId: candidate.themeId,
      title: candidate.title,
      classification: candidate.classification,
      reason: `${candidate.title}: ${WHY[candidate.classification]}. ${evidence(candidate)}`,
      evidence: {
        others: round2(candidate.othersMean),
        self: candidate.selfMean === null ? null : round2(candidate.selfMean),
        gap: candidate.selfMean === null ? null : round2(candidate.selfMean - candidate.othersMean),
        agreement: candidate.othersAgreement === null ? null : round2(candidate.othersAgreement),
        comments: candidate.comments,
        quotes: candidate.constructiveComments.slice(0, QUOTES_PER_PRIORITY),
      },
    }));
}
