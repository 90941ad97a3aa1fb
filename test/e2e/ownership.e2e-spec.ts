import { waitUntil } from '../../src/common/wait-until';
import { ApiClient, draftCampaign, raters, signUpCoach } from '../factories/api-client';
import { accessLinkIn, signInWith, withCookie } from '../utils/access-link';
import { routesOf } from '../utils/app-routes';
import { startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(60_000);

/** A valid body for each route that takes one, so that ownership, not validation, decides the answer. */
const VALID_BODIES: [RegExp, () => unknown][] = [
  [/\/campaigns$/, () => ({ surveyId: 'leadership-360' })],
  [/\/raters$/, () => ({ raters: raters('peer', 1) })],
  [/\/raters\/:raterId$/, () => ({ email: 'intruder@example.com' })],
  [/\/nomination$/, () => ({ raters: raters('peer', 1) })],
  [/\/nomination\/return$/, () => ({ note: 'Taken over by an intruder' })],
  [/\/interviews$/, () => ({ group: 'peer', notes: 'x' })],
  [/\/outcomes$/, () => ({ outcomes: ['Taken over by an intruder'] })],
  [/\/phase$/, () => ({ phase: 'closed' })],
  [
    /\/program$/,
    () => ({
      goals: [
        { themeId: 'communication', goal: 'x', target: 4 },
        { themeId: 'developing-others', goal: 'y', target: 4 },
      ],
      plan: [{ practiceId: 'speak-last', startOn: '2026-02-02', dueOn: '2026-03-01' }],
    }),
  ],
  [/\/sessions(\/:sessionId)?$/, () => ({ heldOn: '2026-02-02', durationMinutes: 60, focusThemeId: 'communication' })],
  [/\/practice-actions(\/:actionId)?$/, () => ({ practiceId: 'speak-last', doneOn: '2026-02-02' })],
  [/\/report\/review(\/:commentId)?$/, () => ({ version: 1, decision: 'move', themeId: 'vision' })],
  [/\/pulses$/, () => ({ monthsAfterStart: 3 })],
];

const validBody = (route: { method: string; path: string }): unknown =>
  route.method === 'GET' ? undefined : (VALID_BODIES.find(([pattern]) => pattern.test(route.path))?.[1]() ?? {});

/** Routes anyone may call: accounts, survey definitions, rater links, health, docs, dev outbox, the sign-in page. */
const PUBLIC = [
  /^\/api\/auth\/(signup|login|password-reset|password-reset\/confirm)$/,
  /^\/coach\/(signup|password\/)/,
  /^\/api\/surveys/,
  /^\/api\/responses\//,
  /^\/r\//,
  /^\/api\/health$/,
  /^\/api\/docs/,
  /^\/dev\//,
  /^\/api\/mail\/bounces$/,
  /^\/coach\/login$/,
];

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
    const peer = (await owner.get<{ raters: { id: string; group: string }[] }>(`/api/campaigns/${campaignId}/raters`)).body.raters.find(
      (rater) => rater.group === 'peer',
    );
    ids = { engagements: engagementId, campaigns: campaignId, rater: peer?.id ?? '' };
  });
  afterAll(async () => {
    await t?.close();
  });

  const coachRoutes = () => routesOf(t).filter((route) => /^\/(api|coach)(\/|$)/.test(route.path) && !PUBLIC.some((pattern) => pattern.test(route.path)));
  const pathOf = (route: { path: string }): string => route.path.replace(':id', ids[route.path.split('/')[2]] ?? ids.campaigns).replace(':raterId', ids.rater);

  it('finds the coach routes in the router, the report pages among them', () => {
    const paths = coachRoutes().map((route) => `${route.method} ${route.path}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'GET /api/campaigns/:id/report',
        'POST /api/campaigns/:id/launch',
        'GET /api/engagements/:id',
        'GET /coach/campaigns/:id/report',
        'GET /coach/campaigns/:id/report.pdf',
        'POST /coach/logout',
        'GET /coach/engagements/:id',
        'POST /coach/engagements/:id/delete',
        'POST /coach/engagements/:id/outcomes',
        'GET /coach/engagements/:id/export',
        'POST /coach/campaigns/:id/raters/upload',
        'POST /coach/campaigns/:id/raters/:raterId/email',
        'PATCH /api/campaigns/:id/raters/:raterId',
        'POST /coach/campaigns/:id/launch',
        'POST /coach/campaigns/:id/release',
        'POST /coach/engagements/:id/program',
        'POST /coach/engagements/:id/sessions/:entryId',
        'PUT /api/engagements/:id/sessions/:sessionId',
        'DELETE /api/engagements/:id/practice-actions/:actionId',
        'GET /api/campaigns/:id/report/review',
        'PUT /api/campaigns/:id/report/review/:commentId',
        'GET /coach/campaigns/:id/report/review',
        'POST /coach/campaigns/:id/report/review',
        'GET /api/campaigns/:id/nomination',
        'PUT /api/campaigns/:id/nomination',
        'POST /api/campaigns/:id/nomination/approve',
        'POST /api/campaigns/:id/nomination/return',
        'POST /coach/campaigns/:id/nomination',
        'POST /coach/campaigns/:id/nomination/approve',
        'POST /coach/campaigns/:id/nomination/return',
        'POST /api/engagements/:id/pulses',
        'GET /api/engagements/:id/pulses',
        'DELETE /api/engagements/:id/pulses/:pulseId',
      ]),
    );
    expect(paths.length).toBeGreaterThanOrEqual(50);
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

  it('answers 404 to another coach on every route that takes an id, and changes nothing', async () => {
    const withId = coachRoutes().filter((route) => route.path.includes(':id'));
    for (const route of withId) {
      const result = await intruder.request(route.method, pathOf(route), validBody(route));
      expect([route.method, route.path, result.status]).toEqual([route.method, route.path, 404]);
    }
    const campaign = await owner.get<{ status: string }>(`/api/campaigns/${ids.campaigns}`);
    expect(campaign.body.status).toBe('draft');
    const ownersRaters = (await owner.get<{ raters: { email: string }[] }>(`/api/campaigns/${ids.campaigns}/raters`)).body.raters;
    expect(ownersRaters).toHaveLength(4);
    expect(ownersRaters.map((rater) => rater.email)).not.toContain('intruder@example.com');
    expect((await intruder.get<unknown[]>('/api/engagements')).body).toEqual([]);
    const engagement = (await owner.get<{ phase: string; outcomes: { text: string }[] }>(`/api/engagements/${ids.engagements}`)).body;
    expect([engagement.phase, engagement.outcomes.map((outcome) => outcome.text)]).toEqual([
      'contracting',
      ['Others rate communication at 4.0 or more by the final review'],
    ]);
    expect((await owner.get(`/api/engagements/${ids.engagements}/program`)).status).toBe(404);
  });
});

describe('every leader and sponsor route answers 404 unless the session is of that role and of that engagement', () => {
  let t: TestApp;
  let coach: ApiClient;
  let a: { engagementId: string; campaignId: string };
  const cookies: Record<string, string> = {};

  const signIn = async (engagementId: string, role: 'leader' | 'sponsor', email: string): Promise<string> => {
    const links = () => t.mailbox.to(email).filter((mail) => mail.text.includes('/a/'));
    const before = links().length;
    expect((await coach.post(`/api/engagements/${engagementId}/${role}-link`)).status).toBe(202);
    await waitUntil(() => links().length > before, { what: `sign-in mail to ${email}` });
    return (await signInWith(accessLinkIn(links()[before]))).cookie;
  };

  beforeAll(async () => {
    t = await startTestApp();
    coach = (await signUpCoach(new ApiClient(t.baseUrl))).api;
    a = await draftCampaign(coach, { raters: raters('peer', 3) });
    const b = await draftCampaign(coach, { raters: raters('peer', 3) });
    const sponsorOf = async (engagementId: string) => (await coach.get<{ sponsor: { email: string } }>(`/api/engagements/${engagementId}`)).body.sponsor.email;
    cookies.leaderA = await signIn(
      a.engagementId,
      'leader',
      (await coach.get<{ leader: { email: string } }>(`/api/engagements/${a.engagementId}`)).body.leader.email,
    );
    cookies.sponsorA = await signIn(a.engagementId, 'sponsor', await sponsorOf(a.engagementId));
    cookies.leaderB = await signIn(b.engagementId, 'leader', b.leaderEmail);
    cookies.sponsorB = await signIn(b.engagementId, 'sponsor', await sponsorOf(b.engagementId));
  });
  afterAll(async () => {
    await t?.close();
  });

  const accessRoutes = () => routesOf(t).filter((route) => /^\/(leader|sponsor)\//.test(route.path));

  it('finds the leader and sponsor routes in the router', () => {
    const paths = accessRoutes().map((route) => `${route.method} ${route.path}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'GET /leader/:engagementId/api/reports/:campaignId',
        'POST /leader/:engagementId/sharing',
        'GET /sponsor/:engagementId/api/agenda',
        'GET /sponsor/:engagementId/meetings/:meeting',
        'GET /leader/:engagementId/raters/:campaignId',
        'POST /leader/:engagementId/raters/:campaignId',
        'POST /leader/:engagementId/raters/:campaignId/remove',
        'POST /leader/:engagementId/raters/:campaignId/submit',
        'GET /leader/:engagementId/api/nominations/:campaignId',
        'PUT /leader/:engagementId/api/nominations/:campaignId',
        'POST /leader/:engagementId/api/nominations/:campaignId/submit',
      ]),
    );
    expect(paths.length).toBeGreaterThanOrEqual(14);
  });

  it('answers 404 without a session, to a coach, to the other role, and to the same role of another engagement', async () => {
    for (const route of accessRoutes()) {
      const role = route.path.startsWith('/leader/') ? 'leader' : 'sponsor';
      const url = `${t.baseUrl}${route.path.replace(':engagementId', a.engagementId).replace(':campaignId', a.campaignId).replace(':meeting', 'start')}`;
      const attempts: [string, Record<string, string>][] = [
        ['no session', {}],
        ['a coach', { authorization: `Bearer ${coach.token}` }],
        ['the other role', { cookie: role === 'leader' ? cookies.sponsorA : cookies.leaderA }],
        ['another engagement', { cookie: role === 'leader' ? cookies.leaderB : cookies.sponsorB }],
      ];
      for (const [who, headers] of attempts) {
        const result = await fetch(url, {
          method: route.method,
          headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
          body: route.method === 'GET' ? undefined : 'goals=on&progress=on',
          redirect: 'manual',
        });
        expect([route.method, route.path, who, result.status]).toEqual([route.method, route.path, who, 404]);
      }
    }
    // Nothing changed: the leader of A still shares nothing, and proposed nobody.
    expect(JSON.parse((await withCookie(`${t.baseUrl}/leader/${a.engagementId}/api/nominations/${a.campaignId}`, cookies.leaderA)).text)).toMatchObject({
      status: 'none',
      raters: [],
    });
    expect(JSON.parse((await withCookie(`${t.baseUrl}/leader/${a.engagementId}/api/sharing`, cookies.leaderA)).text)).toEqual({
      goals: false,
      progress: false,
    });
  });
});
