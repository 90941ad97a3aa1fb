import { coachErrorPage } from './coach-error.page';

const read = (originalUrl: string) => ({ method: 'GET', originalUrl });

describe('coachErrorPage', () => {
  it('sends a browser without a session to sign in, and back to the page it read', () => {
    expect(
      coachErrorPage(
        { statusCode: 401, message: 'Sign in first', error: 'Unauthorized' },
        read('/coach/campaigns/6f1c0d7e-0000-4000-8000-000000000000/report?version=2'),
      ),
    ).toEqual({
      redirect: `/coach/login?next=${encodeURIComponent('/coach/campaigns/6f1c0d7e-0000-4000-8000-000000000000/report?version=2')}`,
    });
    expect(coachErrorPage({ statusCode: 401, message: 'Sign in first', error: 'Unauthorized' }, read('/coach'))).toEqual({ redirect: '/coach/login' });
  });

  it('does not replay a form post after signing in', () => {
    expect(
      coachErrorPage({ statusCode: 401, message: 'You are not signed in.', error: 'Unauthorized' }, { method: 'POST', originalUrl: '/coach/logout' }),
    ).toEqual({ redirect: '/coach/login' });
  });

  it('shows other errors under their heading, with the way back to the campaigns', () => {
    expect(coachErrorPage({ statusCode: 404, message: 'Campaign not found', error: 'Not Found' }, read('/coach/campaigns/x/report'))).toEqual({
      page: { heading: 'Report not found', message: 'Campaign not found', reference: null, back: { href: '/coach', label: 'Your engagements' } },
    });
    expect(
      coachErrorPage(
        { statusCode: 400, message: ['version: must be a whole number of at least 1'], error: 'Bad Request' },
        read('/coach/campaigns/x/report?version=0'),
      ),
    ).toMatchObject({
      page: { heading: 'This address is not quite right', message: 'version: must be a whole number of at least 1' },
    });
  });

  it('says "not found" of other pages, and why a step is not possible', () => {
    expect(coachErrorPage({ statusCode: 404, message: 'Engagement not found', error: 'Not Found' }, read('/coach/engagements/x'))).toMatchObject({
      page: { heading: 'Not found', message: 'Engagement not found' },
    });
    expect(coachErrorPage({ statusCode: 409, message: 'This campaign is already launched', error: 'Conflict' }, read('/coach/campaigns/x'))).toMatchObject({
      page: { heading: 'Not possible right now' },
    });
  });

  it('gives the reference of an unexpected error', () => {
    const body = {
      statusCode: 500,
      message: 'Something went wrong on our side. Quote this id if you report it.',
      error: 'Internal Server Error',
      errorId: 'e-1',
    };
    expect(coachErrorPage(body, read('/coach'))).toMatchObject({ page: { heading: 'Something went wrong', reference: 'e-1' } });
  });
});
