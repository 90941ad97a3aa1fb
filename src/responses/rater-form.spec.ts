import { surveyFactory } from '../../test/factories/survey.factory';
import { buildQuestionnaire } from './questionnaire';
import { toFormView, toReviewView } from './rater-form';
import { renderRaterForm, renderThankYou, thankYouView } from './rater-form.page';

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

  it('offers "not observed" on every statement, and saves as the rater types only on their own link, never in the preview', () => {
    const view = toFormView(q, {}, '/r/s/key', { autosaveHref: '/r/s/key/draft' });
    expect(view.items.map((item) => item.choices.filter((choice) => choice.na).map((choice) => choice.label))).toEqual(q.items.map(() => ['Not observed']));
    const html = renderRaterForm(view);
    expect(html).toContain('data-autosave="/r/s/key/draft"');
    expect(html).toContain('<script src="/r/assets/autosave.js" defer></script>');
    expect(html).toMatch(/<p id="save-status" class="save-status" role="status" aria-live="polite" data-saved="Saved at {time}\.[^"]*"[^>]*><\/p>/);
    const preview = toFormView(q, {}, '#', { autosaveHref: '/r/s/key/draft', preview: { note: 'n', back: { href: '/', label: 'b' }, groups: [] } });
    expect(preview.autosaveHref).toBeNull();
    expect(renderRaterForm(preview)).not.toContain('<script');
  });

  it('thanks the rater and says what happens next: anonymity for a peer, a thank-you mail at close, none for the leader', () => {
    const closesAt = new Date('2026-12-18T17:00:00Z');
    const peer = thankYouView(buildQuestionnaire({ survey: surveyFactory(), groupId: 'peer', leaderName: 'Alex', closesAt, draft: null }));
    expect(peer.steps.join(' ')).toContain('once at least 3 of you have answered');
    expect(peer.steps.join(' ')).toContain('The survey closes on Friday 18 December 2026 at 17:00 UTC.');
    expect(peer.steps.join(' ')).toContain('thank-you email');
    const self = thankYouView(buildQuestionnaire({ survey: surveyFactory(), groupId: 'self', leaderName: 'Alex', closesAt: null, draft: null }));
    expect(self.steps.join(' ')).toContain('goes through it with you');
    expect(self.steps.join(' ')).not.toContain('thank-you email');
    const html = renderThankYou(peer);
    expect(html).toContain('<h1>Thank you!</h1>');
    expect(html).toContain('<h2>What happens next</h2>');
  });
});
