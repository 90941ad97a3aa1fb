import { cell } from '../../test/factories/program.factory';
import { reportFactory, reportThemeFactory } from '../../test/factories/report.factory';
import type { IntendedOutcome } from '../engagements/intended-outcome';
import type { ProgramGoal } from '../programs/program.types';
import type { ItemScoreCell, Report, ReportBucket } from '../reports/assembly/report.types';
import { buildReview, type PulseInput, type ReviewRoundInput } from './review-report';

const bucket = (id: string, responses: number, shown = true): ReportBucket => ({
  id,
  label: id.replace('_', ' '),
  groups: id.split('+') as ReportBucket['groups'],
  responses,
  shown,
  anonymous: id !== 'boss',
});

function changeCell(distribution: Record<string, number>): ItemScoreCell {
  const values = Object.entries(distribution).flatMap(([value, count]) => Array.from({ length: count }, () => Number(value)));
  const mean = Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100;
  return {
    n: values.length,
    ratings: values.length,
    mean,
    sd: null,
    ci90: null,
    rwg: null,
    distribution: { '-3': 0, '-2': 0, '-1': 0, '0': 0, '1': 0, '2': 0, '3': 0, ...distribution },
  };
}

function round(
  themes: Record<string, { others: number | null; boss?: number; self?: number }>,
  options: { buckets?: ReportBucket[]; change?: Record<string, ItemScoreCell | null>; self?: number } = {},
): Report {
  return reportFactory({
    aggregatedResponses: 8,
    version: { number: 1, createdAt: '2026-04-01T00:00:00.000Z', releasedAt: null },
    buckets: options.buckets ?? [bucket('boss', 1), bucket('peer', 3), bucket('direct_report', 3)],
    raterOverview: { self: { invited: 1, responded: options.self ?? 1 }, buckets: [], notes: [] },
    themes: Object.entries(themes).map(([id, scores]) =>
      reportThemeFactory({
        id,
        title: id,
        scores: {
          others: scores.others === null ? null : cell(scores.others, 7),
          ...(scores.boss ? { boss: cell(scores.boss, 1) } : {}),
          self: scores.self ? cell(scores.self, 1) : null,
        },
      }),
    ),
    items: Object.entries(options.change ?? {}).map(([themeId, changed]) => ({
      id: `${themeId}.change`,
      themeId,
      text: 'How much changed?',
      scores: { others: changed },
    })),
  });
}

const goals: ProgramGoal[] = [
  { themeId: 'communication', title: 'Communication', goal: 'Listen first', baseline: { mean: 3, n: 7 }, target: 3.6 },
  { themeId: 'developing-others', title: 'Developing others', goal: 'Delegate', baseline: { mean: 2.8, n: 7 }, target: 3.4 },
];
const outcomes: IntendedOutcome[] = [
  { text: 'Heard', indicator: { themeId: 'communication', source: 'others', measure: 'mean', operator: '>=', value: 3.5 } },
  { text: 'Boss sees delegation', indicator: { themeId: 'developing-others', source: 'boss', measure: 'change', operator: '>=', value: 1 } },
  { text: 'Everyone', indicator: { themeId: 'communication', source: 'all', measure: 'mean', operator: '>=', value: 4 } },
  { text: 'Vision', indicator: { themeId: 'vision', source: 'others', measure: 'mean', operator: '>=', value: 4 } },
  { text: 'A successor', indicator: null },
];
const scopes = {
  themes: new Map([
    ['communication', 'Communication'],
    ['developing-others', 'Developing others'],
    ['vision', 'Vision'],
  ]),
  items: new Map<string, string>(),
};
const changeItemIds = { communication: 'communication.change', 'developing-others': 'developing-others.change' };

const baseline: ReviewRoundInput = {
  campaignId: 'b',
  changeItemIds: {},
  report: round({ communication: { others: 3, boss: 3, self: 4.6 }, 'developing-others': { others: 2.8, boss: 2 }, vision: { others: 4.1 } }),
};
const midpoint: ReviewRoundInput = {
  campaignId: 'm',
  changeItemIds,
  report: round(
    { communication: { others: 3.4, boss: 3.5, self: 4.2 }, 'developing-others': { others: 2.9, boss: 2.5 } },
    { change: { communication: changeCell({ '0': 2, '1': 3, '2': 2 }), 'developing-others': null } },
  ),
};
const final: ReviewRoundInput = {
  campaignId: 'f',
  changeItemIds,
  report: round(
    { communication: { others: 3.7, boss: 4, self: 4 }, 'developing-others': { others: 3.2, boss: 3.5 } },
    {
      buckets: [bucket('boss', 1), bucket('peer+direct_report', 5)],
      change: { communication: changeCell({ '1': 2, '2': 3, '3': 1 }), 'developing-others': changeCell({ '-1': 1, '0': 2, '1': 3 }) },
    },
  ),
};

