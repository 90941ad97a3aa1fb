import { createHash } from 'node:crypto';
import { FittingKernel } from './kernel/fitting-kernel';

/**
 * Raters paraphrase: "has a strong sense of where the product should go" shares no seed word
 * with vision, and the nearest few examples in meaning vote by what they happen to be about as a
 * whole (a comment about the product lands near one about composure that also mentions it). A
 * model fitted on every example's sentence embedding weighs all of them at once: one-vs-rest
 * logistic regression per theme, so that a comment may be likely of two themes, or of none.
 * The seed scores of a comment join its embedding as inputs, so that a survey's keywords still
 * count where the examples are few. An output need not be a theme: the theme scorer adds one, last,
 * for comments about none of them (theme-scorer.ts).
 */

export interface EmbeddingTrainingComment {
  /** Unit length, as the sentence encoder gives it. */
  meaning: Float32Array;
  /** Per theme, what the survey's seeds score the comment (seed-model.ts); as many for every comment, however many outputs. */
  seeds: readonly number[];
  themeIndexes: readonly number[];
}

export interface EmbeddingClassifierSettings {
  /** L2 penalty on the weights (never the intercept), per example: larger keeps the model nearer the prior. */
  ridge: number;
  /** Rounds of optimisation: fixed, so that a model is the same on every machine. */
  iterations: number;
  /** Seed scores are divided by this before they join the embedding, so that both sit on a like scale. */
  seedScale: number;
}

/** Chosen by cross-validation over the shipped examples (npm run calibrate:comments). */
export const DEFAULT_EMBEDDING_SETTINGS: Readonly<EmbeddingClassifierSettings> = { ridge: 0.00003, iterations: 20, seedScale: 3 };

export interface EmbeddingClassifier {
  /** For each theme, the probability, 0..1, that the comment speaks of it; each theme apart, so they need not sum to 1. */
  probabilities(meaning: Float32Array, seeds: readonly number[]): number[];
}

const sigmoid = (value: number): number => 1 / (1 + Math.exp(-value));

/** The inputs of one comment: its embedding less the examples' mean (so the intercept carries the prior), and its scaled seed scores. */
function inputsOf(meaning: Float32Array, seeds: readonly number[], mean: Float64Array, seedScale: number): Float64Array {
  const inputs = new Float64Array(mean.length + seeds.length);
  for (let index = 0; index < mean.length; index += 1) inputs[index] = meaning[index] - mean[index];
  for (let index = 0; index < seeds.length; index += 1) inputs[mean.length + index] = seeds[index] / seedScale;
  return inputs;
}

/** Cholesky factor L of a symmetric positive definite matrix (A = LLᵀ), row by row. */
function cholesky(matrix: readonly Float64Array[]): Float64Array[] {
  const size = matrix.length;
  const lower = Array.from({ length: size }, () => new Float64Array(size));
  for (let row = 0; row < size; row += 1) {
    for (let column = 0; column <= row; column += 1) {
      let sum = matrix[row][column];
      const a = lower[row];
      const b = lower[column];
      for (let k = 0; k < column; k += 1) sum -= a[k] * b[k];
      lower[row][column] = row === column ? Math.sqrt(Math.max(sum, 1e-12)) : sum / b[column];
    }
  }
  return lower;
}

/** x such that LLᵀx = b. */
function solveCholesky(lower: readonly Float64Array[], vector: Float64Array): Float64Array {
  const size = vector.length;
  const forward = new Float64Array(size);
  for (let row = 0; row < size; row += 1) {
    let sum = vector[row];
    for (let k = 0; k < row; k += 1) sum -= lower[row][k] * forward[k];
    forward[row] = sum / lower[row][row];
  }
  const result = new Float64Array(size);
  for (let row = size - 1; row >= 0; row -= 1) {
    let sum = forward[row];
    for (let k = row + 1; k < size; k += 1) sum -= lower[k][row] * result[k];
    result[row] = sum / lower[row][row];
  }
  return result;
}

/**
 * Keeps fitted weights between processes: `fit` runs only when nothing is kept under `key`, or
 * what is kept is not `length` numbers. Fitting on the thousands of shipped examples takes seconds
 * of CPU each time a process builds an analyzer; the same inputs always fit the same weights.
 */
export type FittedWeightsMemo = (key: string, length: number, fit: () => Float64Array) => Float64Array;

/**
 * Changes whenever the fitting changes, or how its input rows are made of a comment (inputsOf, the
 * centring, the intercept): the key hashes what the rows are made of, not the rows, so that weights
 * kept by an earlier version are fitted again.
 */
const FITTING_VERSION = 'logistic-bohning-2';

/**
 * Everything the weights depend on: the fitting, its settings, the outputs, and each comment's
 * embedding, seed scores and targets. The rows the fit reads are made of these alone, so they are
 * made only when a fit runs: building them to hash them took more of an analyzer's build, weights
 * kept, than anything else (ten thousand rows of 530 numbers, and their garbage).
 */
