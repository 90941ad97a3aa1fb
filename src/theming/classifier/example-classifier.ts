import { analyseText, type TextToken, wordsOf } from '../text/text-pipeline';

/**
 * What seeds cannot: raters paraphrase ("sits on decisions", "hovers", "paints a picture"), and a
 * survey author's keywords name only a few of the ways a behaviour is put. This learns the words
 * of each theme from comments filed under it by hand (surveys/examples/), with naive Bayes over
 * the content stems of a comment and its pairs of adjacent content stems. A classifier of a
 * thousand short examples still knows few of the words raters use; it is one vote added to the
 * seeds and to the nearest sentences in meaning (semantic-neighbours.ts), not a replacement.
 */

export interface TrainingComment {
  text: string;
  /** Indexes of the themes the comment is filed under; empty for a comment about none. */
  themeIndexes: readonly number[];
}

export interface ExampleClassifier {
  /** For each theme, how likely the comment speaks of it rather than of another theme or none (summing to at most 1); all 0 when no known word is in it. */
  probabilities(words: readonly TextToken[]): number[];
}

export interface ExampleClassifierSettings {
  /** Laplace smoothing of word counts. */
  smoothing: number;
  /**
   * Naive Bayes takes every word for independent evidence, so its log-likelihoods grow with the
   * length of a comment and its probabilities sit near 0 or 1; they are divided by this first.
   */
  temperature: number;
}

/** Chosen by cross-validation over the shipped examples, with the analyzer's decision rule (npm run calibrate:comments). */
export const DEFAULT_EXAMPLE_SETTINGS: Readonly<ExampleClassifierSettings> = { smoothing: 0.02, temperature: 2 };

/** The features of a comment: content stems and pairs of adjacent ones ("sit~decis"), each once; a negated stem marked apart. */
export function commentFeatures(words: readonly TextToken[]): string[] {
  const content = words.filter((word) => !word.stopWord && word.stem.length > 1);
  const features = content.map((word) => (word.negated ? `not ${word.stem}` : word.stem));
  for (let index = 1; index < content.length; index += 1) features.push(`${content[index - 1].stem}~${content[index].stem}`);
  return [...new Set(features)];
}

/** How the training comments' features are read; the theme scorer reads them from its own reading of each example. */
export type FeatureReader = (text: string) => string[];

const readFeatures: FeatureReader = (text) => commentFeatures(wordsOf(analyseText(text)));

/**
 * Multinomial naive Bayes over the themes and "none" (the examples filed under no theme): an
 * example of two themes counts for each. One model over all themes, rather than one per theme
 * against the rest, because with a dozen examples a theme has seen few of a comment's words, and
 * against "the rest" (eight times the text) smoothing alone would then decide; over themes of
 * like size, an unseen word costs each theme alike. Themes are equally likely a priori: how often
 * the examples speak of a theme says how they were written, not what raters write.
 */
export function trainExampleClassifier(
  comments: readonly TrainingComment[],
  themeCount: number,
  settings: ExampleClassifierSettings = DEFAULT_EXAMPLE_SETTINGS,
  featuresOf: FeatureReader = readFeatures,
): ExampleClassifier {
  const classCount = themeCount + 1;
  const none = themeCount;
  const counts = Array.from({ length: classCount }, () => new Map<string, number>());
  const totals = new Array<number>(classCount).fill(0);
  const vocabulary = new Set<string>();
  for (const comment of comments) {
    const features = featuresOf(comment.text);
    const classes = comment.themeIndexes.length === 0 ? [none] : comment.themeIndexes;
    for (const feature of features) vocabulary.add(feature);
    for (const index of classes) {
      for (const feature of features) counts[index].set(feature, (counts[index].get(feature) ?? 0) + 1);
      totals[index] += features.length;
    }
  }
  const trained = totals.map((total) => total > 0);
  const { smoothing, temperature } = settings;
  const logLikelihood = (index: number, feature: string): number =>
    Math.log(((counts[index].get(feature) ?? 0) + smoothing) / (totals[index] + smoothing * vocabulary.size));
  return {
    probabilities(words: readonly TextToken[]): number[] {
      const features = commentFeatures(words).filter((feature) => vocabulary.has(feature));
      if (features.length === 0) return new Array<number>(themeCount).fill(0);
      const logs = counts.map((_, index) =>
        trained[index] ? features.reduce((sum, feature) => sum + logLikelihood(index, feature), 0) / temperature : -Infinity,
      );
      const top = Math.max(...logs);
      const exps = logs.map((log) => Math.exp(log - top));
      const sum = exps.reduce((total, value) => total + value, 0);
      return exps.slice(0, themeCount).map((value) => value / sum);
    },
  };
}
