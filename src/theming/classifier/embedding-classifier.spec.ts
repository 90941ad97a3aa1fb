import { trainEmbeddingClassifier } from './embedding-classifier';

/** A unit vector of 6 dimensions mostly along `axes`, with a small deterministic wobble so that no two are alike. */
function vector(axes: number[], wobble: number): Float32Array {
  const values = Array.from({ length: 6 }, (_, index) => (axes.includes(index) ? 1 : 0) + 0.15 * Math.sin(wobble * (index + 1)));
  const norm = Math.sqrt(values.reduce((sum, value) => sum + value * value, 0));
  return Float32Array.from(values.map((value) => value / norm));
}

const noSeeds = [0, 0, 0];
// Theme 0 along axis 0, theme 1 along axis 1, remarks about neither along axis 2; theme 2 has no example.
const training = [
  ...[1, 2, 3, 4, 5, 6].map((wobble) => ({ meaning: vector([0], wobble), seeds: noSeeds, themeIndexes: [0] })),
  ...[7, 8, 9, 10, 11, 12].map((wobble) => ({ meaning: vector([1], wobble), seeds: noSeeds, themeIndexes: [1] })),
  ...[13, 14, 15].map((wobble) => ({ meaning: vector([0, 1], wobble), seeds: noSeeds, themeIndexes: [0, 1] })),
  ...[16, 17, 18, 19, 20, 21].map((wobble) => ({ meaning: vector([2], wobble), seeds: noSeeds, themeIndexes: [] })),
];

describe('trainEmbeddingClassifier', () => {
  const classifier = trainEmbeddingClassifier(training, 3);

  it('gives each theme its own probability: high for the theme a comment is near, low for the others', () => {
    const [first, second] = classifier.probabilities(vector([0], 30), noSeeds);
    expect(first).toBeGreaterThan(0.7);
    expect(second).toBeLessThan(0.3);
  });

  it('finds two themes in a comment near both, and none in a remark near neither', () => {
    const both = classifier.probabilities(vector([0, 1], 31), noSeeds);
    expect(both[0]).toBeGreaterThan(0.5);
    expect(both[1]).toBeGreaterThan(0.5);
    const neither = classifier.probabilities(vector([2], 32), noSeeds);
    expect(Math.max(...neither)).toBeLessThan(0.3);
  });

  it('learns an output of its own for remarks about no theme, beside one seed score per theme', () => {
    // The scorer's use: the last output is "about none", learnt from the remarks along axis 2.
    const withNone = trainEmbeddingClassifier(
      training.map((comment) => ({ ...comment, themeIndexes: comment.themeIndexes.length > 0 ? comment.themeIndexes : [3] })),
      4,
    );
    expect(withNone.probabilities(vector([2], 34), noSeeds)[3]).toBeGreaterThan(0.7);
    expect(withNone.probabilities(vector([0], 35), noSeeds)[3]).toBeLessThan(0.3);
    // The themes' outputs are those of the model without it: each output is fitted on its own.
    expect(withNone.probabilities(vector([0, 1], 36), noSeeds).slice(0, 3)).toEqual(classifier.probabilities(vector([0, 1], 36), noSeeds));
  });

  it('gives 0 to a theme no example is filed under, and to every theme without examples', () => {
    expect(classifier.probabilities(vector([3], 33), noSeeds)[2]).toBe(0);
    expect(trainEmbeddingClassifier([], 3).probabilities(vector([0], 1), noSeeds)).toEqual([0, 0, 0]);
  });

  it('learns what the seed scores say where the embeddings say nothing', () => {
    const seeded = trainEmbeddingClassifier(
      [1, 2, 3, 4, 5, 6, 7, 8].map((wobble) => ({ meaning: vector([4], wobble), seeds: wobble % 2 === 0 ? [6, 0, 0] : [0, 6, 0], themeIndexes: [wobble % 2] })),
      3,
    );
    expect(seeded.probabilities(vector([4], 40), [6, 0, 0])[0]).toBeGreaterThan(0.7);
    expect(seeded.probabilities(vector([4], 40), [0, 6, 0])[0]).toBeLessThan(0.3);
  });

  it('fits once what a memo keeps, and fits again what differs in any example', () => {
    const kept = new Map<string, Float64Array>();
    const fits: string[] = [];
    const memo = (key: string, length: number, fit: () => Float64Array): Float64Array => {
      const known = kept.get(key);
      if (known?.length === length) return known;
      fits.push(key);
      kept.set(key, fit());
      return kept.get(key) as Float64Array;
    };
    const probe = vector([0, 1], 37);
    const first = trainEmbeddingClassifier(training, 3, undefined, memo).probabilities(probe, noSeeds);
    const again = trainEmbeddingClassifier(training, 3, undefined, memo).probabilities(probe, noSeeds);
    expect(fits).toHaveLength(1);
    expect(again).toEqual(first);
    expect(first).toEqual(classifier.probabilities(probe, noSeeds));
    const relabelled = training.map((comment, index) => (index === 0 ? { ...comment, themeIndexes: [1] } : comment));
    trainEmbeddingClassifier(relabelled, 3, undefined, memo);
    trainEmbeddingClassifier(training, 3, { ridge: 0.001, iterations: 20, seedScale: 3 }, memo);
    expect(new Set(fits).size).toBe(3);
  });

  it('is the same model every time it is trained on the same examples', () => {
    const again = trainEmbeddingClassifier(training, 3);
    const probe = vector([0, 2], 50);
    expect(again.probabilities(probe, noSeeds)).toEqual(classifier.probabilities(probe, noSeeds));
  });
});
