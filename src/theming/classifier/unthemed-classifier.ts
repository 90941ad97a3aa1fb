import { trainEmbeddingClassifier } from './embedding-classifier';

/**
 * Raters write things that belong to no theme: "Thanks for the opportunity to give feedback", "the
 * coffee machine has been broken for a month", "I've only been here six weeks". Each theme's own
 * classifier weighs a comment against the other themes, so a pleasantry still lands on whichever
 * theme it happens to sit nearest. A classifier of its own, fitted on the examples filed under no
 * theme against all the others, reads "about none of these" as a meaning of its own. The strongest
 * seed score joins the embedding: a comment that uses a theme's keywords is seldom about none.
 */
export interface UnthemedTrainingComment {
  /** Unit length, as the sentence encoder gives it. */
  meaning: Float32Array;
  /** The highest of the comment's seed scores over the themes (seed-model.ts). */
  strongestSeed: number;
  unthemed: boolean;
}

export interface UnthemedClassifier {
  /** The probability, 0..1, that the comment speaks of none of the themes. */
  probability(meaning: Float32Array, strongestSeed: number): number;
}

/** Undefined when the examples are all of one kind: there is nothing to tell apart. `ridge` as in EmbeddingClassifierSettings. */
export function trainUnthemedClassifier(comments: readonly UnthemedTrainingComment[], ridge: number): UnthemedClassifier | undefined {
  const unthemedCount = comments.filter((comment) => comment.unthemed).length;
  if (unthemedCount === 0 || unthemedCount === comments.length) return undefined;
  const model = trainEmbeddingClassifier(
    comments.map((comment) => ({ meaning: comment.meaning, seeds: [comment.strongestSeed], themeIndexes: comment.unthemed ? [0] : [] })),
    1,
    { ridge, iterations: 20, seedScale: 3 },
  );
  return { probability: (meaning, strongestSeed) => model.probabilities(meaning, [strongestSeed])[0] };
}
