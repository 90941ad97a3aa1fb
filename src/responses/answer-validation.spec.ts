import { surveyFactory } from '../../test/factories/survey.factory';
import { MAX_TEXT_LENGTH, validateAnswers } from './answer-validation';

const survey = surveyFactory();

function errorsOf(body: unknown, group: 'peer' | 'self' = 'peer', mode: 'submit' | 'draft' = 'submit'): string[] {
  const result = validateAnswers(survey, group, body, mode);
  return result.ok ? [] : result.errors;
}

describe('validateAnswers', () => {
  it('accepts ratings, N/A, texts and start/stop/continue, filling omitted items with null', () => {
    const result = validateAnswers(
      survey,
      'peer',
      { answers: { 'communication.listens': 4, 'execution.commits': null, strengths: '  Calm and fair  ', ssc: { start: 'Delegating more', stop: '' } } },
      'submit',
    );
    expect(result).toEqual({
      ok: true,
      answers: {
        ratings: { 'communication.listens': 4, 'communication.clear': null, 'execution.commits': null, 'execution.priorities': null },
        texts: { strengths: 'Calm and fair', ssc: { start: 'Delegating more' } },
      },
    });
  });

  it('names the key of every rating out of range or not a whole number', () => {
    expect(errorsOf({ answers: { 'communication.listens': 6, 'communication.clear': 2.5, 'execution.commits': '3', 'execution.priorities': 0 } })).toEqual([
      'answers.communication.listens: must be a whole number from 1 to 5, or null for "not observed"',
      'answers.communication.clear: must be a whole number from 1 to 5, or null for "not observed"',
      'answers.execution.commits: must be a whole number from 1 to 5, or null for "not observed"',
      'answers.execution.priorities: must be a whole number from 1 to 5, or null for "not observed"',
    ]);
  });

  it('refuses unknown keys, including questions not asked of this group and prototype keys', () => {
    expect(errorsOf({ answers: JSON.parse('{"colour": 3, "__proto__": {"admin": true}}') })).toEqual([
      'answers.colour: unknown key (not an item or question of this survey for the peer group)',
      'answers.__proto__: unknown key (not an item or question of this survey for the peer group)',
    ]);
    expect(errorsOf({ answers: { ssc: { start: 'x' } } }, 'self')).toEqual([
      'answers.ssc: unknown key (not an item or question of this survey for the self group)',
    ]);
    expect(errorsOf({ answers: { ssc: { begin: 'x' } } })).toEqual(['answers.ssc.begin: unknown key (expected start, stop or continue)']);
    expect(errorsOf({ answers: {}, extra: 1 })).toEqual(['extra: unknown key (expected only "answers")']);
  });

  it('limits texts to 5,000 characters and requires text where text is asked', () => {
    expect(errorsOf({ answers: { strengths: 'x'.repeat(MAX_TEXT_LENGTH + 1) } })).toEqual([`answers.strengths: must be at most 5000 characters (got 5001)`]);
    expect(errorsOf({ answers: { strengths: 'x'.repeat(MAX_TEXT_LENGTH) } })).toEqual([]);
    expect(errorsOf({ answers: { strengths: 42 } })).toEqual(['answers.strengths: must be text']);
    expect(errorsOf({ answers: { ssc: 'start listening' } })).toEqual(['answers.ssc: must be an object with any of start, stop, continue']);
  });

  it('refuses bodies that are not {answers: {...}}', () => {
    expect(errorsOf([1, 2])).toEqual(['body: must be a JSON object like {"answers": {...}}']);
    expect(errorsOf({ answers: [4] })).toEqual(['answers: must be an object keyed by item and question ids']);
    expect(errorsOf(null)).toEqual(['body: must be a JSON object like {"answers": {...}}']);
  });

  it('lets a draft be empty but not a submission', () => {
    expect(errorsOf({ answers: {} }, 'peer', 'draft')).toEqual([]);
    expect(errorsOf({ answers: { 'communication.listens': null, strengths: '   ' } })).toEqual([
      'answers: rate at least one statement or write a comment before submitting',
    ]);
  });
});
