import fc from 'fast-check';
import type { CellAggregate } from './aggregate.types';
import { addCells, cellFromRatings, cellMean, cellRwg, cellSampleSd, emptyCell, subtractCells, sumCells } from './cell-statistics';

/** Reference statistics straight from raw values (two-pass, no running sums). */
const ref = {
  mean: (values: number[]): number => values.reduce((total, value) => total + value, 0) / values.length,
  sd(values: number[]): number {
    const mean = ref.mean(values);
    return Math.sqrt(values.reduce((total, value) => total + (value - mean) ** 2, 0) / (values.length - 1));
  },
  rwg: (values: number[], points: number): number => Math.max(0, 1 - ref.sd(values) ** 2 / ((points * points - 1) / 12)),
};

/** A bucket's cell the way aggregation builds it: one cell per rater (their non-null ratings), added up. */
const pooled = (raters: (number | null)[][]): CellAggregate =>
  sumCells(raters.map((values) => cellFromRatings(values.filter((value): value is number => value !== null))));

describe('cell statistics', () => {
  // Three items of a theme, four raters, "not observed" as null.
  const theme = [
    [5, 4, null],
    [3, 3, 2],
    [null, null, null],
    [4, 5, 5],
    [2, null, 1],
  ];
  const values = [5, 4, 3, 3, 2, 4, 5, 5, 2, 1];

  it('starts empty and counts one rater per response that rated anything', () => {
    expect(emptyCell()).toEqual({ raters: 0, ratings: 0, sum: 0, sumSquares: 0, histogram: {} });
    expect(cellFromRatings([])).toEqual(emptyCell());
    expect(cellFromRatings([4, 4, 2])).toEqual({ raters: 1, ratings: 3, sum: 10, sumSquares: 36, histogram: { '4': 2, '2': 1 } });
  });

  it('pools a theme over all its ratings: sum / ratings, not the mean of the item means', () => {
    const cell = pooled(theme);
    expect(cell).toEqual({ raters: 4, ratings: 10, sum: 34, sumSquares: 134, histogram: { '1': 1, '2': 2, '3': 2, '4': 2, '5': 3 } });
    expect(cellMean(cell)).toBe(3.4);
    const itemMeans = [0, 1, 2].map((index) => ref.mean(theme.map((rater) => rater[index]).filter((value): value is number => value !== null)));
    expect(ref.mean(itemMeans)).not.toBeCloseTo(3.4, 2);
    expect(cellMean(emptyCell())).toBeNull();
  });

  it('computes the sample standard deviation with n - 1, and null below two ratings', () => {
    expect(cellSampleSd(pooled(theme))).toBeCloseTo(ref.sd(values), 12);
    expect(cellSampleSd(pooled([[2], [4]]))).toBeCloseTo(Math.SQRT2, 12);
    expect(cellSampleSd(pooled([[4, 4], [4]]))).toBe(0);
    expect(cellSampleSd(pooled([[4]]))).toBeNull();
    expect(cellSampleSd(emptyCell())).toBeNull();
  });

  it('never returns NaN when float error makes the variance a hair below zero', () => {
    const noisy: CellAggregate = { raters: 3, ratings: 3, sum: 0.3, sumSquares: 0.03 - 1e-9, histogram: {} };
    expect(cellSampleSd(noisy)).toBe(0);
    expect(cellRwg(noisy, 5)).toBe(1);
  });

  it('measures agreement as rwg = 1 - s^2 / ((A^2 - 1) / 12), floored at 0, null below two raters', () => {
    expect(cellRwg(pooled([[4], [5], [4], [3]]), 5)).toBeCloseTo(1 - 2 / 3 / 2, 12);
    expect(cellRwg(pooled([[4], [5], [4], [3]]), 5)).toBeCloseTo(ref.rwg([4, 5, 4, 3], 5), 12);
    expect(cellRwg(pooled([[3], [3], [3]]), 5)).toBe(1);
    // s^2 = 16/3 is far above the 2 of uniform answers on 5 points: no agreement, not negative agreement.
    expect(cellRwg(pooled([[1], [5], [1], [5]]), 5)).toBe(0);
    expect(cellRwg(pooled([[4]]), 5)).toBeNull();
    // One rater's three ratings of a theme are not agreement between raters.
    expect(cellRwg(pooled([[1, 3, 5]]), 5)).toBeNull();
    // A 7-point change scale (-3..+3): uniform variance (49 - 1) / 12 = 4.
    expect(cellRwg(pooled([[-3], [3], [0]]), 7)).toBeCloseTo(Math.max(0, 1 - 9 / 4), 12);
    expect(cellRwg(pooled([[1], [2], [1]]), 7)).toBeCloseTo(1 - ref.sd([1, 2, 1]) ** 2 / 4, 12);
  });

  it('adds cells of disjoint rater sets exactly, without touching its inputs', () => {
    const a = pooled([[1, 2], [3]]);
    const b = pooled([[5], [4, 4]]);
    const before = JSON.stringify([a, b]);
    expect(addCells(a, b)).toEqual(pooled([[1, 2], [3], [5], [4, 4]]));
    expect(addCells(b, a)).toEqual(addCells(a, b));
    expect(addCells(a, emptyCell())).toEqual(a);
    expect(JSON.stringify([a, b])).toBe(before);
  });

  it('takes a rater back out of a cell exactly: the cell before them, nothing where they were alone, and never below zero', () => {
    const ratings = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(ratings, { maxLength: 6 }), ratings, fc.boolean(), (others, theirs, interview) => {
        const before = sumCells(others.map((values) => cellFromRatings(values)));
        const part = interview ? { ...cellFromRatings(theirs), interviews: 1 } : cellFromRatings(theirs);
        const left = subtractCells(addCells(before, part), part);
        expect(left).toEqual(others.length === 0 ? null : before);
      }),
    );
    const alone = cellFromRatings([4]);
    expect(() => subtractCells(alone, cellFromRatings([2]))).toThrow(RangeError);
    expect(() => subtractCells(alone, { ...cellFromRatings([4]), interviews: 1 })).toThrow(RangeError);
    expect(() => subtractCells(alone, sumCells([cellFromRatings([4]), cellFromRatings([4])]))).toThrow(RangeError);
  });

  it('agrees with the reference on any ratings', () => {
    const raters = fc.array(fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 4 }), { minLength: 1, maxLength: 4 }), { maxLength: 12 });
    fc.assert(
      fc.property(raters, (answers) => {
        const cell = pooled(answers);
        const all = answers.flat().filter((value): value is number => value !== null);
        const n = answers.filter((rater) => rater.some((value) => value !== null)).length;
        expect(cell.raters).toBe(n);
        expect(cell.ratings).toBe(all.length);
        if (all.length === 0) expect(cellMean(cell)).toBeNull();
        else expect(cellMean(cell)).toBeCloseTo(ref.mean(all), 10);
        if (all.length >= 2) expect(cellSampleSd(cell)).toBeCloseTo(ref.sd(all), 10);
        else expect(cellSampleSd(cell)).toBeNull();
        if (n >= 2) expect(cellRwg(cell, 5)).toBeCloseTo(ref.rwg(all, 5), 10);
        else expect(cellRwg(cell, 5)).toBeNull();
        expect(Object.values(cell.histogram).reduce((total, count) => total + count, 0)).toBe(all.length);
      }),
      { numRuns: 300 },
    );
  });
});
