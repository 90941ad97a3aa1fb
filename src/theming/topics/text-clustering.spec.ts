import { clusterBySimilarity, cosineSimilarity, tfIdfVectors } from './text-clustering';

describe('tfIdfVectors and cosineSimilarity', () => {
  it('weighs a term all documents share above zero, and documents with nothing in common at 0', () => {
    const [a, b, c] = tfIdfVectors([['agenda', 'meeting'], ['agenda', 'late'], ['parking']]);
    expect(a.get('agenda')).toBeGreaterThan(0);
    expect(cosineSimilarity(a, b)).toBeGreaterThan(0);
    expect(cosineSimilarity(a, c)).toBe(0);
    expect(cosineSimilarity(a, a)).toBeCloseTo(1);
  });

  it('scales down terms only one document has, which can only set documents apart', () => {
    const plain = tfIdfVectors([
      ['agenda', 'late'],
      ['agenda', 'room'],
    ]);
    const scaled = tfIdfVectors(
      [
        ['agenda', 'late'],
        ['agenda', 'room'],
      ],
      0.4,
    );
    expect(cosineSimilarity(scaled[0], scaled[1])).toBeGreaterThan(cosineSimilarity(plain[0], plain[1]));
  });

  it('gives empty documents a similarity of 0, not NaN', () => {
    const [empty, other] = tfIdfVectors([[], ['agenda']]);
    expect(cosineSimilarity(empty, other)).toBe(0);
  });
});

describe('clusterBySimilarity', () => {
  it('puts every index in exactly one cluster, members ascending, clusters by first member', () => {
    const vectors = tfIdfVectors([['agenda'], ['parking'], ['agenda', 'meeting'], ['lunch'], ['parking', 'car']]);
    expect(clusterBySimilarity(vectors, 0.3)).toEqual([[0, 2], [1, 4], [3]]);
  });

  it('is deterministic, and merges nothing when the threshold is above every similarity', () => {
    const vectors = tfIdfVectors([
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'c'],
    ]);
    expect(clusterBySimilarity(vectors, 0.3)).toEqual(clusterBySimilarity(vectors, 0.3));
    expect(clusterBySimilarity(vectors, 0.99)).toEqual([[0], [1], [2]]);
    expect(clusterBySimilarity([], 0.3)).toEqual([]);
  });
});
