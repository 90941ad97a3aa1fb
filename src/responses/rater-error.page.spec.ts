import { raterErrorPage } from './rater-error.page';
import { DECLINED_MESSAGE } from './responses.service';

const request = { method: 'GET', originalUrl: '/r/x' };

describe('raterErrorPage', () => {
  it.each([
    [404, 'Link not recognised'],
    [403, 'Please open your link again'],
    [409, 'Thank you, your answers are in'],
    [410, 'This survey has closed'],
    [429, 'Too many attempts'],
  ])('heads a %i with "%s"', (statusCode, heading) => {
    expect(raterErrorPage({ statusCode, message: 'The message', error: 'x' }, request)).toEqual({
      page: { heading, message: 'The message', reference: null, back: null },
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
      page: { heading: 'Please try again in a moment', reference: 'e-2' },
    });
  });
});
