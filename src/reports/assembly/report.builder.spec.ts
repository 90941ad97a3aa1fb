import type { CampaignAggregates } from '../../aggregation/aggregate.types';
import { applyDeltas, computeAggregateDeltas } from '../../aggregation/response-fold';
import type { RaterGroupId } from '../../surveys/survey.types';
import { buildReport } from './report.builder';
import { aggregates, answers, comments, ITEMS, survey, THEMES } from '../../../test/factories/report-builder.fixtures';
import { jStat } from 'jstat';

/** Reference figures straight from the raw answers above. */
const round2 = (value: number): number => (Math.sign(value) * Math.round(Math.abs(value) * 100 + 1e-9)) / 100;
function raw(groups: RaterGroupId[], itemIds: string[]) {
  const perRater = answers
    .filter((answer) => groups.includes(answer.group))
    .map((answer) => itemIds.map((id) => answer.ratings[ITEMS.indexOf(id)]).filter((value): value is number => value !== null));
  const values = perRater.flat();
  const mean = values.reduce((total, value) => total + value, 0) / values.length;
  const variance = values.reduce((total, value) => total + (value - mean) ** 2, 0) / (values.length - 1);
  return { n: perRater.filter((rater) => rater.length > 0).length, values, mean, variance };
}
/** The 90 % interval over raters, from the rounded mean and sd, as the report publishes it. */
function ci90Of(n: number, mean: number, sd: number | null): [number, number] | null {
  if (n < 2 || sd === null) return null;
  const half = (jStat.studentt.inv(0.95, n - 1) * sd) / Math.sqrt(n);
  return [round2(mean - half), round2(mean + half)];
}
function expectedScore(groups: RaterGroupId[], itemIds: string[]) {
  const { n, values, mean, variance } = raw(groups, itemIds);
  const sd = values.length < 2 ? null : round2(Math.sqrt(variance));
  return { n, ratings: values.length, mean: round2(mean), sd, ci90: ci90Of(n, round2(mean), sd) };
}
const scaleOf = (itemId: string): number[] => (itemId === 'e3' ? [-3, -2, -1, 0, 1, 2, 3] : [1, 2, 3, 4, 5]);
function rawRwg(groups: RaterGroupId[], itemId: string): number | null {
  const { n, variance } = raw(groups, [itemId]);
  return n < 2 ? null : Math.max(0, 1 - variance / ((scaleOf(itemId).length ** 2 - 1) / 12));
}
function expectedItem(groups: RaterGroupId[], itemId: string) {
  const { values } = raw(groups, [itemId]);
  const scale = scaleOf(itemId);
  const rwg = rawRwg(groups, itemId);
  return {
    ...expectedScore(groups, [itemId]),
    rwg: rwg === null ? null : round2(rwg),
    distribution: Object.fromEntries(scale.map((value) => [String(value), values.filter((rating) => rating === value).length])),
  };
}
const OTHERS: RaterGroupId[] = ['boss', 'peer', 'direct_report', 'other'];
const DRO: RaterGroupId[] = ['direct_report', 'other'];

