import { surveyFactory } from '../../test/factories/survey.factory';
import type { SurveyTheme } from '../surveys/survey.types';
import { extractComments, INTERVIEW_NOTES_KEY, themesForComment } from './comment-theming';
import { stemWord } from './text-analysis';

const theme = (id: string, keywords: string[]): SurveyTheme => ({ id, title: id, keywords, items: [] });
const themes: SurveyTheme[] = [
  theme('developing-others', ['delegate', 'feedback', 'coach']),
  theme('communication', ['listen', 'clear', 'meetings', 'communicate']),
  theme('execution', ['plan', 'follow through', 'deadline', 'priorities']),
  theme('self-awareness', ['self-aware', 'admit mistakes']),
  theme('composure', ['calm', 'raised voice', 'call']),
];
const match = (text: string): string[] => themesForComment(text, themes);

describe('themesForComment', () => {
  it.each([
    ['delegates', 'She delegates well'],
    ['delegated', 'He delegated the budget'],
    ['delegating', 'Delegating more would help'],
    ['delegation', 'Her delegation is generous'],
    ['delegate', 'Could delegate more'],
  ])('matches the keyword "delegate" through "%s"', (_form, text) => {
    expect(match(text)).toEqual(['developing-others']);
  });

  it.each(['listen', 'listens', 'listening', 'listened', 'Listening'])('matches the keyword "listen" through "%s"', (word) => {
    expect(match(`Rarely ${word} to us`)).toEqual(['communication']);
  });

  it('tolerates plurals and simple derivations in either direction', () => {
    expect(match('We had three coaches and plenty of coaching')).toEqual(['developing-others']);
    expect(match('One meeting a week')).toEqual(['communication']);
    expect(match('Speaks clearly')).toEqual(['communication']);
    expect(match('Communication has improved; she communicates often')).toEqual(['communication']);
    expect(match('Sets the priority for the quarter')).toEqual(['execution']);
    expect(match('Planned ahead; good planning; plans')).toEqual(['execution']);
    expect(match('Calls it as it is')).toEqual(['composure']);
  });

  it('matches whole words only, never a keyword inside another word', () => {
    expect(match('Talks about the planet a lot')).toEqual([]);
    expect(match('Takes the stagecoach, not the bus')).toEqual([]);
    expect(match('The community fair was nice')).toEqual([]);
    expect(match('Clearance sale; a calmer sea; callous? no')).toEqual([]);
    expect(match('Nothing to add.')).toEqual([]);
    expect(match('')).toEqual([]);
  });

  it('matches a phrase only as consecutive words', () => {
    expect(match('Does not always FOLLOW THROUGH on promises')).toEqual(['execution']);
    expect(match('Follows through, every time')).toEqual(['execution']);
    expect(match('I wish they would follow up; through the year it varied')).toEqual([]);
    expect(match('Admits mistakes openly')).toEqual(['self-awareness']);
    expect(match('Makes mistakes, then admits it')).toEqual([]);
    expect(match('Never a raised voice')).toEqual(['composure']);
  });

  it('ignores case, accents, hyphens and apostrophes', () => {
    expect(match('Very SELF AWARE')).toEqual(['self-awareness']);
    expect(match('very self-aware, and self\u2011aware again')).toEqual(['self-awareness']);
    expect(match('Très calme? No: calm, and she\u2019s clear')).toEqual(['communication', 'composure']);
    expect(themesForComment('Un café, très éclairant', [theme('t', ['cafe']), theme('u', ['éclairant'])])).toEqual(['t', 'u']);
    expect(match('Très clair et précis')).toEqual([]);
  });

  it('returns every matching theme once, in survey order', () => {
    expect(match('Calm, listens, and delegates; listens again')).toEqual(['developing-others', 'communication', 'composure']);
  });

  it('ignores blank keywords', () => {
    expect(themesForComment('anything at all', [theme('blank', ['', ' - '])])).toEqual([]);
  });
});

describe('stemWord', () => {
  it('reduces inflections to one stem, and keeps short or unrelated words apart', () => {
    expect(new Set(['delegate', 'delegates', 'delegated', 'delegating', 'delegation', 'delegations'].map(stemWord))).toEqual(new Set(['delegat']));
    expect(new Set(['plan', 'plans', 'planned', 'planning'].map(stemWord))).toEqual(new Set(['plan']));
    expect(new Set(['call', 'calls', 'called', 'calling'].map(stemWord))).toEqual(new Set(['call']));
    expect(stemWord('planet')).not.toBe(stemWord('plan'));
    expect(stemWord('bring')).toBe('bring');
    expect(stemWord('focus')).toBe('focus');
    expect(stemWord('process')).toBe('process');
    expect(stemWord('2025s')).toBe('2025s');
  });
});

describe('extractComments', () => {
  const survey = surveyFactory();

  it('stores each open answer as its own comment, with themes and a random key, skipping blanks', () => {
    const keys = [0.9, 0.1, 0.5];
    const comments = extractComments(survey, 'peer', { strengths: ' Explains decisions clearly in meetings ', ssc: { start: 'Meeting deadlines', stop: '  ', continue: 'Listening' } }, () => keys.shift() ?? 0);
    expect(comments).toEqual([
      { groupId: 'peer', questionId: 'strengths', kind: 'text', text: 'Explains decisions clearly in meetings', themeIds: ['communication'], sortKey: 0.9 },
      { groupId: 'peer', questionId: 'ssc', kind: 'start', text: 'Meeting deadlines', themeIds: ['execution'], sortKey: 0.1 },
      { groupId: 'peer', questionId: 'ssc', kind: 'continue', text: 'Listening', themeIds: ['communication'], sortKey: 0.5 },
    ]);
  });

  it('returns nothing for empty or missing answers, and draws no key for them', () => {
    let draws = 0;
    const random = (): number => {
      draws += 1;
      return 0.5;
    };
    expect(extractComments(survey, 'boss', { strengths: '   ', ssc: {} }, random)).toEqual([]);
    expect(extractComments(survey, 'boss', {}, random)).toEqual([]);
    expect(draws).toBe(0);
  });

  it('keeps answers to unknown questions out, but a coach\u2019s interview notes in', () => {
    const comments = extractComments(survey, 'direct_report', { [INTERVIEW_NOTES_KEY]: ' Misses deadlines under pressure ', stray: 'not a question' }, () => 0.25);
    expect(comments).toEqual([{ groupId: 'direct_report', questionId: INTERVIEW_NOTES_KEY, kind: 'text', text: 'Misses deadlines under pressure', themeIds: ['execution'], sortKey: 0.25 }]);
  });
});
