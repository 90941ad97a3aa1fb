import { formWords } from './form-words';
import { raterErrorPage, refusalIn } from './rater-error.page';
import { DECLINED_MESSAGE } from './responses.service';

const request = { method: 'GET', originalUrl: '/r/x' };
const french = { ...request, headers: { 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.5' } };
const KEY = 'a'.repeat(32);

describe('raterErrorPage', () => {
  it.each([
    [404, 'Link not recognised'],
    [403, 'Please open your link again'],
    [409, 'Thank you, your answers are in'],
    [410, 'This survey has closed'],
    [429, 'Too many attempts'],
  ])('heads a %i with "%s"', (statusCode, heading) => {
    expect(raterErrorPage({ statusCode, message: 'The message', error: 'x' }, request)).toEqual({
      page: { heading, message: 'The message', reference: null, back: null, lang: 'en' },
    });
  });

  it('tells a rater who declined that they declined, not that their answers are in', () => {
    expect(raterErrorPage({ statusCode: 409, message: DECLINED_MESSAGE, error: 'Conflict' }, request)).toMatchObject({
      page: { heading: 'You declined this survey', message: DECLINED_MESSAGE },
    });
  });

  it('never tells a rater of an error, an invalid link or a refusal in a heading', () => {
    for (const statusCode of [400, 403, 404, 409, 410, 413, 429, 500, 503]) {
      const answer = raterErrorPage({ statusCode, message: 'm', error: 'e' }, request);
      expect('page' in answer && answer.page.heading).not.toMatch(/error|invalid|forbidden|denied/i);
    }
  });

  it('gives the reference of an unexpected error', () => {
    expect(raterErrorPage({ statusCode: 503, message: 'briefly unavailable', error: 'Service Unavailable', errorId: 'e-2' }, request)).toMatchObject({
      page: { heading: 'Please try again in a moment', reference: 'e-2', referenceText: 'Reference: e-2' },
    });
  });

  it.each<[number, string, string, string]>([
    [410, formWords('en').closed, 'Cette enquête est close', formWords('fr').closed],
    [409, formWords('en').alreadyAnswered, 'Merci, vos réponses nous sont bien parvenues', formWords('fr').alreadyAnswered],
    [409, DECLINED_MESSAGE, 'Vous avez décliné cette enquête', formWords('fr').alreadyDeclined],
    [404, formWords('en').unknownLink, 'Lien non reconnu', formWords('fr').unknownLink],
    [403, formWords('en').formExpired, 'Veuillez rouvrir votre lien', formWords('fr').formExpired],
  ])('says a %i in French to a French browser', (statusCode, message, heading, frenchMessage) => {
    expect(raterErrorPage({ statusCode, message, error: 'x' }, french)).toEqual({
      page: { heading, message: frenchMessage, reference: null, back: null, lang: 'fr' },
    });
  });

  it('says what the words do not know by its status, never in English, to a French browser', () => {
    expect(raterErrorPage({ statusCode: 503, message: 'Redis is away', error: 'x', errorId: 'e-3' }, french)).toEqual({
      page: {
        heading: 'Veuillez réessayer dans un instant',
        message: formWords('fr').unavailable,
        reference: 'e-3',
        referenceText: 'Référence\u00a0: e-3',
        back: null,
        lang: 'fr',
      },
    });
    expect(raterErrorPage({ statusCode: 413, message: 'request entity too large', error: 'x' }, french)).toMatchObject({
      page: { heading: 'Un problème est survenu', message: formWords('fr').other },
    });
  });

  it("keeps to the language picked on the link's form, over the browser's", () => {
    const picked = { method: 'POST', originalUrl: `/r/s/${KEY}/decline`, headers: { ...french.headers, cookie: `f360lang_${KEY}=en` } };
    expect(raterErrorPage({ statusCode: 410, message: formWords('en').closed, error: 'x' }, picked)).toMatchObject({ page: { lang: 'en' } });
    const elsewhere = { ...picked, originalUrl: `/r/s/${'b'.repeat(32)}` };
    expect(raterErrorPage({ statusCode: 410, message: formWords('en').closed, error: 'x' }, elsewhere)).toMatchObject({ page: { lang: 'fr' } });
  });

  it('says a refusal of the API in the language asked, and nothing it does not know', () => {
    expect(refusalIn(formWords('en').closed, 'fr')).toBe(formWords('fr').closed);
    expect(refusalIn(formWords('en').formExpired, 'en')).toBe(formWords('en').formExpired);
    expect(refusalIn('answers.more: is too long', 'fr')).toBeNull();
  });
});
