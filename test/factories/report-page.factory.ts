import { comment, priorityFactory, reportFactory, reportThemeFactory as theme, suggestion } from './report.factory';
import type { ItemScoreCell, Report, ScoreCell } from '../../src/reports/assembly/report.types';
import type { PageContext } from '../../src/reports/page/report-page.view';
import { FIVE_GROUPS, FIVE_POINT_CLASSIFICATION } from './survey.factory';

/** Shared by the page's unit tests: a small report with every kind of section, hidden cells included. */
export const cell = (mean: number, n = 5): ScoreCell => ({ n, ratings: n * 3, mean, sd: 0.5, ci90: null });
export const itemCell = (mean: number, distribution: Record<string, number>, rwg: number | null = 0.8): ItemScoreCell => ({
  n: 5,
  ratings: 5,
  mean,
  sd: 0.5,
  ci90: null,
  rwg,
  distribution,
});

export const SCRIPT = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">';

export function pageReport(overrides: Partial<Report> = {}): Report {
  return reportFactory({
    aggregatedResponses: 11,
    version: { number: 2, createdAt: '2026-03-12T09:30:00.000Z', releasedAt: null },
    pending: { answers: 2, unfolded: 0, notes: ['2 newer answers from Peers: a new version needs at least 3 new answers of a group.'], canPublish: false },
    raterOverview: {
      self: { invited: 1, responded: 1 },
      buckets: [
        { id: 'boss', label: 'Manager', invited: 1, responded: 1, shown: true },
        { id: 'peer+other', label: 'Peers and others', invited: 6, responded: 5, shown: true },
        { id: 'direct_report', label: 'Direct reports', invited: 4, responded: 2, shown: false },
      ],
      notes: ['Peers and others are shown together so that no group of fewer than 3 can be singled out.'],
    },
    buckets: [
      { id: 'boss', label: 'Manager', groups: ['boss'], responses: 1, shown: true, anonymous: false },
      { id: 'peer+other', label: 'Peers and others', groups: ['peer', 'other'], responses: 5, shown: true, anonymous: true },
      { id: 'direct_report', label: 'Direct reports', groups: ['direct_report'], responses: 2, shown: false, anonymous: true },
    ],
    mergeNotes: ['Peers and others are shown together so that no group of fewer than 3 can be singled out.'],
    themes: [
      theme({
        id: 'communication',
        title: 'Communication & <listening>',
        scores: { boss: cell(2.5, 1), 'peer+other': null, direct_report: null, self: cell(4.5, 1), others: cell(3.08) },
        gap: 1.42,
        classification: 'blind_spot',
        classificationReason: 'Self 4.50 vs others 3.08: a gap of +1.42 exceeds 1.33.',
        agreement: 0.76,
        comments: [
          comment('Explains the why.', 'peer+other'),
          comment(SCRIPT, null),
          comment('Interrupts in meetings.', 'boss', 'constructive'),
          comment('I should listen more.', 'self', 'constructive'),
        ],
      }),
      theme({
        id: 'vision',
        title: 'Vision',
        scores: { boss: cell(4, 1), 'peer+other': cell(4.2), self: cell(4), others: cell(4.1) },
        gap: -0.1,
        classification: 'strength',
        classificationReason: 'Others 4.10, 1st of 2.',
        agreement: 0.9,
      }),
    ],
    items: [
      {
        id: 'c1',
        themeId: 'communication',
        text: 'Listens without interrupting.',
        scores: {
          boss: itemCell(2, { '2': 1 }, null),
          'peer+other': null,
          self: itemCell(5, { '5': 1 }, null),
          others: itemCell(2.4, { '1': 1, '2': 2, '3': 2, '4': 0, '5': 0 }),
        },
      },
      { id: 'c2', themeId: 'communication', text: 'Explains <decisions>.', scores: { boss: null, 'peer+other': null, self: null, others: null } },
      {
        id: 'v1',
        themeId: 'vision',
        text: 'Describes where the team is heading.',
        scores: {
          boss: itemCell(4, { '4': 1 }, null),
          'peer+other': itemCell(4.2, { '4': 4, '5': 1 }),
          self: itemCell(4, { '4': 1 }, null),
          others: itemCell(4.17, { '4': 5, '5': 1 }),
        },
      },
    ],
    itemHighlights: {
      top: [
        {
          itemId: 'v1',
          themeId: 'vision',
          text: 'Describes where the team is heading.',
          others: 4.17,
          self: 4,
          gap: -0.17,
          rwg: 0.9,
          distribution: { '4': 5, '5': 1 },
        },
      ],
      bottom: [
        {
          itemId: 'c1',
          themeId: 'communication',
          text: 'Listens without interrupting.',
          others: 2.4,
          self: 5,
          gap: 2.6,
          rwg: 0.2,
          distribution: { '1': 1, '2': 2, '3': 2, '4': 0, '5': 0 },
        },
      ],
      selfHigher: [
        { itemId: 'c1', themeId: 'communication', text: 'Listens without interrupting.', others: 2.4, self: 5, gap: 2.6, rwg: 0.2, distribution: null },
      ],
      othersHigher: [],
      mixedViews: [
        {
          itemId: 'c1',
          themeId: 'communication',
          text: 'Listens without interrupting.',
          others: 2.4,
          self: 5,
          gap: 2.6,
          rwg: 0.2,
          distribution: { '1': 1, '2': 2, '3': 2, '4': 0, '5': 0 },
        },
      ],
    },
    unthemedComments: [comment('Kind to everyone.', 'peer+other')],
    commentsNotThemedForLanguage: 0,
    emergentTopics: [{ label: 'Office move', keywords: ['office', 'move'], comments: [comment('The office move was handled badly.', null)] }],
    startStopContinue: {
      start: [suggestion('Start delegating.', ['communication']), suggestion('Start delegating whole projects.', ['communication'])],
      stop: [],
      continue: [suggestion('Continue the offsites.', [])],
    },
    suggestionsByTheme: {
      start: [
        {
          themeId: 'communication',
          title: 'Communication & <listening>',
          clusters: [{ texts: ['Start delegating.', 'Start delegating whole projects.'], count: 2 }],
        },
      ],
      stop: [],
      continue: [{ themeId: null, title: 'Other suggestions', clusters: [{ texts: ['Continue the offsites.'], count: 1 }] }],
    },
    priorities: [
      priorityFactory({
        themeId: 'communication',
        title: 'Communication & <listening>',
        classification: 'blind_spot',
        reason: 'Communication & <listening>: a blind spot: the leader rates this theme higher than others do.',
        evidence: { others: 3.08, self: 4.5, gap: 1.42, agreement: 0.76, comments: 4, quotes: ['Interrupts in meetings.'] },
      }),
      priorityFactory({
        themeId: 'vision',
        title: 'Vision',
        reason: 'Vision: one of the themes others rate lowest.',
        evidence: { others: 4.1, self: null, gap: null, agreement: null, comments: 0, quotes: [] },
      }),
    ],
    ...overrides,
  });
}

export const pageContext = (overrides: Partial<PageContext> = {}): PageContext => ({
  rules: {
    groups: FIVE_GROUPS.map((group) => ({ ...group })),
    classification: { ...FIVE_POINT_CLASSIFICATION },
    notObserved: "Not observed / don't know",
  },
  links: {
    pdf: '/coach/campaigns/6f1c0d7e-0000-4000-8000-000000000000/report.pdf?version=2',
    signOut: 'c'.repeat(64),
    campaign: '/coach/campaigns/6f1c0d7e-0000-4000-8000-000000000000',
  },
  now: new Date('2026-03-20T10:00:00.000Z'),
  ...overrides,
});