describe('buildReview', () => {
  it('before any review: baselines only, nothing measured', () => {
    const review = buildReview({ leader: 'Alex', goals, outcomes, scopes, baseline, midpoint: null, final: null });
    expect(review.goals.map((goal) => [goal.baseline?.mean, goal.midpoint, goal.status])).toEqual([
      [3, null, 'not_measured'],
      [2.8, null, 'not_measured'],
    ]);
    expect(review.outcomes.map((outcome) => outcome.note)).toEqual([
      'No review yet.',
      'No review yet.',
      'No review yet.',
      'No review yet.',
      'No indicator was agreed for this outcome: discuss it in the review meeting.',
    ]);
    expect(review.rounds).toEqual({ baseline: { campaignId: 'b', version: 1, releasedAt: null, responses: 8 }, midpoint: null, final: null });
    expect(review.raterMix).toMatchObject({ changed: false, changedAt: { midpoint: false, final: false }, notes: [] });
  });

  it('at the midpoint: figures per goal, perceived change where shown, on track or behind', () => {
    const review = buildReview({ leader: 'Alex', goals, outcomes, scopes, baseline, midpoint, final: null });
    const [communication, developing] = review.goals;
    expect(communication).toMatchObject({ baseline: { mean: 3, n: 7 }, midpoint: { mean: 3.4, n: 7 }, final: null, status: 'on_track' });
    expect(communication.perceivedChange.midpoint).toEqual({ mean: 1, n: 7, improvedShare: 0.71, worseShare: 0, netScore: 0.71 });
    expect(developing).toMatchObject({ midpoint: { mean: 2.9, n: 7 }, status: 'behind', perceivedChange: { midpoint: null, final: null } });
    expect(review.outcomes[0]).toMatchObject({
      values: { baseline: 3, midpoint: 3.4, final: null },
      actual: 3.4,
      measuredAt: 'midpoint',
      met: false,
      note: 'Not met at the midpoint (the final review decides).',
    });
    expect(review.outcomes[1]).toMatchObject({ values: { baseline: 2, midpoint: 2.5, final: null }, actual: 0.5, met: false });
    expect(review.rules.status).toMatch(/^achieved: the final review's others' average/);
  });

  it('at the final review: achieved goals, outcomes met or not, and a note that the rater mix changed', () => {
    const review = buildReview({ leader: 'Alex', goals, outcomes, scopes, baseline, midpoint, final });
    expect(review.goals.map((goal) => [goal.final?.mean, goal.status])).toEqual([
      [3.7, 'achieved'],
      [3.2, 'on_track'],
    ]);
    // Each round keeps the status it had when it was held.
    expect(review.goals.map((goal) => [goal.statusAt.midpoint?.status, goal.statusAt.final?.status])).toEqual([
      ['on_track', 'achieved'],
      ['behind', 'on_track'],
    ]);
    // 3 of 6 better, 1 of 6 worse: net (3 - 1) / 6.
    expect(review.goals[1].perceivedChange.final).toEqual({ mean: 0.33, n: 6, improvedShare: 0.5, worseShare: 0.17, netScore: 0.33 });
    expect(review.outcomes.map((outcome) => [outcome.actual, outcome.met])).toEqual([
      [3.7, true],
      [1.5, true],
      // all = (3.7 x 35 ratings + 4 x 5) / 40
      [3.74, false],
      [null, null],
      [null, null],
    ]);
    expect(review.outcomes[3].note).toMatch(/^Not measured: the reviews do not ask about it/);
    expect(review.raterMix.changed).toBe(true);
    expect(review.raterMix.changedAt).toEqual({ midpoint: false, final: true });
    expect(review.raterMix.notes).toEqual([
      '6 people other than the leader answered at the final review, 7 at baseline.',
      'Groups are shown differently at the final review (boss; peer+direct report) than at baseline (boss; peer; direct report), so group figures do not compare directly.',
    ]);
    expect(review.raterMix.rounds.map((mix) => [mix.round, mix.others, mix.self])).toEqual([
      ['baseline', 7, 1],
      ['midpoint', 7, 1],
      ['final', 6, 1],
    ]);
  });

  it('follows each goal over the pulses, oldest first, each read from its own report, withheld where that report withholds it', () => {
    const pulses: PulseInput[] = [
      { ...midpoint, phase: 'midpoint', launchedAt: '2026-03-01T09:00:00.000Z' },
      { ...midpoint, campaignId: 'm2', phase: 'midpoint', launchedAt: '2026-06-01T09:00:00.000Z' },
      { ...final, phase: 'final', launchedAt: '2026-12-01T09:00:00.000Z' },
    ];
    const review = buildReview({ leader: 'Alex', goals, outcomes, scopes, baseline, midpoint, final, pulses });
    expect(
      review.goals.map((goal) =>
        goal.trend.map((point) => [point.campaignId, point.phase, point.change?.netScore ?? null, point.change?.improvedShare ?? null]),
      ),
    ).toEqual([
      [
        ['m', 'midpoint', 0.71, 0.71],
        ['m2', 'midpoint', 0.71, 0.71],
        ['f', 'final', 1, 1],
      ],
      [
        ['m', 'midpoint', null, null],
        ['m2', 'midpoint', null, null],
        ['f', 'final', 0.33, 0.5],
      ],
    ]);
    expect(review.goals[0].trend[0]).toMatchObject({ launchedAt: '2026-03-01T09:00:00.000Z', version: 1 });
    // Without a list of pulses, the midpoint and final rounds are the trend.
    expect(buildReview({ leader: 'Alex', goals, outcomes, scopes, baseline, midpoint, final }).goals[0].trend.map((point) => point.campaignId)).toEqual([
      'm',
      'f',
    ]);
    expect(review.rules.trend).toMatch(/nothing is pooled or subtracted across pulses/);
  });

  it('notes fewer answers in a group and a missing self-rating', () => {
    const fewer: ReviewRoundInput = {
      ...midpoint,
      report: round({ communication: { others: 3.4 } }, { buckets: [bucket('boss', 1), bucket('peer', 4), bucket('direct_report', 3)], self: 0 }),
    };
    expect(buildReview({ leader: 'Alex', goals, outcomes: [], scopes, baseline, midpoint: fewer, final: null }).raterMix.notes).toEqual([
      '8 people other than the leader answered at the midpoint, 7 at baseline.',
      'peer: 3 at baseline, 4 at the midpoint.',
      "The leader's own rating is missing at the midpoint.",
    ]);
  });
});
