import fc from 'fast-check';
import { waitUntil } from '../../src/common/wait-until';
import { ApiClient, draftCampaign, raters, signUpCoach } from '../factories/api-client';
import { linkIn, tokenOf } from '../utils/mailbox';
import { accessLinkIn, signInWith } from '../utils/access-link';
import { startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(180_000);

/** Hostile JSON: wrong types, huge and odd strings, deep nesting, prototype-pollution keys. */
const nasty = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(
      null,
      true,
      false,
      0,
      -1,
      1.5,
      1e308,
      Number.MAX_SAFE_INTEGER,
      '',
      '\u0000',
      '\ud800',
      '<script>alert(1)</script>',
      '=1+1',
      'x'.repeat(6_000),
    ),
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.constantFrom(
        '__proto__',
        'constructor',
        'prototype',
        'answers',
        'raters',
        'email',
        'name',
        'group',
        'title',
        'leader',
        'surveyId',
        'password',
        'strengths',
        'change',
        'ssc',
        'start',
        'communication.listens',
        'a',
        'outcomes',
        'text',
        'indicator',
        'themeId',
        'itemId',
        'source',
        'measure',
        'operator',
        'value',
        'phase',
        'goals',
        'goal',
        'target',
        'plan',
        'practiceId',
        'startOn',
        'dueOn',
        'times',
        'milestones',
        'heldOn',
        'durationMinutes',
        'focusThemeId',
        'agreedActions',
        'privateNotes',
        'doneOn',
        'note',
      ),
      tie('value'),
      { maxKeys: 4 },
    ),
  ),
})).value;

/** Bodies shaped like the nested ones (outcomes with indicators, program goals and plan), with hostile leaves. */
const nestedShapes = fc.oneof(
  fc.record({
    outcomes: fc.array(
      fc.oneof(
        nasty,
        fc.record(
          {
            text: nasty,
            indicator: fc.oneof(
              nasty,
              fc.record({ themeId: nasty, itemId: nasty, source: nasty, measure: nasty, operator: nasty, value: nasty }, { requiredKeys: [] }),
            ),
          },
          { requiredKeys: [] },
        ),
      ),
      { maxLength: 3 },
    ),
  }),
  fc.record(
    {
      goals: fc.array(fc.record({ themeId: nasty, goal: nasty, target: nasty }, { requiredKeys: [] }), { maxLength: 4 }),
      plan: fc.array(fc.record({ practiceId: nasty, themeId: nasty, startOn: nasty, dueOn: nasty, times: nasty }, { requiredKeys: [] }), { maxLength: 3 }),
    },
    { requiredKeys: [] },
  ),
);

const deep = (depth: number): string => `${'{"answers":'.repeat(depth)}1${'}'.repeat(depth)}`;