describe('buildReport on a hand-made campaign', () => {
  const report = buildReport({ campaignId: 'c1', survey, leaderName: 'Alex', aggregates: aggregates(), comments });
  const theme = (id: string) => report.themes.find((candidate) => candidate.id === id);
  const item = (id: string) => report.items.find((candidate) => candidate.id === id);

  it('counts every folded answer and merges the lone "other" into the smallest shown bucket', () => {
    expect(report).toMatchObject({ campaignId: 'c1', surveyId: 'hand-made', leader: 'Alex', aggregatedResponses: 10 });
    expect(report.buckets).toEqual([
      { id: 'boss', label: 'Manager', groups: ['boss'], responses: 1, shown: true, anonymous: false },
      { id: 'peer', label: 'Peers', groups: ['peer'], responses: 4, shown: true, anonymous: true },
      { id: 'direct_report+other', label: 'Direct reports and others', groups: ['direct_report', 'other'], responses: 4, shown: true, anonymous: true },
    ]);
    expect(report.mergeNotes).toEqual(['Direct reports and others are shown together so that no group of fewer than 3 can be singled out.']);
  });

  it('scores every item for each shown bucket, self and others, from the raw ratings', () => {
    for (const id of ['c1', 'c2', 'e1', 'p1']) {
      expect(item(id)?.scores).toEqual({
        boss: expectedItem(['boss'], id),
        peer: expectedItem(['peer'], id),
        'direct_report+other': expectedItem(DRO, id),
        self: expectedItem(['self'], id),
        others: expectedItem(OTHERS, id),
      });
    }
    // Spot checks of the reference itself: c1 by others is 3,2,3,2,3,4,3,4,4.
    expect(item('c1')?.scores.others).toEqual({
      n: 9,
      ratings: 9,
      mean: 3.11,
      sd: 0.78,
      ci90: [2.63, 3.59],
      rwg: 0.69,
      distribution: { '1': 0, '2': 2, '3': 4, '4': 3, '5': 0 },
    });
    expect(item('c1')?.scores.boss).toEqual({
      n: 1,
      ratings: 1,
      mean: 3,
      sd: null,
      ci90: null,
      rwg: null,
      distribution: { '1': 0, '2': 0, '3': 1, '4': 0, '5': 0 },
    });
    expect(item('c1')?.text).toBe('Alex listens');
    expect(item('c2')?.text).toBe('Alex is clear');
  });

  it('hides an item two peers rated, the bucket beside it, and keeps "others"', () => {
    // e2: 2 peers rated it. Showing direct reports + others (3) would give peers = others - boss - them.
    expect(item('e2')?.scores).toEqual({
      boss: expectedItem(['boss'], 'e2'),
      peer: null,
      'direct_report+other': null,
      self: expectedItem(['self'], 'e2'),
      others: expectedItem(OTHERS, 'e2'),
    });
    // e3 (a change item, -3..+3, A = 7): one direct report rated it; the peers' cell is hidden beside it.
    expect(item('e3')?.scores).toEqual({
      boss: expectedItem(['boss'], 'e3'),
      peer: null,
      'direct_report+other': null,
      self: expectedItem(['self'], 'e3'),
      others: expectedItem(OTHERS, 'e3'),
    });
    expect(item('e3')?.scores.others).toMatchObject({
      n: 6,
      ratings: 6,
      mean: 0.67,
      distribution: { '-3': 0, '-2': 0, '-1': 1, '0': 1, '1': 3, '2': 1, '3': 0 },
    });
  });

  it('pools each theme over its likert items, hiding a bucket\u2019s theme when one of its items is hidden', () => {
    for (const id of ['communication', 'composure']) {
      const itemIds = THEMES[id];
      expect(theme(id)?.scores).toEqual({
        boss: expectedScore(['boss'], itemIds),
        peer: expectedScore(['peer'], itemIds),
        'direct_report+other': expectedScore(DRO, itemIds),
        self: expectedScore(['self'], itemIds),
        others: expectedScore(OTHERS, itemIds),
      });
    }
    expect(theme('execution')?.scores).toEqual({
      boss: expectedScore(['boss'], ['e1', 'e2']),
      peer: null,
      'direct_report+other': null,
      self: expectedScore(['self'], ['e1', 'e2']),
      others: expectedScore(OTHERS, ['e1', 'e2']),
    });
    // The pooled mean is sum / ratings over the items (56 / 17), not the mean of item means.
    expect(theme('communication')?.scores.others).toEqual({
      n: 9,
      ratings: 17,
      mean: 3.29,
      sd: expectedScore(OTHERS, ['c1', 'c2']).sd,
      ci90: expectedScore(OTHERS, ['c1', 'c2']).ci90,
    });
    expect(theme('execution')?.scores.others).toMatchObject({ n: 9, ratings: 15, mean: 3.8 });
  });

  it('computes gap, agreement and classification from the shown figures', () => {
    // Agreement: the mean of the items' unrounded rwg among others.
    const agreement = (id: string) => round2(THEMES[id].reduce((total, itemId) => total + (rawRwg(OTHERS, itemId) ?? 0), 0) / THEMES[id].length);
    const gap = (id: string) => round2(raw(['self'], THEMES[id]).mean - raw(OTHERS, THEMES[id]).mean);
    expect(report.themes.map((entry) => [entry.id, entry.gap, entry.agreement, entry.classification])).toEqual([
      ['communication', gap('communication'), agreement('communication'), 'blind_spot'],
      ['execution', gap('execution'), agreement('execution'), 'neutral'],
      ['composure', gap('composure'), agreement('composure'), 'hidden_strength'],
    ]);
    expect([gap('communication'), gap('execution'), gap('composure')]).toEqual([1.71, 0.2, -1.25]);
    expect(theme('communication')?.classificationReason).toBe('Self 5.00 vs others 3.29: a gap of +1.71 exceeds 1.33, a third of the scale.');
    expect(theme('execution')?.classificationReason).toBe('Others 3.80, 2nd of 3: neither top nor bottom third, and no marked gap with self.');
    expect(theme('composure')?.classificationReason).toBe(
      'Self 3.00 vs others 4.25: others rate it 1.25 higher, at least 0.75, and rank this theme in their top third (1st of 3).',
    );
  });

  it('lists comments by theme, what works before what to work on, each half in its random order, labelled only with shown buckets, and none of a group below its comment threshold', () => {
    expect(theme('execution')?.comments).toEqual([
      { text: 'Strong on deadlines, stays calm', bucket: 'boss', sentiment: 'positive' },
      { text: 'Delivers on every deadline', bucket: 'peer', sentiment: 'positive' },
      { text: 'I should plan further ahead', bucket: 'self', sentiment: 'constructive' },
    ]);
    // The one other rater's comments wait for two more others, though their ratings count within a bucket.
    expect(theme('communication')?.comments).toEqual([]);
    // The other is merged with the direct reports: a note naming Others, beside the bucket's total, would count each group.
    expect(report.commentNotes).toEqual(['Some comments from Direct reports and others are held back until more of their raters have answered.']);
    expect(theme('composure')?.comments).toEqual([{ text: 'Strong on deadlines, stays calm', bucket: 'boss', sentiment: 'positive' }]);
    // A theme id no longer in the survey must not make a comment vanish.
    expect(report.unthemedComments).toEqual([
      { text: 'Kind to everyone', bucket: 'peer', sentiment: 'positive' },
      { text: 'Talks about the old vision', bucket: 'direct_report+other', sentiment: 'positive' },
    ]);
    expect(report.startStopContinue).toEqual({
      start: [{ text: 'Listen more', themeIds: ['communication'], bucket: 'peer' }],
      stop: [],
      continue: [
        { text: 'Weekly one-to-ones', themeIds: [], bucket: 'boss' },
        { text: 'Calm under pressure', themeIds: ['composure'], bucket: 'direct_report+other' },
      ],
    });
    expect(report.suggestionsByTheme.continue.map((section) => [section.themeId, section.clusters.map((cluster) => cluster.count)])).toEqual([
      ['composure', [1]],
      [null, [1]],
    ]);
    const shown = JSON.stringify(report);
    for (const comment of comments.filter((candidate) => candidate.groupId !== 'other')) expect(shown).toContain(JSON.stringify(comment.text));
    for (const comment of comments.filter((candidate) => candidate.groupId === 'other')) expect(shown).not.toContain(JSON.stringify(comment.text));
  });

  it('proposes priorities with their evidence', () => {
    const communication = theme('communication');
    expect(report.priorities[0]).toEqual({
      themeId: 'communication',
      title: 'Communication',
      classification: 'blind_spot',
      reason: expect.any(String),
      evidence: { others: 3.29, self: 5, gap: 1.71, agreement: communication?.agreement, comments: 1, quotes: [] },
    });
    expect(report.priorities.find((priority) => priority.themeId === 'execution')?.evidence.quotes).toEqual(['I should plan further ahead']);
    expect(report.priorities.map((priority) => ({ themeId: priority.themeId, reason: priority.reason }))).toEqual([
      {
        themeId: 'communication',
        reason: `Communication: a blind spot: the leader rates this theme higher than others do. Self 5.00 vs others 3.29 (gap +1.71); agreement among others rwg ${(theme('communication')?.agreement ?? 0).toFixed(2)}; 1 comment.`,
      },
      {
        themeId: 'execution',
        reason: `Execution: one of the themes others rate lowest. Self 4.00 vs others 3.80 (gap +0.20); agreement among others rwg ${(theme('execution')?.agreement ?? 0).toFixed(2)}; 3 comments.`,
      },
      {
        themeId: 'composure',
        reason: `Composure: a hidden strength: others rate it higher than the leader does, worth building on. Self 3.00 vs others 4.25 (gap -1.25); agreement among others rwg ${(theme('composure')?.agreement ?? 0).toFixed(2)}; 2 comments.`,
      },
    ]);
  });
});

