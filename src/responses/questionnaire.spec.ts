import { surveyFactory } from '../../test/factories/survey.factory';
import { buildQuestionnaire } from './questionnaire';

describe('buildQuestionnaire', () => {
  const survey = surveyFactory();

  it('words items for the leader rating themself, with only the questions of the self group', () => {
    const questionnaire = buildQuestionnaire({ survey, groupId: 'self', leaderName: 'Alex', closesAt: null, draft: null });
    expect(questionnaire.group).toEqual({ id: 'self', label: 'Self', anonymous: false, minResponses: 1 });
    expect(questionnaire.items.map((item) => item.text)).toEqual([
      'I listen without interrupting',
      'I explain decisions clearly',
      'I keep my commitments',
      'I set clear priorities',
    ]);
    expect(questionnaire.questions).toEqual([{ id: 'strengths', type: 'text', prompt: 'What do you do well?' }]);
  });

  it('names the leader in items and prompts for other raters and carries the draft', () => {
    const closesAt = new Date('2026-12-31T18:00:00Z');
    const questionnaire = buildQuestionnaire({ survey, groupId: 'peer', leaderName: 'Alex Morgan', closesAt, draft: { strengths: 'Calm' } });
    expect(questionnaire.campaign).toEqual({ title: 'Mini 360 for Alex Morgan', closesAt: '2026-12-31T18:00:00.000Z' });
    expect(questionnaire.items[0]).toEqual({
      id: 'communication.listens',
      themeId: 'communication',
      themeTitle: 'Communication',
      kind: 'likert',
      text: 'Alex Morgan listens without interrupting',
    });
    expect(questionnaire.questions.map((question) => question.prompt)).toEqual([
      'What does Alex Morgan do well?',
      'What should Alex Morgan start, stop, continue?',
    ]);
    expect(questionnaire.group.anonymous).toBe(true);
    expect(questionnaire.draft).toEqual({ answers: { strengths: 'Calm' } });
  });
});
