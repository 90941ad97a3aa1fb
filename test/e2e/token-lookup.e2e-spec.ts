import nodeCrypto, { randomBytes } from 'node:crypto';
import { deriveRaterToken, hashToken } from '../../src/common/tokens';
import { ApiClient, draftCampaign, raters, signUpCoach } from '../factories/api-client';
import { startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(60_000);

type TokenKind = 'open' | 'answered' | 'closed' | 'unknown' | 'malformed' | 'long';

interface Route {
  name: string;
  send(token: string): Promise<number>;
}

/** The SQL of a query with its layout flattened, so two recordings compare as text. */
const flat = (sql: unknown): string => String(sql).replace(/\s+/g, ' ').trim();

/**
 * "An unknown token costs the same as a real one": rather than timing requests (noisy, flaky),
 * this records what the server does for each kind of token, in order: every hash it computes and
 * every query it sends to Postgres, on every route that takes a rater token. Up to the moment the
 * answer depends on the token, the work must be the same whatever the token is.
 */
describe('rater token lookup: the same work for every token, and kind words for used and closed links', () => {
  let t: TestApp;
  const tokens = {} as Record<TokenKind, string>;
  let querySpy: jest.SpyInstance;
  let hashSpy: jest.SpyInstance;

  const tokensOf = async (campaignId: string): Promise<string[]> =>
    (await t.db.query<{ token_nonce: string }[]>(`SELECT token_nonce FROM invitations WHERE campaign_id = $1 AND group_id = 'peer'`, [campaignId])).map((row) =>
      deriveRaterToken(t.config.tokenSecret, row.token_nonce),
    );

  beforeAll(async () => {
    // The API alone: no worker or sweep sends queries of its own while requests are recorded.
    t = await startTestApp({ ROLE: 'api' });
    const coach = (await signUpCoach(new ApiClient(t.baseUrl))).api;
    const open = await draftCampaign(coach, { raters: raters('peer', 3) });
    await coach.post(`/api/campaigns/${open.campaignId}/launch`);
    const closed = await draftCampaign(coach, { raters: raters('peer', 3) });
    await coach.post(`/api/campaigns/${closed.campaignId}/launch`);
    const [first, second] = await tokensOf(open.campaignId);
    const [closedToken] = await tokensOf(closed.campaignId);
    expect((await coach.post(`/api/campaigns/${closed.campaignId}/close`)).status).toBe(200);
    const q = (await new ApiClient(t.baseUrl).get<{ items: { id: string }[] }>(`/api/responses/${second}`)).body;
    expect((await new ApiClient(t.baseUrl).post(`/api/responses/${second}`, { answers: { [q.items[0].id]: 4 } })).status).toBe(201);
    Object.assign(tokens, {
      open: first,
      answered: second,
      closed: closedToken,
      unknown: randomBytes(32).toString('base64url'),
      malformed: 'not-a-token',
      long: 'x'.repeat(2_000),
    });
    querySpy = jest.spyOn(t.db, 'query');
    hashSpy = jest.spyOn(nodeCrypto, 'createHash');
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await t?.close();
  });

  /** What serving one request took: hashes and queries, in the order they happened. */
  async function workFor(route: Route, token: string): Promise<{ status: number; steps: string[]; lookups: unknown[][] }> {
    querySpy.mockClear();
    hashSpy.mockClear();
    const status = await route.send(token);
    const steps = [
      ...querySpy.mock.calls.map((call, index) => ({ order: querySpy.mock.invocationCallOrder[index], step: `query ${flat(call[0])}` })),
      ...hashSpy.mock.calls.map((call, index) => ({ order: hashSpy.mock.invocationCallOrder[index], step: `hash ${String(call[0])}` })),
    ]
      .sort((a, b) => a.order - b.order)
      .map((entry) => entry.step);
    return { status, steps, lookups: querySpy.mock.calls.map((call) => call[1] as unknown[]) };
  }

  const invalidAnswers = { answers: { 'no-such-item': 1 } };
  const routes: Route[] = [
    { name: 'GET /api/responses/:token', send: async (token) => (await new ApiClient(t.baseUrl).get(`/api/responses/${token}`)).status },
    {
      name: 'PUT /api/responses/:token/draft',
      send: async (token) => (await new ApiClient(t.baseUrl).put(`/api/responses/${token}/draft`, invalidAnswers)).status,
    },
    { name: 'POST /api/responses/:token', send: async (token) => (await new ApiClient(t.baseUrl).post(`/api/responses/${token}`, invalidAnswers)).status },
    { name: 'GET /r/:token', send: async (token) => (await fetch(`${t.baseUrl}/r/${token}`, { redirect: 'manual' })).status },
    {
      name: 'POST /r/:token',
      send: async (token) =>
        (
          await new ApiClient(t.baseUrl).postForm(`/r/${token}`, [
            ['no-such-item', '1'],
            ['action', 'save'],
          ])
        ).status,
    },
  ];

  it.each(routes.map((route) => [route.name, route] as const))('%s: one hash of the token and one lookup, whatever the token', async (_name, route) => {
    const work = {} as Record<TokenKind, Awaited<ReturnType<typeof workFor>>>;
    for (const kind of ['unknown', 'malformed', 'long', 'answered', 'closed', 'open'] as const) work[kind] = await workFor(route, tokens[kind]);
    expect(['unknown', 'malformed', 'long', 'answered', 'closed'].map((kind) => work[kind as TokenKind].status)).toEqual([404, 404, 404, 409, 410]);

    // Unknown (of any shape), used and closed links: the very same steps, with a single query.
    for (const kind of ['malformed', 'long', 'answered', 'closed'] as const) expect([kind, work[kind].steps]).toEqual([kind, work.unknown.steps]);
    const queries = work.unknown.steps.filter((step) => step.startsWith('query '));
    expect(queries).toHaveLength(1);
    expect(queries[0]).toMatch(/FROM invitations i .* WHERE i\.token_hash = \$1$/);
    expect(work.unknown.steps.filter((step) => step === 'hash sha256').length).toBeGreaterThanOrEqual(1);
    // What is looked up is the token's digest, never the token.
    for (const kind of ['unknown', 'malformed', 'long', 'answered', 'closed', 'open'] as const)
      expect([kind, work[kind].lookups[0]]).toEqual([kind, [hashToken(tokens[kind])]]);

    // A link that works does the same up to the lookup, then the rest of its work (a refused token
    // goes on only to Express hashing the error body for its ETag).
    const throughLookup = (steps: string[]): string[] => steps.slice(0, steps.findIndex((step) => step.startsWith('query ')) + 1);
    expect(throughLookup(work.open.steps)).toEqual(throughLookup(work.unknown.steps));
    expect(work.open.status).not.toBe(404);
  });

  it('looks the token up through the unique index of token hashes, never by scanning invitations', async () => {
    querySpy.mockClear();
    await new ApiClient(t.baseUrl).get(`/api/responses/${tokens.unknown}`);
    const [sql, parameters] = querySpy.mock.calls[0] as [string, unknown[]];
    const [index]: { indexname: string }[] = await t.db.query(
      `SELECT indexname FROM pg_indexes WHERE tablename = 'invitations' AND indexdef LIKE '%UNIQUE%(token_hash)%'`,
    );
    expect(index).toBeDefined();
    const runner = t.db.createQueryRunner();
    try {
      await runner.startTransaction();
      // A handful of rows would tempt the planner to scan; what matters is that the index serves it.
      await runner.query('SET LOCAL enable_seqscan = off');
      const [{ 'QUERY PLAN': plan }] = await runner.query(`EXPLAIN (FORMAT JSON) ${sql}`, parameters);
      const nodes: { 'Node Type': string; 'Relation Name'?: string; 'Index Name'?: string }[] = [];
      const walk = (node: { Plans?: unknown[] } & (typeof nodes)[number]): void => {
        nodes.push(node);
        for (const child of node.Plans ?? []) walk(child as typeof node);
      };
      walk(plan[0].Plan);
      const onInvitations = nodes.filter((node) => node['Relation Name'] === 'invitations');
      expect(onInvitations.map((node) => [node['Node Type'], node['Index Name']])).toEqual([['Index Scan', index.indexname]]);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('tells a rater kindly that their answers are in (409) or that the survey has closed (410)', async () => {
    const api = new ApiClient(t.baseUrl);
    const again = await api.get<{ statusCode: number; message: string; error: string }>(`/api/responses/${tokens.answered}`);
    expect(again.body).toEqual({ statusCode: 409, message: 'Your answers were already received. Thank you!', error: 'Conflict' });
    const resubmitted = await api.post<{ message: string }>(`/api/responses/${tokens.answered}`, { answers: {} });
    expect([resubmitted.status, resubmitted.body.message]).toEqual([409, 'Your answers were already received. Thank you!']);
    const closed = await api.get<{ statusCode: number; message: string; error: string }>(`/api/responses/${tokens.closed}`);
    expect(closed.body).toEqual({ statusCode: 410, message: 'This survey has closed. Thank you for your willingness to help.', error: 'Gone' });

    const answeredPage = await fetch(`${t.baseUrl}/r/${tokens.answered}`);
    expect(answeredPage.status).toBe(409);
    const answeredHtml = await answeredPage.text();
    expect(answeredHtml).toContain('<h1>Thank you, your answers are in</h1>');
    expect(answeredHtml).toContain('Your answers were already received. Thank you!');
    const closedPage = await fetch(`${t.baseUrl}/r/${tokens.closed}`);
    expect(closedPage.status).toBe(410);
    const closedHtml = await closedPage.text();
    expect(closedHtml).toContain('<h1>This survey has closed</h1>');
    expect(closedHtml).toContain('Thank you for your willingness to help.');
    const unknownPage = await fetch(`${t.baseUrl}/r/${tokens.unknown}`);
    expect([unknownPage.status, await unknownPage.text()]).toEqual([404, expect.stringContaining('Please use the link from your most recent email.')]);
    const visibleText = (html: string): string => html.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ');
    for (const html of [answeredHtml, closedHtml]) expect(visibleText(html)).not.toMatch(/error|invalid|forbidden|denied/i);
  });
});
