import type { QuestionAsks, SurveyTheme } from '../../surveys/survey.types';
import type { CommentAnalysis, CommentKind } from '../comment.types';
import { readSentiment, trainSentimentOnExamples } from '../sentiment/sentiment-classifier';
import { memoisedByText } from '../text/memoised-by-text';
import { analyseText } from '../text/text-pipeline';
import { type AnalyzerWeights, chosenThemes } from './analyzer-weights';
import { calibratedConfidence, closeSecondTheme, confidenceFeatures } from './theme-confidence';
import { createThemeScorer, type ScorerSources } from './theme-scorer';

export interface CommentAnalyzer {
  /**
   * `kind` settles the sentiment of stop (constructive) and continue (positive) suggestions, and
   * `asks` that of answers to a question asking for strengths or changes (settledSentiment);
   * `meaning` is the comment's sentence embedding, without which only its words are read.
   */
  analyze(text: string, kind?: CommentKind, meaning?: Float32Array, asks?: QuestionAsks): CommentAnalysis;
}

/**
 * The classifier of a survey's themes: the themes its scores choose, how sure it is of them and
 * the theme that came close, and the comment's sentiment. `tuning` overrides weights, for experiments and tests.
 */
export function createCommentAnalyzer(themes: readonly SurveyTheme[], sources: ScorerSources, tuning: Partial<AnalyzerWeights> = {}): CommentAnalyzer {
  // The themes' classifiers and the sentiment's share one reading of each example.
  const analyse = sources.analyse ?? memoisedByText(analyseText);
  const scorer = createThemeScorer(themes, { ...sources, analyse }, tuning);
  // Fitted on the free-text examples when they have embeddings: the same for every survey, since sentiment is not a theme's.
  const sentiments = sources.meanings && trainSentimentOnExamples(sources.examples, sources.meanings.examples, analyse, sources.fitted);
  return {
    analyze(text: string, kind: CommentKind = 'text', meaning?: Float32Array, asks?: QuestionAsks): CommentAnalysis {
      const scored = scorer.score(text, meaning);
      const { analysed, scores } = scored;
      const themeIds = chosenThemes(themes, scores, scorer.decision, scored);
      return {
        themeIds,
        sentiment: readSentiment(sentiments, { text, analysed, kind, asks }, meaning),
        confidence: calibratedConfidence(confidenceFeatures(scores, scorer.decision, scored)),
        secondThemeId: closeSecondTheme(themes, scores, themeIds, scorer.decision),
      };
    },
  };
}
