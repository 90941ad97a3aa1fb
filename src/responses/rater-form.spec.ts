import { surveyFactory } from '../../test/factories/survey.factory';
import { buildQuestionnaire } from './questionnaire';
import { toFormView, toReviewView } from './rater-form';

describe('the rater form in sections, and its review step', () => {
  const q = buildQuestionnaire({ survey: surveyFactory(), groupId: 'peer', leaderName: 'Alex', closesAt: null, draft: null });
  const themes = [...new Set(q.items.map((item) => item.themeTitle))];
  const total = themes.length + (q.questions.length > 0 ? 1 : 0);

  it('puts each theme in its own section, numbered out of all of them, and the open questions last', () => {
    const view = toFormView(q, {}, '/r/s/key');
    expect(view.sections.map((section) => section.heading)).toEqual(themes.map((title, index) => `Section ${index + 1} of ${total}: ${title}`));
    expect(view.sections.flatMap((section) => section.items.map((item) => item.id))).toEqual(q.items.map((item) => item.id));
    expect(view.questionsHeading).toBe(`Section ${total} of ${total}: In your own words`);
  });

  it('shows each answer in words for review, the unanswered as such, and carries exactly the answers given as hidden fields', () => {
    const [first, second] = q.items;
    const question = q.questions[0];
    const review = toReviewView(q, { [first.id]: 4, [question.id]: 'Calm & <clear>' }, '/r/s/key', 'guard');
    const rows = review.sections.flatMap((section) => section.rows);
    expect(rows.find((row) => row.text === first.text)?.answer).toBe(q.scale.labels[3]);
    expect(rows.find((row) => row.text === second.text)?.answer).toBe(`${q.scale.notObserved} / not answered`);
    expect(rows.find((row) => row.text === question.prompt)?.answer).toBe('Calm & <clear>');
    expect(review.hidden).toEqual([
      { name: first.id, value: '4' },
      { name: question.id, value: 'Calm & <clear>' },
    ]);
    expect(review.sections).toHaveLength(total);
  });
});
