import type { CampaignAggregates } from '../../src/aggregation/aggregate.types';
import { applyDeltas, computeAggregateDeltas } from '../../src/aggregation/response-fold';
import type { RaterGroupId, SurveyDefinition } from '../../src/surveys/survey.types';
import type { StoredComment } from '../../src/theming/comment.types';
import { FIVE_GROUPS, FIVE_POINT_CLASSIFICATION } from './survey.factory';

/** A hand-made campaign the report builder's tests share: its survey, raw answers, comments and their aggregates. */
const likert = (id: string, text: string) => ({ id, text, selfText: text, kind: 'likert' as const });
export const survey: SurveyDefinition = {
  id: 'hand-made',
  version: 1,
  title: '360 for {{leader}}',
  scale: { points: 5, labels: ['1', '2', '3', '4', '5'], notObserved: 'Not observed' },
  changeScale: { min: -3, max: 3, labels: ['-3', '-2', '-1', '0', '1', '2', '3'] },
  groups: FIVE_GROUPS.map((group) => ({ ...group })),
  themes: [
    { id: 'communication', title: 'Communication', keywords: ['listen'], items: [likert('c1', '{{leader}} listens'), likert('c2', '{{ leader }} is clear')] },
    {
      id: 'execution',
      title: 'Execution',
      keywords: ['deadline'],
      items: [likert('e1', 'Keeps commitments'), likert('e2', 'Sets priorities'), { id: 'e3', text: 'Has changed', selfText: 'I changed', kind: 'change' }],
    },
    { id: 'composure', title: 'Composure', keywords: ['calm'], items: [likert('p1', 'Stays calm')] },
  ],
  questions: [],
  report: {
    classification: { ...FIVE_POINT_CLASSIFICATION },
    priorities: 3,
  },
};
export const ITEMS = ['c1', 'c2', 'e1', 'e2', 'e3', 'p1'];
export const THEMES: Record<string, string[]> = { communication: ['c1', 'c2'], execution: ['e1', 'e2'], composure: ['p1'] };

// One row per response: c1, c2, e1, e2, e3 (change, -3..+3), p1; null is "not observed".
export const answers: { group: RaterGroupId; ratings: (number | null)[] }[] = [
  { group: 'self', ratings: [5, 5, 4, 4, 2, 3] },
  { group: 'boss', ratings: [3, 4, 5, 5, 1, 4] },
  { group: 'peer', ratings: [2, 3, 5, 4, 1, 4] },
  { group: 'peer', ratings: [3, null, 4, 4, 2, 5] },
  { group: 'peer', ratings: [2, 3, 5, null, 0, 4] },
  { group: 'peer', ratings: [3, 2, 4, null, 1, null] },
  { group: 'direct_report', ratings: [4, 4, 3, 3, null, 4] },
  { group: 'direct_report', ratings: [3, 3, 2, 3, null, 5] },
  { group: 'direct_report', ratings: [4, 5, 3, 2, -1, 4] },
  { group: 'other', ratings: [4, 4, 5, null, null, 4] },
];

export const comments: StoredComment[] = [
  { groupId: 'peer', questionId: 'strengths', kind: 'text', text: 'Delivers on every deadline', themeIds: ['execution'], sentiment: 'positive', sortKey: 0.7 },
  {
    groupId: 'other',
    questionId: 'strengths',
    kind: 'text',
    text: 'Listens and explains clearly',
    themeIds: ['communication'],
    sentiment: 'positive',
    sortKey: 0.2,
  },
  { groupId: 'peer', questionId: 'strengths', kind: 'text', text: 'Kind to everyone', themeIds: [], sentiment: 'positive', sortKey: 0.5 },
  {
    groupId: 'boss',
    questionId: 'strengths',
    kind: 'text',
    text: 'Strong on deadlines, stays calm',
    themeIds: ['execution', 'composure'],
    sentiment: 'positive',
    sortKey: 0.1,
  },
  {
    groupId: 'self',
    questionId: 'strengths',
    kind: 'text',
    text: 'I should plan further ahead',
    themeIds: ['execution'],
    sentiment: 'constructive',
    sortKey: 0.4,
  },
  {
    groupId: 'direct_report',
    questionId: 'strengths',
    kind: 'text',
    text: 'Talks about the old vision',
    themeIds: ['retired-theme'],
    sentiment: 'positive',
    sortKey: 0.8,
  },
  { groupId: 'peer', questionId: 'ssc', kind: 'start', text: 'Listen more', themeIds: ['communication'], sentiment: 'constructive', sortKey: 0.9 },
  { groupId: 'other', questionId: 'ssc', kind: 'stop', text: 'Interrupting', themeIds: [], sentiment: 'constructive', sortKey: 0.3 },
  { groupId: 'direct_report', questionId: 'ssc', kind: 'continue', text: 'Calm under pressure', themeIds: ['composure'], sentiment: 'positive', sortKey: 0.6 },
  { groupId: 'boss', questionId: 'ssc', kind: 'continue', text: 'Weekly one-to-ones', themeIds: [], sentiment: 'positive', sortKey: 0.05 },
];

export function aggregates(): CampaignAggregates {
  let result: CampaignAggregates = { responses: {}, items: {}, themes: {} };
  for (const { group, ratings } of answers)
    result = applyDeltas(result, group, computeAggregateDeltas(survey, Object.fromEntries(ITEMS.map((id, index) => [id, ratings[index]]))));
  return result;
}
