import { surveyFactory } from '../../test/factories/survey.factory';
import { addCells, cellFromRatings, cellMean, cellRwg, cellSampleSd, emptyCell, sumCells } from './cell-statistics';
import { computeAggregateDeltas } from './response-fold';

/** Reference implementations over raw values, independent of running sums. */
const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length;
const sampleSd = (values: number[]): number => Math.sqrt(values.reduce((total, value) => total + (value - mean(values)) ** 2, 0) / (values.length - 1));

/** Each rater's ratings pooled the way the report pools a bucket: one cell per rater, added up. */
const pooled = (raters: number[][]) => sumCells(raters.map(cellFromRatings));

describe('cell statistics', () => {
  const raters = [[5, 4, 4], [3, 3], [4, 5, 5], [2]];
  const all = raters.flat();

  it('pools every rating of every rater into the mean', () => {
    const cell = pooled(raters);
    expect(cell).toMatchObject({ raters: 4, ratings: 9, sum: 35, sumSquares: all.reduce((t, v) => t + v * v, 0) });
    expect(cellMean(cell)).toBeCloseTo(mean(all), 12);
    expect(cell.histogram).toEqual({ '2': 1, '3': 2, '4': 3, '5': 3 });
  });

  it('computes the sample standard deviation with n - 1', () => {
    expect(cellSampleSd(pooled(raters))).toBeCloseTo(sampleSd(all), 12);
    expect(cellSampleSd(pooled([[4, 4], [4]]))).toBe(0);
    expect(cellSampleSd(pooled([[4]]))).toBeNull();
    expect(cellMean(emptyCell())).toBeNull();
  });

  it('measures agreement as rwg = 1 - s^2 / ((A^2 - 1) / 12), floored at 0', () => {
    const item = pooled([[4], [5], [4], [3]]);
    expect(cellRwg(item, 5)).toBeCloseTo(1 - sampleSd([4, 5, 4, 3]) ** 2 / 2, 12);
    expect(cellRwg(pooled([[3], [3], [3]]), 5)).toBe(1);
    expect(cellRwg(pooled([[1], [5], [1], [5]]), 5)).toBe(0);
    expect(cellRwg(pooled([[4]]), 5)).toBeNull();
    expect(cellRwg(pooled([[-3], [3], [0]]), 7)).toBeCloseTo(Math.max(0, 1 - sampleSd([-3, 3, 0]) ** 2 / 4), 12);
  });

  it('adds cells of disjoint groups exactly', () => {
    const a = pooled([[1, 2], [3]]);
    const b = pooled([[5], [4, 4]]);
    expect(addCells(a, b)).toEqual(pooled([[1, 2], [3], [5], [4, 4]]));
  });
});

describe('computeAggregateDeltas', () => {
  const survey = surveyFactory();

  it('adds one cell per rated item and one pooled cell per theme, skipping "not observed"', () => {
    const deltas = computeAggregateDeltas(survey, { 'communication.listens': 4, 'communication.clear': null, 'execution.commits': 2, 'execution.priorities': 5 });
    expect(deltas).toEqual([
      { scopeKind: 'item', scopeId: 'communication.listens', cell: { raters: 1, ratings: 1, sum: 4, sumSquares: 16, histogram: { '4': 1 } } },
      { scopeKind: 'theme', scopeId: 'communication', cell: { raters: 1, ratings: 1, sum: 4, sumSquares: 16, histogram: { '4': 1 } } },
      { scopeKind: 'item', scopeId: 'execution.commits', cell: { raters: 1, ratings: 1, sum: 2, sumSquares: 4, histogram: { '2': 1 } } },
      { scopeKind: 'item', scopeId: 'execution.priorities', cell: { raters: 1, ratings: 1, sum: 5, sumSquares: 25, histogram: { '5': 1 } } },
      { scopeKind: 'theme', scopeId: 'execution', cell: { raters: 1, ratings: 2, sum: 7, sumSquares: 29, histogram: { '2': 1, '5': 1 } } },
    ]);
  });

  it('adds nothing for a theme rated entirely "not observed", and never pools change ratings', () => {
    const withChange = surveyFactory();
    withChange.themes[0].items.push({ id: 'communication.change', text: 'changed?', selfText: 'changed?', kind: 'change' });
    const deltas = computeAggregateDeltas(withChange, { 'communication.change': -2, 'execution.commits': null });
    expect(deltas).toEqual([{ scopeKind: 'item', scopeId: 'communication.change', cell: { raters: 1, ratings: 1, sum: -2, sumSquares: 4, histogram: { '-2': 1 } } }]);
  });
});
