import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageContext, pageReport, SCRIPT } from '../../../test/factories/report-page.factory';
import { compileTemplates } from '../../common/template-renderer';
import { toReportPageView } from './report-page.view';

const TEMPLATES = join(__dirname, 'templates');
const render = compileTemplates(TEMPLATES);
const html = render('report', toReportPageView(pageReport(), pageContext()));

describe('the report page template', () => {
  it('has every section, in the order a coach presents them', () => {
    const ids = [...html.matchAll(/<h2 id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids).toEqual([
      'contents-title',
      'how-to-read',
      'raters',
      'priorities',
      'overview',
      'theme-table',
      'themes',
      'highlights',
      'suggestions',
      'emergent',
      'other-comments',
    ]);
    expect(html.indexOf('<h1 id="cover-title">Alex Morgan</h1>')).toBeGreaterThan(0);
    // The cover names the version once: "Version 2", not "Version Version 2".
    expect(html).toContain('<dt>Version</dt><dd>2</dd>');
    expect(html).not.toMatch(/Version\s*(<[^>]+>\s*)*Version/);
    expect(html.indexOf('role="note"')).toBeLessThan(html.indexOf('id="how-to-read"'));
    expect(html).toContain('2 newer answers are not included in this version yet.');
    expect(html).toContain('<footer class="anonymity">');
  });

  it('marks a comment in another language with its language, for the reader and for screen readers', () => {
    const page = render(
      'report',
      toReportPageView(
        pageReport({
          unthemedComments: [{ text: 'Doit déléguer davantage aux équipes.', bucket: null, sentiment: 'positive', language: 'fr' }],
          commentsNotThemedForLanguage: 1,
        }),
        pageContext(),
      ),
    );
    expect(page).toContain('<q lang="fr">Doit déléguer davantage aux équipes.</q> <span class="source language">in French, not themed</span>');
    expect(page).toContain('1 comment is written in French, which comment theming cannot read');
    expect(html).not.toContain('not themed');
  });

  it('prints user text as text: a comment with markup, a theme title with < and &', () => {
    expect(html).not.toMatch(/<script|<img|onerror="/i);
    expect(html).toContain('<q>&lt;script&gt;window.__pwned&#x3D;1&lt;/script&gt;&lt;img src&#x3D;x onerror&#x3D;&quot;window.__pwned&#x3D;1&quot;&gt;</q>');
    expect(html).toContain('Communication &amp; &lt;listening&gt;');
    expect(html).not.toContain('<listening>');
    expect(html).not.toContain('<decisions>');
    expect(SCRIPT).toContain('<script>');
  });

  it('outputs raw markup only for chart SVG, never for a field that could hold user text', () => {
    const sources = [join(TEMPLATES, 'report.hbs'), ...readdirSync(join(TEMPLATES, 'partials')).map((file) => join(TEMPLATES, 'partials', file))];
    const raw = sources.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\{\{\{\s*([^}\s]+)\s*\}\}\}|\{\{&\s*([^}\s]+)/g)].map((match) => match[1] ?? match[2]),
    );
    expect(raw).toEqual(['overview.barsSvg', 'overview.gapsSvg', 'distribution.chartSvg', 'distribution.chartSvg']);
    expect(raw.every((field) => /Svg$/.test(field))).toBe(true);
  });

  it('draws a hidden figure as a dash that says "not shown", never as 0', () => {
    const row = html.slice(
      html.indexOf('<th scope="row">Explains &lt;decisions&gt;.</th>'),
      html.indexOf('</tr>', html.indexOf('Explains &lt;decisions&gt;.')),
    );
    const dashes = row.match(/<span aria-hidden="true">—<\/span><span class="visually-hidden">not shown<\/span>/g) ?? [];
    expect(dashes).toHaveLength(6);
    expect(row).not.toMatch(/>0(\.00)?</);
  });

  it('refers to nothing outside the page: no scripts, fonts, images or style sheets from elsewhere', () => {
    expect(html).not.toMatch(/<link rel="stylesheet"|@import|url\(|<script|src="/);
    expect([...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]).filter((href) => !href.startsWith('#') && !href.startsWith('/coach/'))).toEqual([
      'data:,',
    ]);
  });

  it('offers the PDF and sign-out on screen, and neither in the PDF', () => {
    expect(html).toContain('<a class="button" href="/coach/campaigns/6f1c0d7e-0000-4000-8000-000000000000/report.pdf?version&#x3D;2">Download PDF</a>');
    expect(html).toContain('action="/coach/logout"');
    const printed = render('report', toReportPageView(pageReport(), pageContext({ links: { pdf: null, signOut: null, campaign: null } })));
    expect(printed).not.toContain('Download PDF');
    expect(printed).not.toContain('<form');
  });

  it('escapes the leader in the PDF footer and leaves the page number slots to Chromium', () => {
    const footer = render('pdf-footer', { leader: 'Alex <b>Morgan</b>', version: 'Version 2' });
    expect(footer).toContain('Alex &lt;b&gt;Morgan&lt;/b&gt; · 360° feedback report · Version 2 · Confidential');
    expect(footer).toContain('Page <span class="pageNumber"></span> of <span class="totalPages"></span>');
  });

  it('renders a report with nothing in it yet', () => {
    const empty = render(
      'report',
      toReportPageView(
        pageReport({
          themes: [],
          items: [],
          priorities: [],
          itemHighlights: { top: [], bottom: [], selfHigher: [], othersHigher: [], mixedViews: [] },
          emergentTopics: [],
          unthemedComments: [],
          suggestionsByTheme: { start: [], stop: [], continue: [] },
        }),
        pageContext(),
      ),
    );
    expect(empty).toContain('No priorities yet');
    expect(empty).toContain('No themes were rated yet.');
    expect(empty).toContain('No emergent topics in this report.');
    expect(empty).toContain('No other comments.');
  });
});
