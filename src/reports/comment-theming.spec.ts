import { surveyFactory } from '../../test/factories/survey.factory';
import type { SurveyTheme } from '../surveys/survey.types';
import { extractComments, themesForComment } from './comment-theming';

const themes: SurveyTheme[] = [
  { id: 'developing-others', title: 'Developing others', keywords: ['delegate', 'feedback', 'coach'], items: [] },
  { id: 'communication', title: 'Communication', keywords: ['listen', 'clear', 'meetings'], items: [] },
  { id: 'execution', title: 'Execution', keywords: ['plan', 'follow through', 'deadline'], items: [] },
  { id: 'self-awareness', title: 'Self-awareness', keywords: ['self-aware', 'admit mistakes'], items: [] },
];

describe('themesForComment', () => {
  it('matches keywords through their inflections', () => {
    expect(themesForComment('She delegates well, and her delegation is generous', themes)).toEqual(['developing-others']);
    expect(themesForComment('He rarely listened in our last three meetings', themes)).toEqual(['communication']);
    expect(themesForComment('Delegating more and listening better', themes)).toEqual(['developing-others', 'communication']);
  });

  it('matches phrases only as phrases, in survey order, whatever the case and accents', () => {
    expect(themesForComment('Does not always FOLLOW THROUGH on promises', themes)).toEqual(['execution']);
    expect(themesForComment('follow the plan? through and through', themes)).toEqual(['execution']);
    expect(themesForComment('I wish they would follow up; through the year it varied', themes)).toEqual([]);
    expect(themesForComment('Very self aware, and quick to admit mistakes', themes)).toEqual(['self-awareness']);
    expect(themesForComment('Très clair et précis', themes)).toEqual([]);
  });

  it('does not match a keyword inside another word', () => {
    expect(themesForComment('Talks about the planet a lot', themes)).toEqual([]);
    expect(themesForComment('Coaching sessions helped; a stagecoach ride did not', themes)).toEqual(['developing-others']);
    expect(themesForComment('Nothing to add.', themes)).toEqual([]);
  });
});

describe('extractComments', () => {
  const survey = surveyFactory();

  it('stores each open answer as its own comment with themes and a random key, skipping blanks', () => {
    const keys = [0.9, 0.1, 0.5];
    const comments = extractComments(survey, 'peer', { strengths: ' Explains decisions clearly in meetings ', ssc: { start: 'Meeting deadlines', stop: '  ', continue: 'Listening' } }, () => keys.shift() ?? 0);
    expect(comments).toEqual([
      { groupId: 'peer', questionId: 'strengths', kind: 'text', text: 'Explains decisions clearly in meetings', themeIds: ['communication'], sortKey: 0.9 },
      { groupId: 'peer', questionId: 'ssc', kind: 'start', text: 'Meeting deadlines', themeIds: ['execution'], sortKey: 0.1 },
      { groupId: 'peer', questionId: 'ssc', kind: 'continue', text: 'Listening', themeIds: ['communication'], sortKey: 0.5 },
    ]);
  });
});
