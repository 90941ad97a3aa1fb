import { ApiClient, draftCampaign, raters, signUpCoach } from '../factories/api-client';
import { linkIn, tokenOf } from '../utils/mailbox';
import { startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(60_000);

type ErrorBody = { statusCode: number; message: string | string[]; error: string };
const messages = (body: unknown): string => JSON.stringify((body as ErrorBody).message);

describe('bad input, wrong tokens and other coaches get a clear 4xx, and nothing is stored', () => {
  let t: TestApp;
  let anonymous: ApiClient;
  let coach: ApiClient;
  let campaignId: string;
  let peerToken: string;

  beforeAll(async () => {
    t = await startTestApp();
    anonymous = new ApiClient(t.baseUrl);
    coach = (await signUpCoach(anonymous)).api;
    ({ campaignId } = await draftCampaign(coach, { raters: [...raters('boss', 1), ...raters('peer', 3)] }));
    await coach.post(`/api/campaigns/${campaignId}/launch`);
    await t.mailbox.waitForCount(5);
    peerToken = tokenOf(linkIn(t.mailbox.to('peer-1-')[0]));
  });
  afterAll(async () => {
    await t?.close();
  });

  it('refuses coach calls without a valid session (401)', async () => {
    for (const path of ['/api/engagements', `/api/campaigns/${campaignId}/report`, `/api/campaigns/${campaignId}/progress`]) {
      const result = await anonymous.get<ErrorBody>(path);
      expect(result.status).toBe(401);
      expect(result.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
    }
    expect((await anonymous.as('not-a-real-session-token-at-all').get('/api/engagements')).status).toBe(401);
  });

  it('signs up once per email and rejects a wrong password', async () => {
    const email = `dup-${Date.now()}@example.com`;
    expect((await anonymous.post('/api/auth/signup', { email, password: 'long enough pw', name: 'A' })).status).toBe(201);
    expect((await anonymous.post('/api/auth/signup', { email: email.toUpperCase(), password: 'long enough pw', name: 'B' })).status).toBe(409);
    expect((await anonymous.post('/api/auth/login', { email, password: 'wrong password!' })).status).toBe(401);
    expect((await anonymous.post('/api/auth/login', { email: 'nobody@example.com', password: 'wrong password!' })).status).toBe(401);
    const login = await anonymous.post<{ token: string }>('/api/auth/login', { email, password: 'long enough pw' });
    expect(login.status).toBe(200);
    const session = anonymous.as(login.body.token);
    expect((await session.get('/api/engagements')).status).toBe(200);
    expect((await session.post('/api/auth/logout')).status).toBe(204);
    expect((await session.get('/api/engagements')).status).toBe(401);
  });

  it("hides another coach's records behind 404 on every coach route", async () => {
    const other = (await signUpCoach(anonymous, 'Other Coach')).api;
    const engagementId = (await coach.get<{ id: string }[]>('/api/engagements')).body[0].id;
    const attempts: [string, string, unknown?][] = [
      ['GET', `/api/engagements/${engagementId}`],
      ['GET', `/api/engagements/${engagementId}/campaigns`],
      ['POST', `/api/engagements/${engagementId}/campaigns`, { surveyId: 'leadership-360' }],
      ['GET', `/api/campaigns/${campaignId}`],
      ['GET', `/api/campaigns/${campaignId}/raters`],
      ['POST', `/api/campaigns/${campaignId}/raters`, { raters: raters('peer', 1) }],
      ['POST', `/api/campaigns/${campaignId}/launch`],
      ['POST', `/api/campaigns/${campaignId}/remind`],
      ['POST', `/api/campaigns/${campaignId}/close`],
      ['GET', `/api/campaigns/${campaignId}/progress`],
      ['GET', `/api/campaigns/${campaignId}/report`],
    ];
    for (const [method, path, body] of attempts) {
      const result = await other.request<ErrorBody>(method, path, body);
      expect([method, path, result.status]).toEqual([method, path, 404]);
    }
    expect((await coach.get(`/api/campaigns/${campaignId}/progress`)).body).toMatchObject({ status: 'open' });
    expect((await other.get('/api/campaigns/not-a-uuid/report')).status).toBe(404);
  });

  it('answers 400 naming the field for bad coach input', async () => {
    const noLeader = await coach.post<ErrorBody>('/api/engagements', { title: 'x', leader: { name: 'A', email: 'not-an-email' } });
    expect(noLeader.status).toBe(400);
    expect(messages(noLeader.body)).toContain('leader.email');
    for (const leader of [undefined, 'Alex', [], null]) {
      const missing = await coach.post<ErrorBody>('/api/engagements', { title: 'x', leader });
      expect([leader, missing.status]).toEqual([leader, 400]);
      expect(messages(missing.body)).toContain('leader');
    }
    const unknownKey = await coach.post<ErrorBody>('/api/engagements', { title: 'x', leader: { name: 'A', email: 'a@example.com' }, isAdmin: true });
    expect(unknownKey.status).toBe(400);
    expect(messages(unknownKey.body)).toContain('isAdmin');
    const badSurvey = await coach.post<ErrorBody>(`/api/engagements/${(await coach.get<{ id: string }[]>('/api/engagements')).body[0].id}/campaigns`, {
      surveyId: 'no-such-survey',
    });
    expect(badSurvey.status).toBe(400);
    expect(messages(badSurvey.body)).toContain('surveyId');
    const badGroup = await coach.post<ErrorBody>(`/api/campaigns/${campaignId}/raters`, { raters: [{ name: 'X', email: 'x@example.com', group: 'janitor' }] });
    expect(badGroup.status).toBe(400);
    expect(messages(badGroup.body)).toContain('raters.0.group');
    const selfRater = await coach.post<ErrorBody>(`/api/campaigns/${campaignId}/raters`, { raters: [{ name: 'X', email: 'x@example.com', group: 'self' }] });
    expect(selfRater.status).toBe(400);
    const malformed = await coach.request<ErrorBody>('POST', '/api/engagements', '{"title": ');
    expect(malformed.status).toBe(400);
    expect(messages(malformed.body)).toContain('not valid JSON');
  });

  it('answers 404 for unknown or malformed rater tokens, on the API and the page', async () => {
    const unknown = 'A'.repeat(43);
    expect((await anonymous.get(`/api/responses/${unknown}`)).status).toBe(404);
    expect((await anonymous.post(`/api/responses/${unknown}`, { answers: {} })).status).toBe(404);
    expect((await anonymous.put(`/api/responses/${unknown}/draft`, { answers: {} })).status).toBe(404);
    expect((await anonymous.get('/api/responses/..%2F..%2Fetc')).status).toBe(404);
    expect((await fetch(`${t.baseUrl}/r/${unknown}`)).status).toBe(404);
  });

  it('refuses invalid answers with 400 naming each key, and stores nothing', async () => {
    const q = (await anonymous.get<{ items: { id: string }[] }>(`/api/responses/${peerToken}`)).body;
    const bad = await anonymous.post<ErrorBody>(`/api/responses/${peerToken}`, {
      answers: { [q.items[0].id]: 9, [q.items[1].id]: 2.5, favouriteColour: 'blue', strengths: 'x'.repeat(5001) },
    });
    expect(bad.status).toBe(400);
    const text = messages(bad.body);
    expect(text).toContain(`answers.${q.items[0].id}`);
    expect(text).toContain(`answers.${q.items[1].id}`);
    expect(text).toContain('answers.favouriteColour');
    expect(text).toContain('answers.strengths');
    for (const body of ['[]', '"x"', '{"answers": [1]}', '{"answers": null}']) {
      expect((await anonymous.request('POST', `/api/responses/${peerToken}`, body)).status).toBe(400);
    }
    const huge = await anonymous.post<ErrorBody>(`/api/responses/${peerToken}`, { answers: { strengths: 'x'.repeat(4 * 1024 * 1024) } });
    expect(huge.status).toBe(413);
    expect(huge.body.message).toBe('body: too large (the limit is 256kb)');
    const badForm = await anonymous.postForm(`/r/${peerToken}`, [
      [q.items[0].id, '7'],
      ['action', 'submit'],
    ]);
    expect(badForm.status).toBe(400);
    expect(badForm.body).toContain('Please check your answers');

    const stored = await t.db.query(`SELECT COUNT(*)::int AS count FROM responses`);
    expect(stored[0].count).toBe(0);
    const invitation = await t.db.query(`SELECT COUNT(*)::int AS count FROM invitations WHERE answered`);
    expect(invitation[0].count).toBe(0);
    // The link still works after a refused attempt.
    expect((await anonymous.post(`/api/responses/${peerToken}`, { answers: { [q.items[0].id]: 4 } })).status).toBe(201);
  });

  it('stores exactly one answer when the same link is submitted twice at once', async () => {
    const token = tokenOf(linkIn(t.mailbox.to('peer-2-')[0]));
    const q = (await anonymous.get<{ items: { id: string }[] }>(`/api/responses/${token}`)).body;
    const before = (await t.db.query(`SELECT COUNT(*)::int AS count FROM responses`))[0].count;
    const statuses = await Promise.all(
      Array.from({ length: 5 }, () => anonymous.post(`/api/responses/${token}`, { answers: { [q.items[0].id]: 3 } }).then((result) => result.status)),
    );
    expect(statuses.sort()).toEqual([201, 409, 409, 409, 409]);
    expect((await t.db.query(`SELECT COUNT(*)::int AS count FROM responses`))[0].count).toBe(before + 1);
  });
});
