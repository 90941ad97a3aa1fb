import { ApiClient, signUpCoach } from '../factories/api-client';
import { routesOf } from '../utils/app-routes';
import { startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(60_000);

const UNKNOWN_ID = '6f1c0d7e-0000-4000-8000-000000000000';
const PARAMS: Record<string, string> = {
  id: UNKNOWN_ID,
  engagementId: UNKNOWN_ID,
  campaignId: UNKNOWN_ID,
  token: 'A'.repeat(43),
  key: '0'.repeat(32),
  meeting: 'start',
};
const BROWSER = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
/** The coach's sign-in, sign-up and "forgot password" pages answer their own forms: pages, not errors; the rater form's script is a file. */
const NOT_ERRORS = [
  'GET /r/assets/autosave.js',
  'GET /coach/login',
  'POST /coach/login',
  'GET /coach/signup',
  'POST /coach/signup',
  'GET /coach/password/forgot',
  'POST /coach/password/forgot',
];

type ErrorBody = { statusCode: number; message: unknown; error: string };

describe('one way to fail: pages answer an error as a page of their kind, everything else as JSON', () => {
  let t: TestApp;
  let anonymous: ApiClient;
  let coach: ApiClient;

  beforeAll(async () => {
    t = await startTestApp();
    anonymous = new ApiClient(t.baseUrl);
    coach = (await signUpCoach(anonymous)).api;
  });
  afterAll(async () => {
    await t?.close();
  });

  const heading = (html: unknown): string | undefined => /<h1>([^<]+)<\/h1>/.exec(String(html))?.[1];

  it('answers a browser on every page route with a page, and on every JSON route of the pages with JSON', async () => {
    const routes = routesOf(t).filter(
      (route) => /^\/(coach|r|a|leader|sponsor)(\/|$)/.test(route.path) && !NOT_ERRORS.includes(`${route.method} ${route.path}`),
    );
    expect(routes.map((route) => route.path)).toEqual(
      expect.arrayContaining([
        '/r/:token',
        '/r/s/:key',
        '/a/:token',
        '/leader/:engagementId',
        '/leader/:engagementId/api/reports',
        '/sponsor/:engagementId/api/agenda',
        '/coach/campaigns/:id/report',
      ]),
    );
    for (const route of routes) {
      const path = route.path.replace(/:(\w+)/g, (_, name: string) => PARAMS[name] ?? 'x');
      const result = await anonymous.request<unknown>(route.method, path, route.method === 'GET' ? undefined : 'x=1', {
        ...BROWSER,
        'content-type': 'application/x-www-form-urlencoded',
      });
      const what = [route.method, route.path, result.status, result.headers.get('content-type'), result.headers.get('cache-control')];
      if (path.includes('/api/')) {
        expect(what).toEqual([route.method, route.path, 404, 'application/json; charset=utf-8', 'no-store']);
        expect(result.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
      } else if (path.startsWith('/coach') && !path.startsWith('/coach/password/')) {
        // A coach page sends a browser without a session to sign in; a "forgot password" link is not a session.
        expect([route.method, route.path, result.status, result.headers.get('location')?.startsWith('/coach/login')]).toEqual([
          route.method,
          route.path,
          303,
          true,
        ]);
      } else {
        expect(what).toEqual([route.method, route.path, expect.any(Number), 'text/html; charset=utf-8', 'no-store']);
        expect([route.path, result.status >= 400, heading(result.body)]).toEqual([route.path, true, expect.any(String)]);
      }
    }
  });

  it('words each kind of page its own way, and keeps the API and the leader’s JSON routes JSON for a browser', async () => {
    const coachPage = await coach.request<string>('GET', `/coach/campaigns/${UNKNOWN_ID}/report`, undefined, BROWSER);
    expect([coachPage.status, heading(coachPage.body)]).toEqual([404, 'Report not found']);
    expect(coachPage.body).toContain('<a href="/coach">Your engagements</a>');
    const raterPage = await anonymous.request<string>('GET', `/r/${'A'.repeat(43)}`, undefined, BROWSER);
    expect([raterPage.status, heading(raterPage.body)]).toEqual([404, 'Link not recognised']);
    expect(raterPage.body).toContain('Please use the link from your most recent email.');
    const leaderPage = await anonymous.request<string>('GET', `/leader/${UNKNOWN_ID}`, undefined, BROWSER);
    expect([leaderPage.status, heading(leaderPage.body)]).toEqual([404, 'Not found']);
    const sponsorPage = await anonymous.request<string>('GET', `/sponsor/${UNKNOWN_ID}/meetings/start`, undefined, BROWSER);
    expect([sponsorPage.status, heading(sponsorPage.body)]).toEqual([404, 'Not found']);
    const signIn = await anonymous.request<string>('POST', '/a/continue', 'guard=x', { ...BROWSER, 'content-type': 'application/x-www-form-urlencoded' });
    expect([signIn.status, heading(signIn.body)]).toEqual([403, 'Please open your link again']);

    const leaderApi = await anonymous.request<ErrorBody>('GET', `/leader/${UNKNOWN_ID}/api/reports`, undefined, BROWSER);
    expect([leaderApi.status, leaderApi.headers.get('content-type'), leaderApi.body]).toEqual([
      404,
      'application/json; charset=utf-8',
      expect.objectContaining({ statusCode: 404, error: 'Not Found' }),
    ]);
    const api = await coach.request<ErrorBody>('GET', `/api/campaigns/${UNKNOWN_ID}/report`, undefined, BROWSER);
    expect([api.status, api.body]).toEqual([404, expect.objectContaining({ statusCode: 404, error: 'Not Found' })]);
    const apiWithoutSession = await anonymous.request<ErrorBody>('GET', '/api/engagements', undefined, BROWSER);
    expect([apiWithoutSession.status, apiWithoutSession.headers.get('location'), apiWithoutSession.body]).toEqual([
      401,
      null,
      expect.objectContaining({ statusCode: 401, error: 'Unauthorized' }),
    ]);
  });

  it("gives tools JSON: a bearer token on a coach page, and JSON asked of a rater's or leader's page", async () => {
    const tool = await coach.get<ErrorBody>(`/coach/campaigns/${UNKNOWN_ID}/report`);
    expect([tool.status, tool.headers.get('cache-control'), tool.body]).toEqual([
      404,
      'no-store',
      expect.objectContaining({ statusCode: 404, error: 'Not Found' }),
    ]);
    expect((await anonymous.get<ErrorBody>(`/coach/campaigns/${UNKNOWN_ID}/report`)).body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
    const json = { accept: 'application/json' };
    const rater = await anonymous.request<ErrorBody>('GET', `/r/${'A'.repeat(43)}`, undefined, json);
    expect([rater.status, rater.body]).toEqual([
      404,
      { statusCode: 404, message: 'This link is not valid. Please use the link from your most recent email.', error: 'Not Found' },
    ]);
    const leader = await anonymous.request<ErrorBody>('GET', `/leader/${UNKNOWN_ID}`, undefined, json);
    expect([leader.status, leader.body]).toEqual([404, expect.objectContaining({ statusCode: 404, error: 'Not Found' })]);
  });

  it('answers what no route serves with a page for a browser outside the API, and JSON otherwise', async () => {
    const unknown = await anonymous.request<string>('GET', '/no-such-page', undefined, BROWSER);
    expect([unknown.status, unknown.headers.get('content-type'), unknown.headers.get('cache-control'), heading(unknown.body)]).toEqual([
      404,
      'text/html; charset=utf-8',
      'no-store',
      'Page not found',
    ]);
    expect((await anonymous.get<ErrorBody>('/no-such-page')).body).toMatchObject({ statusCode: 404, error: 'Not Found' });
    expect((await anonymous.request<ErrorBody>('GET', '/api/no-such-call', undefined, BROWSER)).body).toMatchObject({ statusCode: 404, error: 'Not Found' });
    // Refused by the body parser before any route: the form of a rater's page, too large.
    const huge = await anonymous.request<string>('POST', `/r/${'A'.repeat(43)}`, `strengths=${'x'.repeat(300 * 1024)}`, {
      ...BROWSER,
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect([huge.status, heading(huge.body)]).toEqual([413, 'Too much to send at once']);
    expect(huge.body).toContain('body: too large (the limit is 256kb)');
  });
});
