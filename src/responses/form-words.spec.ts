import { join } from 'node:path';
import { loadSurveyCatalog } from '../surveys/survey-catalog';
import { surveyLanguages } from '../surveys/translate-survey';
import { fill, FORM_LANGUAGES, formWords, languageFromHeader, raterLanguage } from './form-words';
import { buildQuestionnaire } from './questionnaire';
import type { InvitationContext } from './response.repository';
import { toFormView, toReviewView } from './rater-form';
import {
  declinedView,
  declineView,
  renderDeclinePage,
  renderRaterForm,
  renderRaterMessage,
  renderReview,
  renderThankYou,
  thankYouView,
} from './rater-form.page';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("the rater pages' own words", () => {
  it('exist in every language for every English text, with the same placeholders', () => {
    const english = formWords('en');
    for (const language of FORM_LANGUAGES) {
      const words = formWords(language);
      expect(Object.keys(words).sort()).toEqual(Object.keys(english).sort());
      for (const [key, text] of Object.entries(english))
        expect([language, key, placeholders(words[key as keyof typeof words])]).toEqual([language, key, placeholders(text)]);
    }
  });

  it('picks the first language of the browser that is offered, by weight, with or without its region', () => {
    expect(languageFromHeader('fr-CH,fr;q=0.9,en;q=0.8', ['en', 'fr'])).toBe('fr');
    expect(languageFromHeader('de-DE,en;q=0.5,fr;q=0.7', ['en', 'fr'])).toBe('fr');
    expect(languageFromHeader('de-DE', ['en', 'fr'])).toBeNull();
    expect(languageFromHeader('fr;q=0, en', ['en', 'fr'])).toBe('en');
    expect(languageFromHeader(undefined, ['en', 'fr'])).toBeNull();
  });

  it("picks the language of a rater's page: chosen on the form, else remembered, else the browser's, among those offered, else English", () => {
    const browser = 'fr-FR,fr;q=0.9';
    expect(raterLanguage({ picked: 'en', remembered: 'fr', acceptLanguage: browser }, ['en', 'fr'])).toBe('en');
    expect(raterLanguage({ remembered: 'en', acceptLanguage: browser }, ['en', 'fr'])).toBe('en');
    expect(raterLanguage({ acceptLanguage: browser }, ['en', 'fr'])).toBe('fr');
    // A survey not translated into French is answered in English, whatever the browser or a stale pick says.
    expect(raterLanguage({ picked: 'fr', remembered: 'fr', acceptLanguage: browser }, ['en'])).toBe('en');
    // A language the pages have no words for is never used, even where a survey offers it.
    expect(raterLanguage({ picked: 'de', acceptLanguage: 'de' }, ['en', 'de', 'fr'])).toBe('en');
    expect(raterLanguage({ picked: 42, acceptLanguage: browser })).toBe('fr');
    expect(raterLanguage({})).toBe('en');
  });

  it('puts the language the coach set for the rater after a pick on the form and before the browser’s', () => {
    const both = ['en', 'fr'];
    expect(raterLanguage({ picked: 'en', remembered: 'fr', coachSet: 'fr', acceptLanguage: 'fr' }, both)).toBe('en');
    expect(raterLanguage({ remembered: 'en', coachSet: 'fr', acceptLanguage: 'fr' }, both)).toBe('en');
    expect(raterLanguage({ coachSet: 'fr', acceptLanguage: 'en-GB,en;q=0.9' }, both)).toBe('fr');
    expect(raterLanguage({ coachSet: 'fr' }, both)).toBe('fr');
    expect(raterLanguage({ coachSet: null, acceptLanguage: 'fr-CH,fr;q=0.9' }, both)).toBe('fr');
    // Set by the coach for a survey without French: English, as for any language the survey lacks.
    expect(raterLanguage({ coachSet: 'fr', acceptLanguage: 'fr' }, ['en'])).toBe('en');
    expect(raterLanguage({ picked: 'xx', remembered: 'de', coachSet: 'fr', acceptLanguage: 'en' }, both)).toBe('fr');
  });

  it('leaves a placeholder without a value in sight, so a missing one shows', () => {
    expect(fill('{leader} and {coach}', { leader: 'Alex' })).toBe('Alex and {coach}');
  });
});

