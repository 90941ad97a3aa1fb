import { OTHERS_STYLE, SELF_STYLE, bucketStyle } from './chart-palette';
import { barX, type ThemeBarsInput, themeBarsChart } from './theme-bars.chart';

const scale = { min: 1, max: 5, labels: ['Rarely', 'Sometimes', 'Often', 'Usually', 'Almost always'] };
const series = [
  { key: 'self', label: 'Self', style: SELF_STYLE },
  { key: 'boss', label: 'Manager', style: bucketStyle(0) },
  { key: 'others', label: 'All others', style: OTHERS_STYLE },
];

function chart(themes: ThemeBarsInput['themes']): string {
  return themeBarsChart({ id: 'themes', title: 'Themes by rater group', description: 'Mean rating per theme', scale, series, themes });
}

const barsOf = (markup: string): { series: string; value: string; width: number }[] =>
  [...markup.matchAll(/<rect data-series="([^"]+)" data-value="([^"]+)" x="[^"]+" y="[^"]+" width="([^"]+)"/g)].map((match) => ({
    series: match[1],
    value: match[2],
    width: Number(match[3]),
  }));

describe('themeBarsChart', () => {
  it('draws one bar per theme and rater group, labelled with its figure', () => {
    const markup = chart([
      { title: 'Vision', values: { self: 4.5, boss: 4, others: 3.25 } },
      { title: 'Composure', values: { self: 3, boss: 2, others: 4 } },
    ]);
    expect(markup.startsWith('<svg')).toBe(true);
    expect(markup).toContain('role="img"');
    expect(barsOf(markup).map((bar) => `${bar.series}=${bar.value}`)).toEqual([
      'self=4.50',
      'boss=4.00',
      'others=3.25',
      'self=3.00',
      'boss=2.00',
      'others=4.00',
    ]);
    expect(markup).toContain('>3.25</text>');
    expect(markup).toContain('>Manager</text>');
  });

  it('scales bar lengths linearly from the bottom of the scale', () => {
    const bars = barsOf(chart([{ title: 'Vision', values: { self: 1, boss: 3, others: 5 } }]));
    const full = barX(5, scale) - barX(1, scale);
    expect(bars.map((bar) => bar.width)).toEqual([0, full / 2, full].map((width) => Math.round(width * 100) / 100));
  });

  it('draws a figure the report does not show as absent, never as a zero bar', () => {
    const markup = chart([{ title: 'Vision', values: { self: 4, boss: null, others: 3 } }]);
    expect(barsOf(markup).map((bar) => bar.series)).toEqual(['self', 'others']);
    expect(markup).toMatch(/<text class="missing" data-series="boss"[^>]*><title>Manager: not shown<\/title>— not shown<\/text>/);
  });

  it('treats a group missing from the values like a hidden one', () => {
    expect(barsOf(chart([{ title: 'Vision', values: { others: 3 } }])).map((bar) => bar.series)).toEqual(['others']);
  });

  it('escapes theme titles and series labels', () => {
    const markup = themeBarsChart({
      id: 'x',
      title: 't',
      description: 'd',
      scale,
      series: [{ key: 'peer', label: 'Peers <b>', style: bucketStyle(1) }],
      themes: [{ title: '<script>alert(1)</script>', values: { peer: 3 } }],
    });
    expect(markup).not.toContain('<script>');
    expect(markup).not.toContain('<b>');
    expect(markup).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(markup).toContain('Peers &lt;b&gt;');
  });

  it('textures every series but the plain "all others" with vector marks, and names every scale point', () => {
    const markup = chart([{ title: 'Vision', values: { self: 4, boss: 4, others: 4 } }]);
    expect(markup).not.toContain('<pattern');
    // Legend and bar for self (stripes) and the manager (dots); none for all others.
    expect(markup.match(/<path d="M[^"]+" fill="none" stroke="#ffffff"/g)).toHaveLength(4);
    expect(markup).toContain(`fill="${SELF_STYLE.colour}"`);
    expect(markup).toContain(`fill="${OTHERS_STYLE.colour}"`);
    for (const label of scale.labels) expect(markup).toContain(`>${label}</text>`);
  });
});