describe('arbitrary request bodies never cause a 500', () => {
  let t: TestApp;
  let coach: ApiClient;
  let campaignId: string;
  let engagementId: string;
  let token: string;
  let leaderCookie: string;

  beforeAll(async () => {
    t = await startTestApp();
    coach = (await signUpCoach(new ApiClient(t.baseUrl))).api;
    ({ campaignId, engagementId } = await draftCampaign(coach, { raters: raters('peer', 3) }));
    await coach.post(`/api/campaigns/${campaignId}/launch`);
    token = tokenOf(linkIn((await t.mailbox.waitForCount(4)).find((mail) => mail.to.includes('peer-')) ?? (await t.mailbox.waitForCount(4))[0]));
    await coach.post(`/api/engagements/${engagementId}/leader-link`);
    await waitUntil(() => t.mailbox.messages.some((mail) => mail.text.includes('/a/')), { what: 'the sign-in mail' });
    leaderCookie = (await signInWith(accessLinkIn(t.mailbox.messages.find((mail) => mail.text.includes('/a/')) ?? t.mailbox.messages[0]))).cookie;
  });
  afterAll(async () => {
    await t?.close();
  });

  const endpoints = () => [
    { client: new ApiClient(t.baseUrl), method: 'POST', path: '/api/auth/signup' },
    { client: new ApiClient(t.baseUrl), method: 'POST', path: '/api/auth/login' },
    { client: new ApiClient(t.baseUrl), method: 'POST', path: '/api/auth/password-reset' },
    { client: new ApiClient(t.baseUrl), method: 'POST', path: '/api/auth/password-reset/confirm' },
    { client: coach, method: 'POST', path: '/api/engagements' },
    { client: coach, method: 'POST', path: `/api/engagements/${engagementId}/campaigns` },
    { client: coach, method: 'POST', path: `/api/campaigns/${campaignId}/raters` },
    { client: new ApiClient(t.baseUrl), method: 'PUT', path: `/api/responses/${token}/draft` },
    { client: new ApiClient(t.baseUrl), method: 'POST', path: `/api/responses/${token}` },
    { client: coach, method: 'PUT', path: `/api/engagements/${engagementId}/outcomes` },
    { client: coach, method: 'POST', path: `/api/engagements/${engagementId}/phase` },
    { client: coach, method: 'PUT', path: `/api/engagements/${engagementId}/program` },
    { client: coach, method: 'POST', path: `/api/engagements/${engagementId}/sessions` },
    { client: coach, method: 'POST', path: `/api/engagements/${engagementId}/practice-actions` },
    { client: coach, method: 'POST', path: `/api/engagements/${engagementId}/leader-link` },
    { client: new ApiClient(t.baseUrl), method: 'POST', path: `/leader/${engagementId}/sharing`, headers: { cookie: leaderCookie } },
    { client: new ApiClient(t.baseUrl), method: 'POST', path: `/leader/${engagementId}/sponsor-link`, headers: { cookie: leaderCookie } },
    { client: new ApiClient(t.baseUrl), method: 'POST', path: '/a/continue', headers: {} },
  ];

  it('answers every hostile body with a 4xx whose message names what is wrong, and stores no answer', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: endpoints().length - 1 }),
        fc.oneof(nasty, fc.record({ answers: nasty }), nestedShapes),
        async (index, body) => {
          const { client, method, path, headers } = endpoints()[index] as { client: ApiClient; method: string; path: string; headers?: Record<string, string> };
          const result = await client.request<{ statusCode: number; message: unknown; error: string }>(method, path, JSON.stringify(body), headers ?? {});
          if (result.status >= 500) throw new Error(`${method} ${path} answered ${result.status} to ${JSON.stringify(body).slice(0, 200)}`);
          if (result.status >= 400 && (path.startsWith('/api/') || typeof result.body !== 'string')) {
            expect(result.body).toMatchObject({ statusCode: result.status, error: expect.any(String) });
            expect(JSON.stringify(result.body.message).length).toBeGreaterThan(2);
          }
          // Pages answer a readable page saying what is wrong (the body parser, before any route, answers JSON).
          if (result.status >= 400 && !path.startsWith('/api/') && typeof result.body === 'string')
            expect(String(result.body)).toMatch(/<h1>[^<]+<\/h1>\s*<p>[^<]+<\/p>/);
        },
      ),
      { numRuns: 400, seed: 6 },
    );
    const [answers] = await t.db.query(`SELECT COUNT(*)::int AS count FROM responses`);
    expect(answers.count).toBeLessThanOrEqual(1);
  });

  it('answers any sign-in form, posted as a form or as JSON, without a 500 and without a session', async () => {
    const field = fc.oneof(fc.string(), fc.constantFrom('', '\u0000', '<script>alert(1)</script>', '//evil.example', '/coach/../api', 'x'.repeat(6_000)));
    const form = fc.array(fc.tuple(fc.constantFrom('email', 'password', 'next', 'email[]', 'next[a]', '__proto__', 'x'), field), { maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          form.map((fields) => ({ type: 'application/x-www-form-urlencoded', body: new URLSearchParams(fields).toString() })),
          nasty.map((body) => ({ type: 'application/json', body: JSON.stringify(body) })),
        ),
        async ({ type, body }) => {
          const result = await fetch(`${t.baseUrl}/coach/login`, { method: 'POST', headers: { 'content-type': type }, body, redirect: 'manual' });
          if (result.status >= 500) throw new Error(`POST /coach/login answered ${result.status} to ${body.slice(0, 200)}`);
          expect([400, 401, 413]).toContain(result.status);
          expect(result.headers.get('set-cookie')).toBeNull();
        },
      ),
      { numRuns: 150, seed: 7 },
    );
  });

  it("answers any form posted to a coach page, whatever its fields' names and values, without a 500", async () => {
    const names = fc.constantFrom(
      'title',
      'leader[name]',
      'leader[email]',
      'sponsor',
      'outcomes[0][text]',
      'outcomes[0][scope]',
      'outcomes[0][value]',
      'outcomes[x]',
      'outcomes',
      'surveyId',
      'phase',
      'closesOn',
      'name',
      'email',
      'group',
      'csv',
      'version',
      'goals[0][themeId]',
      'goals[0][target]',
      'goals[]',
      'plan[0][practiceId]',
      'plan[0][startOn]',
      'plan[9][times]',
      'milestones[0][dueOn]',
      'heldOn',
      'durationMinutes',
      'focusThemeId',
      'agreedActions',
      'privateNotes',
      'practiceId',
      'doneOn',
      'note',
      '__proto__',
      'constructor[prototype]',
      'x',
    );
    const value = fc.oneof(
      fc.string(),
      fc.constantFrom('', '\u0000', '<script>alert(1)</script>', 'theme:communication', 'item:', '9e999', '-1', '2026-02-31', 'x'.repeat(6_000)),
    );
    const pages = [
      '/coach/engagements',
      `/coach/engagements/${engagementId}/outcomes`,
      `/coach/engagements/${engagementId}/phase`,
      `/coach/engagements/${engagementId}/campaigns`,
      `/coach/engagements/${engagementId}/program`,
      `/coach/engagements/${engagementId}/sessions`,
      `/coach/engagements/${engagementId}/practice-actions`,
      `/coach/campaigns/${campaignId}/raters`,
      `/coach/campaigns/${campaignId}/raters/preview`,
      `/coach/campaigns/${campaignId}/raters/import`,
      `/coach/campaigns/${campaignId}/release`,
      '/coach/signup',
      '/coach/password/forgot',
    ];
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: pages.length - 1 }), fc.array(fc.tuple(names, value), { maxLength: 8 }), async (index, fields) => {
        const result = await coach.request('POST', pages[index], new URLSearchParams(fields).toString(), {
          'content-type': 'application/x-www-form-urlencoded',
        });
        if (result.status >= 500) throw new Error(`POST ${pages[index]} answered ${result.status} to ${new URLSearchParams(fields).toString().slice(0, 300)}`);
      }),
      { numRuns: 300, seed: 8 },
    );
  });

  it('answers deep nesting, non-JSON and invalid UTF-8 with 400', async () => {
    const client = new ApiClient(t.baseUrl);
    expect((await client.request('POST', `/api/responses/${token}`, deep(5_000))).status).toBeLessThan(500);
    const loneSurrogate = await client.request<{ message: string[] }>('POST', `/api/responses/${token}`, '{"answers": {"strengths": "Clear \\ud800 thinker"}}');
    expect(loneSurrogate.status).toBe(400);
    expect(JSON.stringify(loneSurrogate.body.message)).toContain('answers.strengths');
    const invalidUtf8 = await coach.request(
      'POST',
      '/api/engagements',
      Buffer.from([0x7b, 0x22, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
    );
    expect(invalidUtf8.status).toBe(400);
    expect(JSON.stringify(invalidUtf8.body)).toContain('leader');
  });
});