describe('the leadership 360 in French, as a peer reads it', () => {
  const survey = loadSurveyCatalog(join(__dirname, '..', '..', 'surveys')).byId('leadership-360');
  if (!survey) throw new Error('no leadership-360');
  const closesAt = new Date('2026-12-18T17:00:00Z');
  const english = buildQuestionnaire({ survey, groupId: 'peer', leaderName: 'Alex Morgan', closesAt, draft: null });
  const q = buildQuestionnaire({ survey, groupId: 'peer', leaderName: 'Alex Morgan', closesAt, draft: null, language: 'fr' });

  it('offers English and French, and keeps every id, so answers are the same in both', () => {
    expect(surveyLanguages(survey)).toEqual(['en', 'fr']);
    expect(q.items.map((item) => [item.id, item.themeId, item.kind])).toEqual(english.items.map((item) => [item.id, item.themeId, item.kind]));
    expect(q.questions.map((question) => question.id)).toEqual(english.questions.map((question) => question.id));
    expect(q.items[0].text).toBe("Alex Morgan décrit la direction que prend l'équipe avec des mots que chacun peut reprendre à son compte.");
    expect(q.scale.labels).toEqual(['Rarement', 'Parfois', 'Souvent', 'Habituellement', 'Presque toujours']);
    expect(q.group.label).toBe('Pairs');
  });

  it('renders the form, the review and the thank-you page in French, marked as French, with no English sentence left', () => {
    const form = renderRaterForm(toFormView(q, {}, '/r/s/key', { language: 'fr', languages: surveyLanguages(survey), autosaveHref: '/r/s/key/draft' }));
    expect(form).toContain('<html lang="fr">');
    expect(form).toContain('Partie 1 sur 9\u00a0: Vision et cap');
    expect(form).toContain('Merci de répondre avant le vendredi 18 décembre 2026 à 17 h 00 UTC.');
    expect(form).toContain('<option value="fr" lang="fr" selected>Français</option>');
    expect(form).toContain('Relire mes réponses');
    expect(form).not.toMatch(/Section \d|Review my answers|Save and finish later|Before you start|Your answers are/);
    const review = renderReview(toReviewView(q, { [q.items[0].id]: 4 }, '/r/s/key', 'guard', 'fr'));
    expect(review).toContain('<h1>Relisez vos réponses</h1>');
    expect(review).toContain('<dd>Habituellement</dd>');
    expect(review).toContain('<input type="hidden" name="language" value="fr">');
    const thanks = renderThankYou(thankYouView(q, 'fr'));
    expect(thanks).toContain('<h1>Merci\u00a0!</h1>');
    expect(thanks).toContain('L’enquête se termine le vendredi 18 décembre 2026 à 17 h 00 UTC.');
    expect(thanks).not.toMatch(/Thank you|What happens next/);
  });

  it('renders the decline page and what follows it in French, marked as French, with no English sentence left', () => {
    const invitation = { survey, groupId: 'peer', leaderName: 'Alex Morgan' } as unknown as InvitationContext;
    const english = renderDeclinePage(declineView(invitation, '/r/s/key', 'guard'));
    const page = renderDeclinePage(declineView(invitation, '/r/s/key', 'guard', 'fr'));
    expect(page).toContain('<html lang="fr">');
    expect(page).toContain('<title>Feedback 360° sur le leadership pour Alex Morgan</title>');
    expect(page).toContain('<h1>Décliner cette enquête</h1>');
    expect(page).toContain('au moins 3 personnes de votre groupe');
    expect(page).toContain('<label class="block" for="decline-reason">Votre raison (facultatif)</label>');
    const sentences = [...english.slice(english.indexOf('<main>')).matchAll(/>([^<>]*[a-z]{3}[^<>]*)</g)].map((match) => match[1].trim());
    expect(sentences.length).toBeGreaterThanOrEqual(7);
    for (const sentence of sentences) expect(page).not.toContain(sentence);
    expect(english).toContain('<h1>Decline this survey</h1>');
    const declined = renderRaterMessage(declinedView('fr'));
    expect(declined).toContain('<html lang="fr">');
    expect(declined).toContain('<h1>Merci de nous avoir prévenus</h1>');
  });
});
