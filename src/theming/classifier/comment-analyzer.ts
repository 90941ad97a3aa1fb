import type { SurveyTheme } from '../../surveys/survey.types';
import type { CommentAnalysis, CommentKind } from '../comment.types';
import { commentSentiment } from '../sentiment/comment-sentiment';
import { type AnalyzerWeights, chosenThemes } from './analyzer-weights';
import { calibratedConfidence, closeSecondTheme, confidenceFeatures } from './theme-confidence';
import { createThemeScorer, type ScorerSources } from './theme-scorer';

export interface CommentAnalyzer {
  /**
   * `kind` settles the sentiment of stop (constructive) and continue (positive) suggestions;
   * `meaning` is the comment's sentence embedding, without which only its words are read.
   */
  analyze(text: string, kind?: CommentKind, meaning?: Float32Array): CommentAnalysis;
}

/**
 * The classifier of a survey's themes: the themes its scores choose, how sure it is of them and
 * the theme that came close, and the comment's sentiment. `tuning` overrides weights, for experiments and tests.
 */
export function createCommentAnalyzer(themes: readonly SurveyTheme[], sources: ScorerSources, tuning: Partial<AnalyzerWeights> = {}): CommentAnalyzer {
  const scorer = createThemeScorer(themes, sources, tuning);
  return {
    analyze(text: string, kind: CommentKind = 'text', meaning?: Float32Array): CommentAnalysis {
      const { analysed, scores } = scorer.score(text, meaning);
      const themeIds = chosenThemes(themes, scores, scorer.decision);
      return {
        themeIds,
        sentiment: commentSentiment(text, analysed, kind),
        confidence: calibratedConfidence(confidenceFeatures(scores, scorer.decision)),
        secondThemeId: closeSecondTheme(themes, scores, themeIds, scorer.decision),
      };
    },
  };
}
