import fc from 'fast-check';
import { createSemanticIndex as indexOfSets, highestOf, type NeighbourSettings } from './semantic-neighbours';

const unit = (...values: number[]): Float32Array => {
  const norm = Math.hypot(...values);
  return Float32Array.from(values, (value) => value / norm);
};
interface LabelledVector {
  vector: Float32Array;
  themeIndexes: number[];
}
const labelled = (vector: Float32Array, ...themeIndexes: number[]): LabelledVector => ({ vector, themeIndexes });
/** An index of these sentences, as one set. */
const createSemanticIndex = (sentences: LabelledVector[], themeCount: number, settings?: NeighbourSettings) =>
  indexOfSets(
    [{ vectors: sentences.map((sentence) => sentence.vector), themeIndexes: sentences.map((sentence) => sentence.themeIndexes) }],
    themeCount,
    settings,
  );

describe('createSemanticIndex', () => {
  const sentences = [
    labelled(unit(1, 0, 0), 0),
    labelled(unit(0.9, 0.1, 0), 0),
    labelled(unit(0, 1, 0), 1),
    labelled(unit(0, 0.9, 0.1), 1),
    labelled(unit(0, 0, 1)),
  ];

  it('gives the theme of the nearest sentences most of the votes, nearer ones louder', () => {
    const index = createSemanticIndex(sentences, 2, { neighbours: 5, sharpness: 10, floor: 0 });
    const [first, second] = index.votes(unit(1, 0.2, 0));
    expect(first).toBeGreaterThan(0.9);
    expect(first + second).toBeLessThanOrEqual(1 + 1e-9);
    const [, towardSecond] = index.votes(unit(0.2, 1, 0));
    expect(towardSecond).toBeGreaterThan(0.9);
  });

  it('counts only the nearest neighbours, computed exactly', () => {
    // A floor far below every similarity: the imagined sentence about none all but stops voting.
    const index = createSemanticIndex(sentences, 2, { neighbours: 1, sharpness: 10, floor: -10 });
    expect(index.votes(unit(1, 0.2, 0))).toEqual([1, 0]);
    // Two neighbours at similarities 1 and 0.9: votes e^0 and e^-1, shares 1/(1+e^-1) and the rest.
    const two = createSemanticIndex([labelled(unit(1, 0), 0), labelled(unit(0.9, Math.sqrt(1 - 0.81)), 1)], 2, { neighbours: 2, sharpness: 10, floor: -10 });
    const [a, b] = two.votes(unit(1, 0));
    expect(a).toBeCloseTo(1 / (1 + Math.exp(-1)), 6);
    expect(b).toBeCloseTo(Math.exp(-1) / (1 + Math.exp(-1)), 6);
  });

  it('measures similarity over every dimension, however many (the sums run four dimensions at a time)', () => {
    const vectorOf = (dimensions: number) => fc.array(fc.integer({ min: -9, max: 9 }), { minLength: dimensions, maxLength: dimensions });
    const case_ = fc
      .integer({ min: 1, max: 11 })
      .chain((dimensions) => fc.tuple(vectorOf(dimensions), fc.array(vectorOf(dimensions), { minLength: 2, maxLength: 6 })));
    fc.assert(
      fc.property(case_, ([comment, others]) => {
        const similarity = (values: number[]) => values.reduce((sum, value, index) => sum + value * comment[index], 0);
        const best = Math.max(...others.map(similarity));
        // Unnormalised integer vectors: similarities are exact, and only a unique nearest is checked.
        if (others.filter((values) => similarity(values) === best).length > 1) return;
        const index = createSemanticIndex(
          others.map((values, position) => labelled(Float32Array.from(values), position)),
          others.length,
          { neighbours: 1, sharpness: 1, floor: -1e6 },
        );
        expect(index.votes(Float32Array.from(comment))[others.findIndex((values) => similarity(values) === best)]).toBe(1);
      }),
    );
  });

  it('lets a sentence about none, or one about two themes, vote as it is labelled', () => {
    const index = createSemanticIndex([labelled(unit(1, 0)), labelled(unit(0, 1), 0, 1)], 2, { neighbours: 1, sharpness: 10, floor: -10 });
    expect(index.votes(unit(1, 0.1))).toEqual([0, 0]);
    expect(index.votes(unit(0.1, 1))).toEqual([0.5, 0.5]);
  });

  it('gives no theme much of a vote when every sentence is far from the comment', () => {
    const index = createSemanticIndex(sentences.slice(0, 4), 2, { neighbours: 5, sharpness: 10, floor: 0.5 });
    const far = index.votes(unit(0.1, 0.1, 1));
    expect(Math.max(...far)).toBeLessThan(0.1);
    // Without the floor, the same far sentences would share all the votes between them.
    const unfloored = createSemanticIndex(sentences.slice(0, 4), 2, { neighbours: 5, sharpness: 10, floor: -10 }).votes(unit(0.1, 0.1, 1));
    expect(unfloored[0] + unfloored[1]).toBeCloseTo(1, 6);
    const near = index.votes(unit(1, 0, 0.1));
    expect(near[0]).toBeGreaterThan(0.9);
  });

  it('votes nothing from an empty index, nor when no neighbour is to vote', () => {
    expect(createSemanticIndex([], 3).votes(unit(1, 0))).toEqual([0, 0, 0]);
    expect(createSemanticIndex(sentences, 2, { neighbours: 0, sharpness: 10, floor: 0 }).votes(unit(1, 0, 0))).toEqual([0, 0]);
  });

  it('reads several sets as one list, the earlier set first among equals, and refuses a set whose themes do not match its vectors', () => {
    const [a, b] = [unit(1, 0), unit(1, 0)];
    const firstWins = indexOfSets(
      [
        { vectors: [a], themeIndexes: [[0]] },
        { vectors: [b], themeIndexes: [[1]] },
      ],
      2,
      { neighbours: 1, sharpness: 10, floor: -10 },
    );
    expect(firstWins.votes(unit(1, 0))).toEqual([1, 0]);
    expect(() => indexOfSets([{ vectors: [a, b], themeIndexes: [[0]] }], 2)).toThrow('as many lists of themes as vectors');
  });
});

describe('highestOf', () => {
  it('picks what a stable sort puts first, ties included', () => {
    // Few distinct values, so that ties are common; counts above the length too.
    const similarities = fc.array(
      fc.integer({ min: -3, max: 3 }).map((value) => value / 4),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(similarities, fc.integer({ min: 0, max: 45 }), (values, count) => {
        const sorted = values
          .map((similarity, index) => ({ similarity, index }))
          .sort((a, b) => b.similarity - a.similarity)
          .slice(0, count)
          .map(({ index }) => index);
        expect(highestOf(Float64Array.from(values), count)).toEqual(sorted);
      }),
    );
  });
});
