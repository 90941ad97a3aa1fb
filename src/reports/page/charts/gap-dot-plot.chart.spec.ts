import { dotX, gapDotPlot, type GapRow } from './gap-dot-plot.chart';

const scale = { min: 1, max: 5, labels: ['Rarely', 'Sometimes', 'Often', 'Usually', 'Almost always'] };

function plot(rows: GapRow[]): string {
  return gapDotPlot({ id: 'gaps', title: 'Self and others', description: 'Gap per theme', scale, selfLabel: 'Self', othersLabel: 'All others', rows });
}

const marks = (markup: string, kind: 'others' | 'self'): string[] =>
  kind === 'others'
    ? [...markup.matchAll(/<circle class="others" cx="([^"]+)"/g)].map((match) => match[1])
    : [...markup.matchAll(/<path class="self" d="M([^ ]+) /g)].map((match) => match[1]);

describe('gapDotPlot', () => {
  it('places self and others on the scale and writes the gap', () => {
    const markup = plot([{ title: 'Communication', self: 4.5, others: 3, gap: 1.5, note: 'blind spot' }]);
    expect(markup).toContain('role="img"');
    expect(marks(markup, 'others')).toEqual([String(dotX(3, scale))]);
    expect(marks(markup, 'self')).toEqual([String(dotX(4.5, scale))]);
    expect(markup).toContain('>+1.50</text>');
    expect(markup).toContain('>blind spot</text>');
    expect(markup).toMatch(new RegExp(`<line x1="${dotX(3, scale)}" y1="[^"]+" x2="${dotX(4.5, scale)}"`));
  });

  it('maps the scale ends to the plot ends, proportionally between', () => {
    expect(dotX(3, scale) - dotX(1, scale)).toBeCloseTo((dotX(5, scale) - dotX(1, scale)) / 2, 6);
  });

  it('draws no mark and no gap for figures the report does not show', () => {
    const markup = plot([
      { title: 'Vision', self: 4, others: null, gap: null, note: null },
      { title: 'Composure', self: null, others: 3.2, gap: null, note: null },
    ]);
    expect(marks(markup, 'others')).toEqual([String(dotX(3.2, scale))]);
    expect(marks(markup, 'self')).toEqual([String(dotX(4, scale))]);
    expect(markup).toContain('<title>All others: not shown</title>— not shown');
    expect(markup).not.toMatch(/class="gap"/);
    expect(markup).not.toMatch(/<line x1="[^"]+" y1="[^"]+" x2="[^"]+" y2="[^"]+" stroke="#4a5468" stroke-width="2.5"/);
  });

  it('escapes theme titles and notes', () => {
    const markup = plot([{ title: '<img src=x onerror=alert(1)>', self: 3, others: 3, gap: 0, note: '<b>' }]);
    expect(markup).not.toContain('<img');
    expect(markup).not.toContain('<b>');
    expect(markup).toContain('>&lt;img src=x</tspan>');
    expect(markup).toContain('>onerror=alert(1)&gt;</tspan>');
  });
});
