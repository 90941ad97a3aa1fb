import { waitUntil } from '../../src/common/wait-until';
import { ApiClient, draftCampaign, raters, signUpCoach, waitForAggregated } from '../factories/api-client';
import { linkIn, tokenOf } from '../utils/mailbox';
import { TcpProxy } from '../utils/tcp-proxy';
import { startTestApp, type TestApp } from '../utils/test-app';
import { TEST_POSTGRES, uniqueName } from '../utils/test-database';

jest.setTimeout(120_000);

describe('Postgres going away during traffic', () => {
  let t: TestApp;
  let proxy: TcpProxy;

  beforeAll(async () => {
    const postgres = new URL(TEST_POSTGRES);
    proxy = await new TcpProxy(postgres.hostname, Number(postgres.port || 5432)).start();
    t = await startTestApp({ DATABASE_URL: `postgres://${postgres.username || 'postgres'}@127.0.0.1:${proxy.port}/${uniqueName('f360_test')}` });
  });
  afterAll(async () => {
    await proxy.restore();
    await t?.close();
    await proxy.cut();
  });

  it('answers 503 (never a half-stored answer), reports the outage in health, and recovers by itself', async () => {
    const coach = (await signUpCoach(new ApiClient(t.baseUrl))).api;
    const { campaignId } = await draftCampaign(coach, { raters: raters('peer', 3) });
    await coach.post(`/api/campaigns/${campaignId}/launch`);
    const [first, second] = (await t.mailbox.waitForCount(4)).filter((mail) => mail.to.includes('peer-')).map((mail) => tokenOf(linkIn(mail)));
    const q = (await new ApiClient(t.baseUrl).get<{ items: { id: string }[] }>(`/api/responses/${first}`)).body;

    await proxy.cut();
    const health = await new ApiClient(t.baseUrl).get('/api/health');
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ status: 'unavailable', postgres: 'down', redis: 'up' });
    const refused = await new ApiClient(t.baseUrl).post<{ statusCode: number; message: string }>(`/api/responses/${first}`, {
      answers: { [q.items[0].id]: 4 },
    });
    expect(refused.status).toBe(503);
    expect(refused.body.message).toMatch(/briefly unavailable/);
    expect((await coach.get(`/api/campaigns/${campaignId}/progress`)).status).toBe(503);

    await proxy.restore();
    await waitUntil(async () => (await new ApiClient(t.baseUrl).get('/api/health')).status === 200, {
      what: 'health to recover',
      timeoutMs: 30_000,
      intervalMs: 250,
    });
    // The refused answer left nothing behind: the same link still works, once.
    expect((await new ApiClient(t.baseUrl).post(`/api/responses/${first}`, { answers: { [q.items[0].id]: 4 } })).status).toBe(201);
    expect((await new ApiClient(t.baseUrl).post(`/api/responses/${second}`, { answers: { [q.items[0].id]: 2 } })).status).toBe(201);
    await waitForAggregated(coach, campaignId, 2);
    expect((await coach.get<{ responded: number }>(`/api/campaigns/${campaignId}/progress`)).body.responded).toBe(2);
  });
});
