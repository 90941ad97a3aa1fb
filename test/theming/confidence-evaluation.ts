import { chosenThemes, DEFAULT_WEIGHTS, type DecisionRule } from '../../src/theming/classifier/analyzer-weights';
import {
  type ConfidenceCalibration,
  type ConfidenceFeatures,
  calibratedConfidence,
  closeSecondTheme,
  confidenceFeatures,
  CONFIDENCE_CALIBRATION,
} from '../../src/theming/classifier/theme-confidence';
import { combinedScores, type ScoreParts, type ScoredComment } from '../../src/theming/classifier/theme-scorer';
import type { LabelledComment } from '../../src/theming/examples/labelled-comment';
import { survey } from './labelled-sets';
import { percent, sameThemes } from './theming-scores';

/** One labelled comment as the engine decided it: its themes, how sure it was, and whether it was exactly right. */
export interface JudgedComment {
  features: ConfidenceFeatures;
  confidence: number;
  correct: boolean;
  given: string[];
  labelled: readonly string[];
  secondTheme: string | null;
}

export function judgedComment(
  comment: LabelledComment,
  scored: Pick<ScoredComment, 'scores' | 'unthemed' | 'twoThemesOdds'>,
  rule: DecisionRule = DEFAULT_WEIGHTS,
  calibration: ConfidenceCalibration = CONFIDENCE_CALIBRATION,
): JudgedComment {
  const { scores } = scored;
  const given = chosenThemes(survey.themes, scores, rule, scored);
  const features = confidenceFeatures(scores, rule, scored);
  const correct = sameThemes(given, comment.themes);
  return {
    features,
    confidence: calibratedConfidence(features, calibration),
    correct,
    given,
    labelled: comment.themes,
    secondTheme: closeSecondTheme(survey.themes, scores, given, rule),
  };
}

/** The shipped examples judged from their cross-validated parts (each scored by a model that saw none of its batch). */
export function judgedFromParts(examples: readonly LabelledComment[], parts: readonly ScoreParts[], calibration?: ConfidenceCalibration): JudgedComment[] {
  return examples.map((example, index) =>
    judgedComment(
      example,
      { scores: combinedScores(parts[index], DEFAULT_WEIGHTS), unthemed: parts[index].unthemed, twoThemesOdds: parts[index].twoThemesOdds },
      DEFAULT_WEIGHTS,
      calibration,
    ),
  );
}

/** What the engine files alone at a threshold: the share it is at least that sure of, and how often it is exactly right there. */
export interface AutoFiling {
  threshold: number;
  comments: number;
  autoShare: number;
  autoAccuracy: number;
  reviewShare: number;
  /** Exactly right over all comments, before any review. */
  overallAccuracy: number;
}

export function autoFiling(judged: readonly JudgedComment[], threshold: number): AutoFiling {
  const auto = judged.filter((comment) => comment.confidence >= threshold);
  return {
    threshold,
    comments: judged.length,
    autoShare: auto.length / judged.length,
    autoAccuracy: auto.length === 0 ? 1 : auto.filter((comment) => comment.correct).length / auto.length,
    reviewShare: 1 - auto.length / judged.length,
    overallAccuracy: judged.filter((comment) => comment.correct).length / judged.length,
  };
}

/**
 * Calibration read back: comments in bins of predicted confidence, each bin's mean confidence
 * against the share exactly right, and the expected calibration error (their gap weighted by size).
 */
export function reliability(
  judged: readonly JudgedComment[],
  bins = 5,
): { bins: { from: number; comments: number; predicted: number; observed: number }[]; error: number } {
  const rows = Array.from({ length: bins }, (_, bin) => {
    const members = judged.filter((comment) => Math.min(bins - 1, Math.floor(comment.confidence * bins)) === bin);
    const mean = (values: number[]): number => (values.length === 0 ? 0 : values.reduce((total, value) => total + value, 0) / values.length);
    return {
      from: bin / bins,
      comments: members.length,
      predicted: mean(members.map((comment) => comment.confidence)),
      observed: mean(members.map((comment) => (comment.correct ? 1 : 0))),
    };
  });
  const error = rows.reduce((total, row) => total + (row.comments / judged.length) * Math.abs(row.predicted - row.observed), 0);
  return { bins: rows, error };
}

/** Of comments given a close second theme, the share whose labelled themes include it. */
export function secondThemePrecision(judged: readonly JudgedComment[]): { given: number; right: number } {
  const withSecond = judged.filter((comment) => comment.secondTheme !== null);
  return { given: withSecond.length, right: withSecond.filter((comment) => comment.labelled.includes(comment.secondTheme as string)).length };
}

export function describeAutoFiling(name: string, filing: AutoFiling): string {
  return (
    `comment confidence, ${name} (${filing.comments} comments) at ${filing.threshold}: the engine files ${percent(filing.autoShare)} alone, ` +
    `${percent(filing.autoAccuracy)} of them exactly right; ${percent(filing.reviewShare)} go to the coach's review (all comments: ${percent(filing.overallAccuracy)} exactly right unreviewed)`
  );
}
