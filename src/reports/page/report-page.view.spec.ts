import { pageContext, pageReport } from '../../../test/factories/report-page.factory';
import { reportFactory } from '../../../test/factories/report.factory';
import { toReportPageView, withoutLeadingTitle } from './report-page.view';

describe('toReportPageView', () => {
  const view = toReportPageView(pageReport(), pageContext());

  it('names the leader, the survey and the version with its date on the cover', () => {
    expect(view).toMatchObject({
      leader: 'Alex Morgan',
      surveyTitle: 'Leadership 360',
      version: { label: 'Version 2', number: '2', date: '12 March 2026', status: 'Not yet released to the leader.' },
    });
    const released = toReportPageView(
      pageReport({ version: { number: 3, createdAt: '2026-03-12T09:30:00Z', releasedAt: '2026-03-14T08:00:00Z' } }),
      pageContext(),
    );
    expect(released.version.status).toBe('Released to the leader on 14 March 2026.');
    const draft = toReportPageView(pageReport({ version: null }), pageContext());
    expect(draft.version).toMatchObject({ label: 'Working draft', number: 'Working draft', date: '20 March 2026' });
  });

  it('announces answers not yet in this version, and only when there are some', () => {
    expect(view.pending).toEqual({
      headline: '2 newer answers are not included in this version yet.',
      notes: ['2 newer answers from Peers: a new version needs at least 3 new answers of a group.'],
    });
    expect(toReportPageView(pageReport({ pending: { answers: 0, unfolded: 0, notes: [], canPublish: false } }), pageContext()).pending).toBeNull();
    expect(toReportPageView(pageReport({ pending: null }), pageContext()).pending).toBeNull();
  });

  it('says how many answers are still being added, once, as the headline when the version leaves out nothing else', () => {
    const closed = [
      '3 answers are still being added to the report.',
      'The campaign is closed: the next version waits until they are all added, so that it leaves none of them out.',
    ];
    const folding = toReportPageView(pageReport({ pending: { answers: 0, unfolded: 3, notes: [closed.join(' ')], canPublish: false } }), pageContext());
    expect(folding.pending).toEqual({ headline: closed[0], notes: [closed[1]] });
    const open = toReportPageView(
      pageReport({ pending: { answers: 0, unfolded: 1, notes: ['1 answer is still being added to the report.'], canPublish: false } }),
      pageContext(),
    );
    expect(open.pending).toEqual({ headline: '1 answer is still being added to the report.', notes: [] });
    const both = toReportPageView(
      pageReport({ pending: { answers: 2, unfolded: 1, notes: ['1 answer is still being added to the report.'], canPublish: false } }),
      pageContext(),
    );
    expect(both.pending).toEqual({
      headline: '2 newer answers are not included in this version yet.',
      notes: ['1 answer is still being added to the report.'],
    });
  });

  it('has a column per shown bucket between self and all others, and none for a hidden bucket', () => {
    expect(view.columns).toEqual(['Self', 'Manager', 'Peers and others', 'All others']);
    expect(view.themeTableSpan).toBe(7);
    expect(view.howToRead.columns.map((column) => column.explanation)).toEqual([
      "Alex Morgan's own ratings.",
      'Identified, not anonymous (1 answer).',
      'Anonymous (5 answers).',
      'Everyone but the leader, every group together, including any group too small to be shown on its own.',
    ]);
    expect(toReportPageView(pageReport({ raterOverview: { self: null, buckets: [], notes: [] } }), pageContext()).columns[0]).toBe('Manager');
  });

  it('prints figures the JSON shows, and null for those it hides, never 0', () => {
    const [communication] = view.themeRows;
    expect(communication.cells.map((entry) => entry.text)).toEqual(['4.50', '2.50', null, '3.08']);
    expect(communication).toMatchObject({
      gap: { text: '+1.42' },
      agreement: { text: '0.76' },
      classification: { label: 'Blind spot', css: 'c-blind-spot' },
      reason: 'Self 4.50 vs others 3.08: a gap of +1.42 exceeds 1.33.',
    });
    const [listens, explains] = view.themes[0].items;
    expect(listens.cells.map((entry) => entry.text)).toEqual(['5.00', '2.00', null, '2.40']);
    expect(explains.cells.map((entry) => entry.text)).toEqual([null, null, null, null]);
    expect(explains.agreement.text).toBeNull();
    expect(explains.distribution).toBeNull();
    expect(view.themes[1].gap.text).toBe('-0.10');
  });

  it("draws all others' distribution of an item, every scale value counted", () => {
    const chart = view.themes[0].items[0].distribution?.chartSvg ?? '';
    expect(chart).toContain('Rarely (1): 1, Sometimes (2): 2, Often (3): 2, Usually (4): 0, Almost always (5): 0.');
    const ids = [...view.themes.flatMap((theme) => theme.items), ...view.highlights.flatMap((list) => list.rows)].flatMap((row) =>
      row.distribution ? [/id="([^"]+)-title"/.exec(row.distribution.chartSvg)?.[1]] : [],
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("splits a theme's comments into what works and what to work on, naming only shown groups", () => {
    expect(view.themes[0].works).toEqual([
      { text: 'Explains the why.', source: 'Peers and others', language: null },
      { text: expect.stringContaining('<script>'), source: null, language: null },
    ]);
    expect(view.themes[0].workOn).toEqual([
      { text: 'Interrupts in meetings.', source: 'Manager', language: null },
      { text: 'I should listen more.', source: 'Self', language: null },
    ]);
    const hiddenLabel = toReportPageView(pageReport({ unthemedComments: [{ text: 'x', bucket: 'direct_report', sentiment: 'positive' }] }), pageContext());
    expect(hiddenLabel.otherComments).toEqual([{ text: 'x', source: null, language: null }]);
  });

  it('gives each priority its reason without repeating the title, its evidence and its quotes', () => {
    expect(view.priorities[0]).toMatchObject({
      rank: 1,
      anchor: 'theme-1',
      reason: 'A blind spot: the leader rates this theme higher than others do.',
      evidence: [
        { label: 'All others', value: '3.08' },
        { label: 'Self', value: '4.50' },
        { label: 'Gap', value: '+1.42' },
        { label: 'Agreement (rwg)', value: '0.76' },
        { label: 'Comments', value: '4' },
      ],
      quotes: ['Interrupts in meetings.'],
    });
    expect(view.priorities[1].evidence.map((entry) => entry.value)).toEqual(['4.10', 'no self-rating', 'none', 'unknown', '0']);
    expect(withoutLeadingTitle('Other: text', 'Vision')).toBe('Other: text');
  });

  it('lists who answered per bucket, a hidden one as counted only within all others', () => {
    expect(view.raters.rows).toEqual([
      { label: 'Self (Alex Morgan)', invited: 1, responded: 1, rate: '100%', note: null },
      { label: 'Manager', invited: 1, responded: 1, rate: '100%', note: null },
      { label: 'Peers and others', invited: 6, responded: 5, rate: '83%', note: null },
      { label: 'Direct reports', invited: 4, responded: 2, rate: '50%', note: 'Counted only within all others' },
    ]);
    expect(view.raters.total).toMatchObject({ invited: 12, responded: 9, rate: '75%' });
  });

  it('gives no response rate above 100 % where the coach’s interviews make more answers than invitations, and says why', () => {
    const report = pageReport();
    const overview = (buckets: { label: string; invited: number; responded: number; shown: boolean }[]) =>
      toReportPageView(
        { ...report, raterOverview: { ...report.raterOverview, self: null, buckets: buckets.map((bucket, index) => ({ id: `b${index}`, ...bucket })) } },
        pageContext(),
      ).raters;
    const raters = overview([
      { label: 'Peers', invited: 3, responded: 4, shown: true },
      { label: 'Direct reports', invited: 0, responded: 3, shown: true },
      { label: 'Others', invited: 2, responded: 1, shown: false },
    ]);
    expect(raters.rows.map((row) => [row.label, row.rate, row.note])).toEqual([
      ['Peers', null, 'Includes interviews the coach held'],
      ['Direct reports', null, 'Includes interviews the coach held'],
      ['Others', '50%', 'Counted only within all others'],
    ]);
    expect(raters.total).toMatchObject({ invited: 5, responded: 8, rate: null, note: 'Includes interviews the coach held' });
    expect(overview([{ label: 'Peers', invited: 4, responded: 4, shown: true }]).rows[0]).toMatchObject({ rate: '100%', note: null });
  });

  it('explains the thresholds and classification rules from the survey', () => {
    expect(view.howToRead.rules[0]).toContain(
      'Peers, Direct reports and Others answer anonymously. A figure from an anonymous group is shown only when at least 3 people of it answered',
    );
    expect(view.howToRead.rules.join(' ')).toContain('more than 1.33 above');
    expect(view.howToRead.scale).toEqual(
      [1, 2, 3, 4, 5].map((value, index) => ({ value, label: ['Rarely', 'Sometimes', 'Often', 'Usually', 'Almost always'][index] })),
    );
  });

  it('counts start/stop/continue suggestions by theme and names a cluster of similar ones', () => {
    expect(view.suggestions.map((kind) => [kind.heading, kind.total])).toEqual([
      ['Start', '2 suggestions'],
      ['Stop', '0 suggestions'],
      ['Continue', '1 suggestion'],
    ]);
    expect(view.suggestions[0].themes).toEqual([
      {
        title: 'Communication & <listening>',
        count: 2,
        clusters: [{ texts: ['Start delegating.', 'Start delegating whole projects.'], count: 2, countLabel: '2 similar suggestions' }],
      },
    ]);
    expect(view.suggestions[2].themes[0].clusters[0].countLabel).toBeNull();
  });

  it('notes the language of comments theming cannot read, and says how many were left without a theme for it', () => {
    const french = { text: 'Doit déléguer davantage aux équipes.', bucket: 'peer+other', sentiment: 'positive' as const, language: 'fr' };
    const withFrench = toReportPageView(
      pageReport({
        unthemedComments: [french, { text: 'Kind to everyone.', bucket: null, sentiment: 'positive' }],
        startStopContinue: { start: [{ text: 'Commencer à déléguer les décisions.', themeIds: [], bucket: null, language: 'fr' }], stop: [], continue: [] },
        commentsNotThemedForLanguage: 2,
      }),
      pageContext(),
    );
    expect(withFrench.otherComments).toEqual([
      { text: french.text, source: 'Peers and others', language: { code: 'fr', name: 'French' } },
      { text: 'Kind to everyone.', source: null, language: null },
    ]);
    expect(withFrench.notThemedForLanguage).toBe(
      '2 comments are written in French, which comment theming cannot read: they were given no theme, and are listed here or among the suggestions with their language.',
    );
    expect(view.notThemedForLanguage).toBeNull();
    // A version cut before languages were told apart says nothing of them.
    expect(toReportPageView(pageReport({ commentsNotThemedForLanguage: undefined }), pageContext()).notThemedForLanguage).toBeNull();
  });

  it('keeps emergent topics, other comments and item highlights', () => {
    expect(view.emergentTopics).toEqual([
      { label: 'Office move', keywords: 'office, move', comments: [{ text: 'The office move was handled badly.', source: null, language: null }] },
    ]);
    expect(view.otherComments).toEqual([{ text: 'Kind to everyone.', source: 'Peers and others', language: null }]);
    expect(view.highlights.map((list) => [list.title, list.rows.length, list.showsDistribution])).toEqual([
      ['Rated highest by others', 1, false],
      ['Rated lowest by others', 1, false],
      ['The leader rates higher than others', 1, false],
      ['Others rate higher than the leader', 0, false],
      ['Mixed views', 1, true],
    ]);
    expect(view.highlights[4].rows[0]).toMatchObject({
      theme: 'Communication & <listening>',
      others: { text: '2.40' },
      self: { text: '5.00' },
      gap: { text: '+2.60' },
      agreement: { text: '0.20' },
    });
    expect(view.highlights[4].rows[0].distribution).not.toBeNull();
  });

  it('makes a page of a report with nothing in it yet', () => {
    const empty = toReportPageView(reportFactory(), pageContext());
    expect(empty.overview).toBeNull();
    expect(empty.priorities).toEqual([]);
    expect(empty.raters.total).toMatchObject({ invited: 0, responded: 0, rate: null });
  });
});
