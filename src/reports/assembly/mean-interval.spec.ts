import { gapReading, meanInterval } from './mean-interval';

describe('meanInterval', () => {
  it('is the 90 % t-interval over raters, from the published mean and sd', () => {
    // t(0.95, 3) = 2.353: 3 ± 2.353 × 1 / √4.
    expect(meanInterval({ n: 4, mean: 3, sd: 1 })).toEqual([1.82, 4.18]);
    // t(0.95, 29) = 1.699: 4.1 ± 1.699 × 0.6 / √30.
    expect(meanInterval({ n: 30, mean: 4.1, sd: 0.6 })).toEqual([3.91, 4.29]);
  });

  it('has none with one rater, or without a spread', () => {
    expect(meanInterval({ n: 1, mean: 3, sd: null })).toBeNull();
    expect(meanInterval({ n: 5, mean: 3, sd: null })).toBeNull();
  });

  it('narrows as more raters agree', () => {
    const few = meanInterval({ n: 3, mean: 3, sd: 1 }) as [number, number];
    const many = meanInterval({ n: 12, mean: 3, sd: 1 }) as [number, number];
    expect(many[1] - many[0]).toBeLessThan(few[1] - few[0]);
  });
});

describe('gapReading', () => {
  it('relies on a gap whose interval excludes no gap at all and that reaches a third of a point', () => {
    // t(0.95, 9) = 1.833: 1.5 ± 1.833 × 0.8 / √10.
    expect(gapReading(1.5, { n: 10, mean: 2.5, sd: 0.8 })).toEqual({ interval: [1.04, 1.96], reliable: true });
    expect(gapReading(-0.9, { n: 10, mean: 4, sd: 0.5 })).toEqual({ interval: [-1.19, -0.61], reliable: true });
  });

  it('does not rely on a gap whose interval includes 0, or one smaller than a third of a point', () => {
    expect(gapReading(1.5, { n: 3, mean: 2.5, sd: 1.2 })).toEqual({ interval: [-0.52, 3.52], reliable: false });
    expect(gapReading(0.32, { n: 40, mean: 3, sd: 0.2 }).reliable).toBe(false);
    expect(gapReading(0.33, { n: 40, mean: 3, sd: 0.2 }).reliable).toBe(true);
  });

  it('cannot rely on a gap to one other rater, and has nothing to say without a gap', () => {
    expect(gapReading(2, { n: 1, mean: 2, sd: null })).toEqual({ interval: null, reliable: false });
    expect(gapReading(null, { n: 5, mean: 2, sd: 1 })).toEqual({ interval: null, reliable: null });
    expect(gapReading(1, null)).toEqual({ interval: null, reliable: null });
  });
});
