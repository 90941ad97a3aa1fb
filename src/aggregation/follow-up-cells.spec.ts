import { surveyFactory } from '../../test/factories/survey.factory';
import type { SurveyDefinition } from '../surveys/survey.types';
import { computeAggregateDeltas } from './response-fold';

const survey: SurveyDefinition = {
  ...surveyFactory(),
  changeScale: { min: -3, max: 3, labels: ['-3', '-2', '-1', '0', '1', '2', '3'] },
  followUpScale: { labels: ['Never', 'Once', 'A few times', 'Regularly'] },
  themes: [
    {
      id: 'g',
      title: 'Goal',
      keywords: [],
      items: [
        { id: 'g.change', text: 'x', selfText: 'x', kind: 'change' },
        { id: 'g.follow-up', text: 'x', selfText: 'x', kind: 'followUp' },
        { id: 'g.one', text: 'x', selfText: 'x', kind: 'likert' },
      ],
    },
  ],
};

const scopes = (ratings: Record<string, number | null>): [string, number][] =>
  computeAggregateDeltas(survey, ratings).map((delta) => [`${delta.scopeKind}:${delta.scopeId}`, delta.cell.sum]);

describe('folding a goal of a pulse', () => {
  it('adds the change rating to the cell of its side of the follow-up split, and pools only the likert rating into the theme', () => {
    expect(scopes({ 'g.change': 2, 'g.follow-up': 3, 'g.one': 4 })).toEqual([
      ['item:g.change', 2],
      ['item:g.follow-up', 3],
      ['item:g.one', 4],
      ['theme:g', 4],
      ['item:g.change~followed-up', 2],
    ]);
    expect(scopes({ 'g.change': -1, 'g.follow-up': 2 })).toContainEqual(['item:g.change~not-followed-up', -1]);
  });

  it('splits nothing when either the change or the follow-up was not answered', () => {
    expect(scopes({ 'g.change': 2, 'g.follow-up': null }).map(([scope]) => scope)).toEqual(['item:g.change']);
    expect(scopes({ 'g.follow-up': 4 }).map(([scope]) => scope)).toEqual(['item:g.follow-up']);
  });
});