function fittingKey(comments: readonly EmbeddingTrainingComment[], outputs: number, settings: EmbeddingClassifierSettings): string {
  const { meaning, seeds } = comments[0];
  const hash = createHash('sha256').update(
    JSON.stringify({ FITTING_VERSION, outputs, dimensions: meaning.length, seeds: seeds.length, count: comments.length, ...settings }),
  );
  for (const comment of comments) {
    hash.update(new Uint8Array(comment.meaning.buffer, comment.meaning.byteOffset, comment.meaning.byteLength));
    hash.update(new Uint8Array(Float64Array.from(comment.seeds).buffer));
    hash.update(comment.themeIndexes.join(','));
    hash.update(';');
  }
  return hash.digest('hex');
}

/**
 * Fits one logistic regression per output on the mean log loss plus the ridge, by bound
 * optimisation (Böhning): the log loss never curves more than a quarter of XᵀX/n, so a Newton
 * step with that fixed bound for the Hessian always lowers the loss. The bound is the same for
 * every output and every step, so it is factorised once; plain gradient descent would crawl, the
 * embedding's directions being of very unequal spread. `writeRows` writes the `count` input rows of
 * `width` numbers where the fit's kernel reads them (kernel/fitting-kernel.ts). The weights of every
 * output, one after the other.
 */
function fitWeights(
  count: number,
  width: number,
  writeRows: (into: Float64Array) => void,
  targets: readonly (readonly number[])[],
  outputs: number,
  settings: EmbeddingClassifierSettings,
): Float64Array {
  const fitted = Array.from({ length: outputs }, (_, output) => output).filter((output) => targets.some((indexes) => indexes.includes(output)));
  const kernel = new FittingKernel(count, width, fitted.length);
  writeRows(kernel.rows);
  const bound = kernel.quarterGram();
  for (let i = 0; i < width; i += 1) {
    for (let j = 0; j < i; j += 1) bound[j][i] = bound[i][j];
    // The last input is the intercept's, which the ridge leaves alone.
    if (i < width - 1) bound[i][i] += settings.ridge;
  }
  const lower = cholesky(bound);
  const all = new Float64Array(outputs * width);
  const weightsOf = fitted.map((output) => all.subarray(output * width, (output + 1) * width));
  // Read once per output, not per row in every round.
  const isOf = fitted.map((output) => Float64Array.from(targets, (indexes) => (indexes.includes(output) ? 1 : 0)));
  const errors = new Float64Array(fitted.length);
  // Every output's round over the rows together: a row is read from memory once a round, not once
  // per output. Each output's sums run in the same order as alone, so its weights are the same.
  for (let iteration = 0; iteration < settings.iterations; iteration += 1) {
    kernel.clearGradients();
    for (let position = 0; position < count; position += 1) {
      const logits = kernel.logitsOf(position);
      for (let which = 0; which < fitted.length; which += 1) errors[which] = (sigmoid(logits[which]) - isOf[which][position]) / count;
      kernel.accumulate(position, errors);
    }
    fitted.forEach((_, which) => {
      const w = weightsOf[which];
      const gradient = kernel.gradientOf(which);
      for (let index = 0; index < width - 1; index += 1) gradient[index] += settings.ridge * w[index];
      const step = solveCholesky(lower, gradient);
      for (let index = 0; index < width; index += 1) w[index] -= step[index];
      kernel.setWeights(which, w);
    });
  }
  return all;
}

/**
 * One logistic regression per output (`outputs`: a comment's `themeIndexes` name those it is of),
 * fitted as fitWeights says, or read from `memo` when the same inputs were fitted before. A model
 * without examples, or an output without any, gives probability 0: it has seen nothing to say the
 * comment is of it.
 */
export function trainEmbeddingClassifier(
  comments: readonly EmbeddingTrainingComment[],
  outputs: number,
  settings: EmbeddingClassifierSettings = DEFAULT_EMBEDDING_SETTINGS,
  memo?: FittedWeightsMemo,
): EmbeddingClassifier {
  if (comments.length === 0) return { probabilities: () => new Array<number>(outputs).fill(0) };
  const dimensions = comments[0].meaning.length;
  const mean = new Float64Array(dimensions);
  for (const comment of comments) for (let index = 0; index < dimensions; index += 1) mean[index] += comment.meaning[index] / comments.length;
  // The last input is 1, for the intercept.
  const width = dimensions + comments[0].seeds.length + 1;
  const targets = comments.map((comment) => comment.themeIndexes);
  const fit = (): Float64Array =>
    fitWeights(
      comments.length,
      width,
      (rows) =>
        comments.forEach((comment, index) => {
          const row = rows.subarray(index * width, (index + 1) * width);
          row.set(inputsOf(comment.meaning, comment.seeds, mean, settings.seedScale));
          row[width - 1] = 1;
        }),
      targets,
      outputs,
      settings,
    );
  const all = memo ? memo(fittingKey(comments, outputs, settings), outputs * width, fit) : fit();
  const seen = Array.from({ length: outputs }, (_, output) => targets.some((indexes) => indexes.includes(output)));
  return {
    probabilities(meaning: Float32Array, seeds: readonly number[]): number[] {
      const inputs = inputsOf(meaning, seeds, mean, settings.seedScale);
      return seen.map((known, output) => {
        if (!known) return 0;
        const w = all.subarray(output * width, (output + 1) * width);
        let logit = w[width - 1];
        for (let index = 0; index < inputs.length; index += 1) logit += w[index] * inputs[index];
        return sigmoid(logit);
      });
    },
  };
}
