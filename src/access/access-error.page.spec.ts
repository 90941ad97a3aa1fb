import { accessErrorPage } from './access-error.page';

const request = { method: 'GET', originalUrl: '/leader/x' };

describe('accessErrorPage', () => {
  it('tells the leader or sponsor what happened in their words, with the status of the API', () => {
    expect(accessErrorPage({ statusCode: 404, message: 'Not found', error: 'Not Found' }, request)).toEqual({
      page: { heading: 'Not found', message: 'Not found', reference: null, back: null },
    });
    expect(accessErrorPage({ statusCode: 410, message: 'This link was already used', error: 'Gone' }, request)).toMatchObject({
      page: { heading: 'This link has expired' },
    });
    expect(accessErrorPage({ statusCode: 403, message: 'This page expired.', error: 'Forbidden' }, request)).toMatchObject({
      page: { heading: 'Please open your link again' },
    });
  });

  it('never sends anyone to the coach sign-in, even on a 401', () => {
    expect(accessErrorPage({ statusCode: 401, message: 'x', error: 'Unauthorized' }, request)).toMatchObject({ page: { heading: 'Something went wrong' } });
  });

  it('lists every refused field of a form in one sentence', () => {
    expect(accessErrorPage({ statusCode: 400, message: ['goals: must be on or off', 'csrf: is missing'], error: 'Bad Request' }, request)).toMatchObject({
      page: { heading: 'Please check the form', message: 'goals: must be on or off; csrf: is missing' },
    });
  });
});