describe('buildReport when anonymous groups are too small to show', () => {
  const small = answers.filter((answer) => answer.group === 'self' || answer.group === 'boss' || answer === answers[2] || answer === answers[9]);
  let aggregated: CampaignAggregates = { responses: {}, items: {}, themes: {} };
  for (const { group, ratings } of small)
    aggregated = applyDeltas(aggregated, group, computeAggregateDeltas(survey, Object.fromEntries(ITEMS.map((id, index) => [id, ratings[index]]))));
  const report = buildReport({ campaignId: 'c2', survey, leaderName: 'Alex', aggregates: aggregated, comments });

  it('hides the one peer and the one other inside "others", and every figure that would isolate them', () => {
    expect(report.buckets.map((bucket) => `${bucket.id}:${bucket.responses}:${bucket.shown}`)).toEqual([
      'boss:1:true',
      'peer+other:2:false',
      'direct_report:0:false',
    ]);
    for (const entry of [...report.items, ...report.themes]) {
      expect(Object.keys(entry.scores)).toEqual(['boss', 'self', 'others']);
      // "others" - boss would be those two raters.
      expect(entry.scores.others).toBeNull();
    }
    expect(report.themes.every((entry) => entry.classification === 'neutral' && entry.gap === null)).toBe(true);
    expect(report.priorities).toEqual([]);
  });

  it('shows no comment of a group below its threshold, labelled or not, and says which comments wait without counting a merged group', () => {
    const shown = [...report.themes.flatMap((entry) => entry.comments), ...report.unthemedComments, ...Object.values(report.startStopContinue).flat()];
    expect(shown.map((comment) => comment.bucket).sort()).toEqual(['boss', 'boss', 'boss', 'self']);
    // A note for Peers and one for Others, beside "Peers and others: 2 answers", would say one of each answered.
    expect(report.commentNotes).toEqual(['Some comments from Peers and others are held back until more of their raters have answered.']);
  });
});
