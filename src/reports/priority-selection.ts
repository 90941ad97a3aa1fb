import type { Classification, ReportPriority } from './report.types';

export interface PriorityCandidate {
  themeId: string;
  title: string;
  classification: Classification;
  othersMean: number | null;
  selfMean: number | null;
  othersAgreement: number | null;
  comments: number;
}

const RANK: Record<Classification, number> = { blind_spot: 0, development_area: 1, neutral: 2, hidden_strength: 3, strength: 4 };

function evidence(candidate: PriorityCandidate): string {
  const parts = [`others rate it ${candidate.othersMean?.toFixed(2)}`];
  if (candidate.selfMean !== null && candidate.othersMean !== null) parts.push(`self ${candidate.selfMean.toFixed(2)} (gap ${(candidate.selfMean - candidate.othersMean >= 0 ? '+' : '') + (candidate.selfMean - candidate.othersMean).toFixed(2)})`);
  if (candidate.othersAgreement !== null) parts.push(`agreement rwg ${candidate.othersAgreement.toFixed(2)}`);
  parts.push(`${candidate.comments} comment${candidate.comments === 1 ? '' : 's'}`);
  return parts.join(', ');
}

const WHY: Record<Classification, string> = {
  blind_spot: 'A blind spot: the leader sees this theme more favourably than others do.',
  development_area: 'A development area: among the lowest-rated themes by others.',
  neutral: 'Among the lower-rated themes by others.',
  hidden_strength: 'A hidden strength others value more than the leader does: worth building on.',
  strength: 'A recognised strength to build on.',
};

/**
 * The two or three themes a coach would propose for the development program: blind spots first
 * (largest gap), then development areas and other low scores (lowest others' mean first). When
 * the leader has few weak spots, the program builds on strengths instead.
 */
export function selectPriorities(candidates: PriorityCandidate[], count: number): ReportPriority[] {
  const gap = (candidate: PriorityCandidate): number => (candidate.selfMean ?? 0) - (candidate.othersMean ?? 0);
  return candidates
    .filter((candidate) => candidate.othersMean !== null)
    .sort((a, b) => RANK[a.classification] - RANK[b.classification] || (a.classification === 'blind_spot' ? gap(b) - gap(a) : (a.othersMean ?? 0) - (b.othersMean ?? 0)))
    .slice(0, Math.max(2, Math.min(3, count)))
    .map((candidate) => ({ themeId: candidate.themeId, reason: `${candidate.title}: ${WHY[candidate.classification]} Evidence: ${evidence(candidate)}.` }));
}
