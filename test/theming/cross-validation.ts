import type { AnalyzerWeights } from '../../src/theming/classifier/analyzer-weights';
import { memoisedByText } from '../../src/theming/text/memoised-by-text';
import { combinedScores, createThemeScorer, type Meanings, type ScoreParts } from '../../src/theming/classifier/theme-scorer';
import type { CommentKind, CommentSentiment } from '../../src/theming/comment.types';
import { readSentiment, trainSentimentOnExamples } from '../../src/theming/sentiment/sentiment-classifier';
import { analyseText } from '../../src/theming/text/text-pipeline';
import type { LabelledComment } from '../../src/theming/examples/labelled-comment';
import { shippedExamples } from '../factories/theming';
import { survey, themeIds, untunedExamples } from './labelled-sets';
import { type Classified, classifiedByScores, type ThemingScores, themingScores } from './theming-scores';

export const FOLDS = 6;

/**
 * The fold of each example. Comments written together (one `batch`: a round of writing and the
 * theme or item it was written for) paraphrase one another, so a fold takes whole batches:
 * otherwise a comment is classified by a model trained on its own paraphrases. Batches go,
 * largest first, to the fold with fewest examples so far; the same every run.
 */
export function groupedFolds(examples: readonly LabelledComment[], folds = FOLDS): number[] {
  const batches = new Map<string, number[]>();
  examples.forEach((example, index) => {
    const batch = example.batch ?? `(alone) ${example.text}`;
    batches.set(batch, [...(batches.get(batch) ?? []), index]);
  });
  const sizes = new Array<number>(folds).fill(0);
  const foldOf = new Array<number>(examples.length);
  const ordered = [...batches.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  for (const [, members] of ordered) {
    const smallest = sizes.indexOf(Math.min(...sizes));
    for (const index of members) foldOf[index] = smallest;
    sizes[smallest] += members.length;
  }
  return foldOf;
}

/** Each example read once, for its features and its seed scores in every fold, as AnalyzerCache's build reads it once. */
const analyse = memoisedByText(analyseText);

/**
 * Each shipped example's score parts from a model that saw none of its batch; scoring is the slow
 * part, so the weights that combine the parts and the decision rule are applied after. Weights
 * are chosen on these figures, never on a held-out set.
 */
export function crossValidatedParts(tuning: Partial<AnalyzerWeights>, meanings: Meanings): ScoreParts[] {
  const examples = shippedExamples();
  const foldOf = groupedFolds(examples);
  const parts = new Array<ScoreParts>(examples.length);
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const trainsOn = (_: unknown, index: number): boolean => foldOf[index] !== fold;
    const scorer = createThemeScorer(
      survey.themes,
      { examples: examples.filter(trainsOn), meanings: { examples: meanings.examples.filter(trainsOn), seeds: meanings.seeds }, analyse },
      tuning,
    );
    examples.forEach((example, index) => {
      if (foldOf[index] === fold) parts[index] = scorer.parts(example.text, meanings.examples[index]);
    });
  }
  return parts;
}

/**
 * Each shipped example's sentiment as the product reads it (settled by its kind, or by the
 * sentiment classifier), the classifier fitted without the example's batch.
 */
export function crossValidatedSentiments(meanings: Meanings, parts: readonly ScoreParts[]): CommentSentiment[] {
  const examples = shippedExamples();
  const foldOf = groupedFolds(examples);
  const sentiments = new Array<CommentSentiment>(examples.length);
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const trainsOn = (_: unknown, index: number): boolean => foldOf[index] !== fold;
    const classifier = trainSentimentOnExamples(examples.filter(trainsOn), meanings.examples.filter(trainsOn), analyse);
    examples.forEach((example, index) => {
      if (foldOf[index] !== fold) return;
      sentiments[index] = readSentiment(classifier, { text: example.text, analysed: parts[index].analysed, kind: example.kind }, meanings.examples[index]);
    });
  }
  return sentiments;
}

/**
 * How the parts of the shipped examples classify `set` (a subset of them) under these weights;
 * with `sentiments` (one per shipped example), those are the sentiments judged, else the phrasing cues'.
 */
export function scoresWith(
  parts: readonly ScoreParts[],
  weights: Pick<
    AnalyzerWeights,
    'minScore' | 'shareOfBest' | 'secondScore' | 'countWeight' | 'mostThemes' | 'unthemedBar' | 'examples' | 'meaning' | 'embedding'
  >,
  set: readonly LabelledComment[] = untunedExamples(),
  sentiments?: readonly CommentSentiment[],
): ThemingScores {
  const indexByText = new Map(shippedExamples().map((example, index) => [example.text, index]));
  return themingScores(set, themeIds, (text: string, kind: CommentKind | undefined): Classified => {
    const index = indexByText.get(text) as number;
    const scored = parts[index];
    return classifiedByScores(survey.themes, combinedScores(scored, weights), weights, {
      text,
      analysed: scored.analysed,
      kind,
      sentiment: sentiments?.[index],
      unthemed: scored.unthemed,
      twoThemesOdds: scored.twoThemesOdds,
    });
  });
}
