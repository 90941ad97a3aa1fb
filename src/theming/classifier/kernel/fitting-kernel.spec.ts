import fc from 'fast-check';
import { FittingKernel } from './fitting-kernel';

/** The loops the kernel replaced, as they were (embedding-classifier.ts before it). */
function quarterGramInJavaScript(rows: readonly Float64Array[], width: number): Float64Array[] {
  const gram = Array.from({ length: width }, () => new Float64Array(width));
  const empty = new Float64Array(width);
  const scale = 0.25 / rows.length;
  for (let first = 0; first < rows.length; first += 4) {
    const [a, b, c, d] = [rows[first], rows[first + 1] ?? empty, rows[first + 2] ?? empty, rows[first + 3] ?? empty];
    for (let i = 0; i < width; i += 1) {
      const [sa, sb, sc, sd] = [a[i] * scale, b[i] * scale, c[i] * scale, d[i] * scale];
      for (let j = 0; j <= i; j += 1) gram[i][j] += sa * a[j] + sb * b[j] + sc * c[j] + sd * d[j];
    }
  }
  return gram;
}

function logitInJavaScript(weights: Float64Array, row: Float64Array): number {
  let logit = 0;
  for (let index = 0; index < row.length; index += 1) logit += weights[index] * row[index];
  return logit;
}

const finite = fc.double({ min: -1e3, max: 1e3, noNaN: true });
/** Rows, weights per output and errors per row and output, of one random fit. */
const fits = fc
  .record({ count: fc.integer({ min: 1, max: 11 }), width: fc.integer({ min: 1, max: 9 }), outputs: fc.integer({ min: 1, max: 5 }) })
  .chain(({ count, width, outputs }) =>
    fc.record({
      rows: fc.array(fc.float64Array({ minLength: width, maxLength: width, min: -1e3, max: 1e3, noNaN: true }), { minLength: count, maxLength: count }),
      weights: fc.array(fc.float64Array({ minLength: width, maxLength: width, min: -1e3, max: 1e3, noNaN: true }), { minLength: outputs, maxLength: outputs }),
      errors: fc.array(fc.array(finite, { minLength: outputs, maxLength: outputs }), { minLength: count, maxLength: count }),
    }),
  );

function kernelOf(rows: readonly Float64Array[], outputs: number): FittingKernel {
  const width = rows[0].length;
  const kernel = new FittingKernel(rows.length, width, outputs);
  rows.forEach((row, index) => kernel.rows.set(row, index * width));
  return kernel;
}

describe('FittingKernel', () => {
  it("gives to the last bit the plain loops' bound, logits and gradients, for any size, odd or even", () => {
    fc.assert(
      fc.property(fits, ({ rows, weights, errors }) => {
        const width = rows[0].length;
        const kernel = kernelOf(rows, weights.length);
        expect(kernel.quarterGram().map((row) => [...row])).toEqual(quarterGramInJavaScript(rows, width).map((row) => [...row]));
        weights.forEach((output, index) => kernel.setWeights(index, output));
        rows.forEach((row, position) =>
          expect([...kernel.logitsOf(position)].slice(0, weights.length)).toEqual(weights.map((output) => logitInJavaScript(output, row))),
        );
        kernel.clearGradients();
        rows.forEach((_, position) => kernel.accumulate(position, Float64Array.from(errors[position])));
        weights.forEach((_, output) => {
          const expected = new Float64Array(width);
          rows.forEach((row, position) => row.forEach((value, index) => (expected[index] += errors[position][output] * value)));
          expect([...kernel.gradientOf(output)]).toEqual([...expected]);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('starts every round of gradients from 0, and keeps an odd output count from its spare lane', () => {
    const kernel = kernelOf([Float64Array.of(1, 2, 3)], 3);
    kernel.setWeights(2, Float64Array.of(1, 1, 1));
    expect([...kernel.logitsOf(0)]).toEqual([0, 0, 6, 0]);
    kernel.accumulate(0, Float64Array.of(1, 0, 2));
    kernel.accumulate(0, Float64Array.of(1, 0, 2));
    expect([...kernel.gradientOf(2)]).toEqual([4, 8, 12]);
    kernel.clearGradients();
    kernel.accumulate(0, Float64Array.of(0, 1, 0));
    expect([...kernel.gradientOf(0)]).toEqual([0, 0, 0]);
    expect([...kernel.gradientOf(1)]).toEqual([1, 2, 3]);
  });
});
