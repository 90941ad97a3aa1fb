import { byTenths } from './embedding-progress';

describe('byTenths', () => {
  const reports = (steps: [number, number][]): [number, number][] => {
    const seen: [number, number][] = [];
    const progress = byTenths((embedded, total) => seen.push([embedded, total]));
    for (const [embedded, total] of steps) progress(embedded, total);
    return seen;
  };

  it('reports the first step past each tenth, once, and the end', () => {
    const steps = Array.from({ length: 40 }, (_, index): [number, number] => [(index + 1) * 32, 1280]);
    expect(reports(steps).map(([embedded]) => embedded)).toEqual([128, 256, 384, 512, 640, 768, 896, 1024, 1152, 1280]);
  });

  it('reports a step that jumps over several tenths once, and nothing before the first tenth', () => {
    expect(
      reports([
        [5, 100],
        [35, 100],
        [36, 100],
        [100, 100],
      ]),
    ).toEqual([
      [35, 100],
      [100, 100],
    ]);
  });

  it('reports an empty embedding as done', () => {
    expect(reports([[0, 0]])).toEqual([[0, 0]]);
  });
});
