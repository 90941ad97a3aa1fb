import { ApiClient, draftCampaign, raters, signUpCoach } from '../factories/api-client';
import { startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(60_000);

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
}

/** Every route the app serves, read from the router itself, so a new route cannot be forgotten. */
function routesOf(t: TestApp): { method: string; path: string }[] {
  const express = t.app.getHttpAdapter().getInstance() as unknown as { router: { stack: Layer[] } };
  return express.router.stack
    .filter((layer) => layer.route)
    .flatMap((layer) => Object.keys(layer.route?.methods ?? {}).map((method) => ({ method: method.toUpperCase(), path: layer.route?.path ?? '' })));
}

/** Routes anyone may call: accounts, survey definitions, rater links, health, docs, dev outbox, the sign-in page. */
const PUBLIC = [/^\/api\/auth\/(signup|login)$/, /^\/api\/surveys/, /^\/api\/responses\//, /^\/r\//, /^\/api\/health$/, /^\/api\/docs/, /^\/dev\//, /^\/coach\/login$/];

describe('every coach route checks who owns the record', () => {
  let t: TestApp;
  let owner: ApiClient;
  let intruder: ApiClient;
  let ids: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    owner = (await signUpCoach(new ApiClient(t.baseUrl), 'Owner')).api;
    intruder = (await signUpCoach(new ApiClient(t.baseUrl), 'Intruder')).api;
    const { engagementId, campaignId } = await draftCampaign(owner, { raters: raters('peer', 3) });
    ids = { engagements: engagementId, campaigns: campaignId };
  });
  afterAll(async () => {
    await t?.close();
  });

  const coachRoutes = () => routesOf(t).filter((route) => /^\/(api|coach)(\/|$)/.test(route.path) && !PUBLIC.some((pattern) => pattern.test(route.path)));
  const pathOf = (route: { path: string }): string => route.path.replace(':id', ids[route.path.split('/')[2]] ?? ids.campaigns);

  it('finds the coach routes in the router, the report pages among them', () => {
    const paths = coachRoutes().map((route) => `${route.method} ${route.path}`);
    expect(paths).toEqual(
      expect.arrayContaining(['GET /api/campaigns/:id/report', 'POST /api/campaigns/:id/launch', 'GET /api/engagements/:id', 'GET /coach/campaigns/:id/report', 'GET /coach/campaigns/:id/report.pdf', 'POST /coach/logout']),
    );
    expect(paths.length).toBeGreaterThanOrEqual(18);
  });

  it('answers 401 without a session on every coach route', async () => {
    for (const route of coachRoutes()) {
      const result = await new ApiClient(t.baseUrl).request(route.method, pathOf(route), route.method === 'GET' ? undefined : {});
      expect([route.method, route.path, result.status]).toEqual([route.method, route.path, 401]);
    }
  });

  it('sends a browser without a session to the sign-in page instead, remembering the page it asked for', async () => {
    const pages = coachRoutes().filter((route) => route.path.startsWith('/coach'));
    expect(pages.length).toBeGreaterThanOrEqual(4);
    for (const route of pages) {
      const path = pathOf(route);
      const result = await new ApiClient(t.baseUrl).request(route.method, path, route.method === 'GET' ? undefined : {}, { accept: 'text/html' });
      const location = result.headers.get('location');
      // Only a page read comes back after signing in; a post is not replayed.
      const expected = route.method === 'GET' && path !== '/coach' ? `/coach/login?next=${encodeURIComponent(path)}` : '/coach/login';
      expect([route.method, route.path, result.status, location]).toEqual([route.method, route.path, 303, expected]);
    }
    // The JSON API never redirects, whatever the client accepts.
    expect((await new ApiClient(t.baseUrl).request('GET', `/api/campaigns/${ids.campaigns}/report`, undefined, { accept: 'text/html' })).status).toBe(401);
  });

  it("answers 404 to another coach on every route that takes an id, and changes nothing", async () => {
    const withId = coachRoutes().filter((route) => route.path.includes(':id'));
    for (const route of withId) {
      const path = pathOf(route);
      // A valid body for each route, so that ownership, not validation, decides the answer.
      const body = route.method === 'GET' ? undefined : route.path.endsWith('/campaigns') ? { surveyId: 'leadership-360' } : route.path.endsWith('/raters') ? { raters: raters('peer', 1) } : route.path.endsWith('/interviews') ? { group: 'peer', notes: 'x' } : {};
      const result = await intruder.request(route.method, path, body);
      expect([route.method, route.path, result.status]).toEqual([route.method, route.path, 404]);
    }
    const campaign = await owner.get<{ status: string }>(`/api/campaigns/${ids.campaigns}`);
    expect(campaign.body.status).toBe('draft');
    expect((await owner.get<{ raters: unknown[] }>(`/api/campaigns/${ids.campaigns}/raters`)).body.raters).toHaveLength(4);
    expect((await intruder.get<unknown[]>('/api/engagements')).body).toEqual([]);
  });
});
