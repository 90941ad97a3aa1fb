import { trainUnthemedClassifier, type UnthemedTrainingComment } from './unthemed-classifier';

/** A unit vector leaning along `axis` of four, with a little of `noise` so that no two are equal. */
function meaningOf(axis: number, noise: number): Float32Array {
  const vector = new Float32Array(4).fill(0.1 * noise);
  vector[axis] = 1;
  const length = Math.hypot(...vector);
  return vector.map((value) => value / length);
}

/** Comments about none lean along axis 0, themed ones along axes 1 to 3; no seed word in any. */
const training: UnthemedTrainingComment[] = Array.from({ length: 40 }, (_, index) => {
  const unthemed = index % 4 === 0;
  return { meaning: meaningOf(unthemed ? 0 : 1 + (index % 3), (index % 5) / 5), strongestSeed: 0, unthemed };
});

describe('trainUnthemedClassifier', () => {
  it('reads a comment about none by its meaning', () => {
    const classifier = trainUnthemedClassifier(training, 0.0001);
    expect(classifier?.probability(meaningOf(0, 0.3), 0)).toBeGreaterThan(0.7);
    expect(classifier?.probability(meaningOf(2, 0.3), 0)).toBeLessThan(0.3);
  });

  it('reads a theme keyword as against "about none", in the direction the examples taught', () => {
    // The meaning tells nothing here; only the themed comments use a theme's words.
    const seeded = training.map((comment, index) => ({ ...comment, meaning: meaningOf(index % 2, 0), strongestSeed: comment.unthemed ? 0 : 3 }));
    const classifier = trainUnthemedClassifier(seeded, 0.0001);
    expect(classifier?.probability(meaningOf(0, 0), 3) as number).toBeLessThan(classifier?.probability(meaningOf(0, 0), 0) as number);
  });

  it('is surer with a lighter ridge, which keeps it less near the share of comments about none', () => {
    const light = trainUnthemedClassifier(training, 0.00001)?.probability(meaningOf(0, 0.3), 0) as number;
    const heavy = trainUnthemedClassifier(training, 0.1)?.probability(meaningOf(0, 0.3), 0) as number;
    expect(light).toBeGreaterThan(heavy);
  });

  it('learns nothing from examples all about themes, or all about none', () => {
    expect(
      trainUnthemedClassifier(
        training.filter((comment) => !comment.unthemed),
        0.0001,
      ),
    ).toBeUndefined();
    expect(
      trainUnthemedClassifier(
        training.filter((comment) => comment.unthemed),
        0.0001,
      ),
    ).toBeUndefined();
    expect(trainUnthemedClassifier([], 0.0001)).toBeUndefined();
  });
});
