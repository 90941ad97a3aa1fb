import type { CampaignAggregates, CellAggregate, StoredComment } from '../aggregation/aggregate.types';
import { addCells } from '../aggregation/cell-statistics';
import { computeAggregateDeltas } from '../aggregation/response-fold';
import type { RaterGroupId } from '../surveys/survey.types';
import { surveyFactory } from '../../test/factories/survey.factory';
import { buildReport } from './report.builder';
import { expectedFor, round2 } from '../../test/utils/expected-statistics';

const survey = surveyFactory();
// [communication.listens, communication.clear, execution.commits, execution.priorities]
const answers: { group: RaterGroupId; ratings: (number | null)[] }[] = [
  { group: 'self', ratings: [5, 5, 4, 4] },
  { group: 'boss', ratings: [3, 4, 5, 5] },
  { group: 'peer', ratings: [2, 3, 5, 4] },
  { group: 'peer', ratings: [3, null, 4, 4] },
  { group: 'peer', ratings: [2, 3, 5, null] },
  { group: 'peer', ratings: [3, 2, 4, null] },
  { group: 'other', ratings: [4, 4, 5, null] },
];
const itemIds = survey.themes.flatMap((theme) => theme.items.map((item) => item.id));

function aggregates(): CampaignAggregates {
  const result: CampaignAggregates = { responses: {}, items: {}, themes: {} };
  for (const answer of answers) {
    result.responses[answer.group] = (result.responses[answer.group] ?? 0) + 1;
    for (const delta of computeAggregateDeltas(survey, Object.fromEntries(itemIds.map((id, index) => [id, answer.ratings[index]])))) {
      const scopes = delta.scopeKind === 'item' ? result.items : result.themes;
      const byScope = (scopes[answer.group] ??= {});
      byScope[delta.scopeId] = byScope[delta.scopeId] ? addCells(byScope[delta.scopeId] as CellAggregate, delta.cell) : delta.cell;
    }
  }
  return result;
}

const comments: StoredComment[] = [
  { groupId: 'peer', questionId: 'strengths', kind: 'text', text: 'Delivers on every deadline', themeIds: ['execution'], sortKey: 0.7 },
  { groupId: 'other', questionId: 'strengths', kind: 'text', text: 'Listens and explains clearly', themeIds: ['communication'], sortKey: 0.2 },
  { groupId: 'peer', questionId: 'strengths', kind: 'text', text: 'Kind to everyone', themeIds: [], sortKey: 0.5 },
  { groupId: 'boss', questionId: 'strengths', kind: 'text', text: 'Strong on deadlines', themeIds: ['execution'], sortKey: 0.1 },
  { groupId: 'peer', questionId: 'ssc', kind: 'start', text: 'Listen more', themeIds: ['communication'], sortKey: 0.9 },
  { groupId: 'other', questionId: 'ssc', kind: 'stop', text: 'Interrupting', themeIds: [], sortKey: 0.3 },
];

describe('buildReport', () => {
  const report = buildReport({ campaignId: 'c1', survey, leaderName: 'Alex', aggregates: aggregates(), comments });
  const ratingsOf = (groups: RaterGroupId[], indexes: number[]) => answers.filter((answer) => groups.includes(answer.group)).map((answer) => indexes.map((index) => answer.ratings[index]));
  const cell = (groups: RaterGroupId[], indexes: number[]) => {
    const expected = expectedFor(ratingsOf(groups, indexes));
    return { n: expected.n, ratings: expected.ratings, mean: round2(expected.mean ?? 0), sd: expected.sd === null ? null : round2(expected.sd) };
  };

  it('merges the lone "other" into the peers\' bucket and says why', () => {
    expect(report.aggregatedResponses).toBe(7);
    expect(report.buckets.map((bucket) => `${bucket.id}:${bucket.responses}:${bucket.shown}`)).toEqual(['boss:1:true', 'peer+other:5:true', 'direct_report:0:false']);
    expect(report.mergeNotes).toEqual(['Peers and others are shown together so that no group of fewer than 3 can be singled out.']);
  });

  it('scores each theme for every shown bucket, self and others, from the raw ratings', () => {
    const communication = report.themes.find((theme) => theme.id === 'communication');
    expect(communication?.scores.self).toEqual(cell(['self'], [0, 1]));
    expect(communication?.scores.boss).toEqual(cell(['boss'], [0, 1]));
    expect(communication?.scores['peer+other']).toEqual(cell(['peer', 'other'], [0, 1]));
    expect(communication?.scores.others).toEqual(cell(['boss', 'peer', 'other'], [0, 1]));
    expect(communication?.gap).toBe(round2((expectedFor(ratingsOf(['self'], [0, 1])).mean ?? 0) - (expectedFor(ratingsOf(['boss', 'peer', 'other'], [0, 1])).mean ?? 0)));
    const listens = report.items.find((item) => item.id === 'communication.listens');
    expect(listens?.scores.others).toMatchObject({ n: 6, ratings: 6, mean: round2((3 + 2 + 3 + 2 + 3 + 4) / 6) });
    expect(listens?.scores.others?.distribution).toEqual({ '2': 2, '3': 3, '4': 1 });
  });

  it('hides an item two anonymous raters rated, and every figure it could be recovered from', () => {
    // Only two peers rated execution.priorities: "others" minus the boss would be those two.
    const priorities = report.items.find((item) => item.id === 'execution.priorities');
    expect(priorities?.scores['peer+other']).toBeNull();
    expect(priorities?.scores.others).toBeNull();
    expect(priorities?.scores.boss).toMatchObject({ n: 1, mean: 5 });
    const execution = report.themes.find((theme) => theme.id === 'execution');
    expect(execution?.scores['peer+other']).toBeNull();
    expect(execution?.scores.others).toBeNull();
    expect(execution?.classification).toBe('neutral');
    expect(report.items.find((item) => item.id === 'execution.commits')?.scores['peer+other']).toEqual(expect.objectContaining(cell(['peer', 'other'], [2])));
  });

  it('lists comments by theme in their random order, labelled only with shown buckets, and all of them somewhere', () => {
    expect(report.themes.find((theme) => theme.id === 'execution')?.comments).toEqual([
      { text: 'Strong on deadlines', bucket: 'boss' },
      { text: 'Delivers on every deadline', bucket: 'peer+other' },
    ]);
    expect(report.themes.find((theme) => theme.id === 'communication')?.comments).toEqual([{ text: 'Listens and explains clearly', bucket: 'peer+other' }]);
    expect(report.unthemedComments).toEqual([{ text: 'Kind to everyone', bucket: 'peer+other' }]);
    expect(report.startStopContinue).toEqual({ start: [{ text: 'Listen more', themeIds: ['communication'] }], stop: [{ text: 'Interrupting', themeIds: [] }], continue: [] });
  });

  it('classifies and proposes priorities with a reason', () => {
    const communication = report.themes.find((theme) => theme.id === 'communication');
    expect(communication?.classification).toBe('blind_spot');
    expect(communication?.classificationReason).toMatch(/^Self 5\.00 vs others/);
    // Only themes with a figure from others can be proposed: execution's is hidden.
    expect(report.priorities.map((priority) => priority.themeId)).toEqual(['communication']);
    expect(report.priorities[0].reason).toContain('blind spot');
  });
});
