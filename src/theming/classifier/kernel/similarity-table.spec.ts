import fc from 'fast-check';
import { similarityTableOf } from './similarity-table';

/** The loop the kernel replaced, as it was: four sums in float64 over the indexes mod 4, the rest into the first. */
function similarityInJavaScript(vector: Float32Array, row: Float32Array): number {
  let sum0 = 0;
  let sum1 = 0;
  let sum2 = 0;
  let sum3 = 0;
  let index = 0;
  for (; index + 3 < row.length; index += 4) {
    sum0 += vector[index] * row[index];
    sum1 += vector[index + 1] * row[index + 1];
    sum2 += vector[index + 2] * row[index + 2];
    sum3 += vector[index + 3] * row[index + 3];
  }
  for (; index < row.length; index += 1) sum0 += vector[index] * row[index];
  return sum0 + sum1 + (sum2 + sum3);
}

const vectorOf = (dimensions: number) => fc.float32Array({ minLength: dimensions, maxLength: dimensions, noDefaultInfinity: true, noNaN: true });

describe('similarityTableOf', () => {
  it('gives to the last bit what the JavaScript loop gives, for any length, a multiple of four or not', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 41 }).chain((dimensions) => fc.tuple(vectorOf(dimensions), fc.array(vectorOf(dimensions), { minLength: 1, maxLength: 12 }))),
        ([query, rows]) => {
          const into = new Float64Array(rows.length);
          similarityTableOf(rows).similaritiesTo(query, into, 0);
          expect([...into]).toEqual(rows.map((row) => similarityInJavaScript(query, row)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('writes from the offset it is given and nowhere else, each query afresh', () => {
    const table = similarityTableOf([Float32Array.of(1, 0, 0, 0, 0), Float32Array.of(0, 1, 0, 0, 0), Float32Array.of(0.5, 0.5, 0, 0, 1)]);
    const into = new Float64Array(5).fill(-7);
    table.similaritiesTo(Float32Array.of(1, 0, 0, 0, 0), into, 2);
    expect([...into]).toEqual([-7, -7, 1, 0, 0.5]);
    table.similaritiesTo(Float32Array.of(0, 0, 0, 0, 2), into, 1);
    expect([...into]).toEqual([-7, 0, 0, 2, 0.5]);
  });

  it('is built once per list of vectors, and refuses vectors of another length', () => {
    const vectors = [Float32Array.of(1, 0), Float32Array.of(0, 1)];
    expect(similarityTableOf(vectors)).toBe(similarityTableOf(vectors));
    expect(similarityTableOf([...vectors])).not.toBe(similarityTableOf(vectors));
    expect(() => similarityTableOf(vectors).similaritiesTo(Float32Array.of(1, 0, 0), new Float64Array(2), 0)).toThrow(/needs 2 dimensions; it has 3/);
    expect(() => similarityTableOf([Float32Array.of(1, 0), Float32Array.of(1)])).toThrow(/vector 1 has 1/);
  });
});
