import { distributionChart } from './distribution.chart';

const values = (counts: number[]) =>
  counts.map((count, index) => ({ value: String(index + 1), label: ['Rarely', 'Sometimes', 'Often', 'Usually', 'Almost always'][index], count }));
const heights = (markup: string): Record<string, number> =>
  Object.fromEntries(
    [...markup.matchAll(/<rect data-value="([^"]+)" data-count="\d+" x="[^"]+" y="[^"]+" width="[^"]+" height="([^"]+)"/g)].map((match) => [
      match[1],
      Number(match[2]),
    ]),
  );

describe('distributionChart', () => {
  it('draws one column per rated value, heights in proportion to the counts', () => {
    const markup = distributionChart({ id: 'dist-0', title: 'Ratings', values: values([0, 1, 2, 4, 0]) });
    const drawn = heights(markup);
    expect(Object.keys(drawn)).toEqual(['2', '3', '4']);
    expect(drawn['4']).toBe(28);
    expect(drawn['3']).toBe(14);
    expect(drawn['2']).toBe(7);
  });

  it('writes every count, zeros included, and says them all in its description', () => {
    const markup = distributionChart({ id: 'dist-0', title: 'Ratings', values: values([0, 1, 2, 4, 0]) });
    expect([...markup.matchAll(/text-anchor="middle" fill="#1d2433">(\d+)<\/text>/g)].map((match) => match[1])).toEqual(['0', '1', '2', '4', '0']);
    expect(markup).toContain('Rarely (1): 0, Sometimes (2): 1, Often (3): 2, Usually (4): 4, Almost always (5): 0.');
    expect(markup).toContain('role="img"');
  });

  it('draws nothing for a scale nobody used, without dividing by zero', () => {
    expect(heights(distributionChart({ id: 'dist-1', title: 'Ratings', values: values([0, 0, 0, 0, 0]) }))).toEqual({});
  });

  it('escapes its title and labels', () => {
    const markup = distributionChart({ id: 'dist-2', title: 'Ratings of <script>', values: [{ value: '1', label: '<i>', count: 1 }] });
    expect(markup).not.toMatch(/<script|<i>/);
  });
});
