import type { CommentKind } from '../../src/aggregation/aggregate.types';
import { loadShippedSurvey } from '../factories/shipped-survey';
import { type AnalyzerWeights, combinedScores, createThemeScorer, type Meanings, meaningsOf, type ScoreParts } from '../../src/theming/classifier/comment-analyzer';
import { COMMENT_EXAMPLES, type CommentExample, UNTUNED_EXAMPLES } from '../../src/reports/comment-examples';
import { sentenceEncoder } from '../../src/theming/embeddings/sentence-encoder';
import { type Classified, classifiedByScores, type ThemingScores, themingScores } from './theming-scores';

/**
 * Cross-validation over the shipped examples: each example is classified by a model trained on
 * the others only (six folds, by position, so the figure is the same on every run). Weights are
 * chosen on this figure, never on the held-out set.
 */
export const survey = loadShippedSurvey('leadership-360');
export const themeIds = survey.themes.map((theme) => theme.id);
export const FOLDS = 6;

/** The sentence embeddings of every shipped example and of the survey's seed sentences. */
export async function shippedMeanings(): Promise<Meanings> {
  return meaningsOf(survey.themes, COMMENT_EXAMPLES, await sentenceEncoder());
}

/**
 * Each example's score parts from a model that did not see it; scoring is the slow part, so the
 * weights that combine the parts and the decision rule are applied after.
 */
export function crossValidatedParts(tuning: Partial<AnalyzerWeights>, meanings: Meanings): ScoreParts[] {
  const parts = new Array<ScoreParts>(COMMENT_EXAMPLES.length);
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const trainsOn = (_: unknown, index: number): boolean => index % FOLDS !== fold;
    const scorer = createThemeScorer(survey.themes, tuning, COMMENT_EXAMPLES.filter(trainsOn), { examples: meanings.examples.filter(trainsOn), seeds: meanings.seeds });
    COMMENT_EXAMPLES.forEach((example, index) => {
      if (index % FOLDS === fold) parts[index] = scorer.parts(example.text, meanings.examples[index]);
    });
  }
  return parts;
}

export function scoresWith(
  parts: readonly ScoreParts[],
  weights: Pick<AnalyzerWeights, 'minScore' | 'shareOfBest' | 'examples' | 'meaning'>,
  set: readonly CommentExample[] = UNTUNED_EXAMPLES,
): ThemingScores {
  const byText = new Map(COMMENT_EXAMPLES.map((example, index) => [example.text, parts[index]]));
  return themingScores(set, themeIds, (text: string, kind: CommentKind | undefined): Classified => {
    const scored = byText.get(text) as ScoreParts;
    return classifiedByScores(survey.themes, combinedScores(scored, weights), weights, { text, analysed: scored.analysed, kind });
  });
}
