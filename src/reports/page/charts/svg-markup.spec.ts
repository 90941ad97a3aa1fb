import { escapeXml, finishChart, svg, type SvgFragment, wrapLabel } from './svg-markup';

describe('svg markup', () => {
  it('escapes every interpolated string, attribute or text alike', () => {
    const label = `"><script>alert('x')</script>&`;
    const markup = svg`<text title="${label}">${label}</text>`.markup;
    expect(markup).toBe(
      '<text title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;">&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;</text>',
    );
    expect(escapeXml('a < b')).toBe('a &lt; b');
  });

  it('keeps fragments it built as markup, and refuses look-alikes', () => {
    const inner = svg`<b>${'<i>'}</b>`;
    expect(svg`<g>${inner}${[inner, inner]}</g>`.markup).toBe('<g><b>&lt;i&gt;</b><b>&lt;i&gt;</b><b>&lt;i&gt;</b></g>');
    const forged = { markup: '<script>x</script>' } as SvgFragment;
    expect(() => svg`<g>${forged}</g>`).toThrow('must come from the svg template');
  });

  it('rounds coordinates and refuses numbers that are not finite', () => {
    expect(svg`<rect width="${1 / 3}"/>`.markup).toBe('<rect width="0.33"/>');
    expect(() => svg`<rect width="${Number.NaN}"/>`).toThrow('not a finite number');
  });

  it('gives a finished chart role="img", a title and a description, both escaped', () => {
    const chart = finishChart({ id: 'demo', width: 10, height: 10, title: 'Scores & <gaps>', description: 'For "Alex"', body: svg`<g/>` });
    expect(chart).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="demo-title demo-desc"/);
    expect(chart).toContain('<title id="demo-title">Scores &amp; &lt;gaps&gt;</title>');
    expect(chart).toContain('<desc id="demo-desc">For &quot;Alex&quot;</desc>');
    expect(() => finishChart({ id: 'a"b', width: 1, height: 1, title: '', description: '', body: svg`` })).toThrow('chart id');
  });

  it('wraps labels at spaces and shortens what does not fit', () => {
    expect(wrapLabel('Communication and listening', 16)).toEqual(['Communication', 'and listening']);
    expect(wrapLabel('Short', 16)).toEqual(['Short']);
    expect(wrapLabel('one two three four five six', 8, 2)).toEqual(['one two', 'three f…']);
  });
});
