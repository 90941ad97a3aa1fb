import IORedis from 'ioredis';
import { RedisThrottlerStorage } from '../../src/rate-limit/redis-throttler.storage';
import { ApiClient, signUpCoach } from '../factories/api-client';
import { freePort, startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(60_000);

describe('rate limits, shared through Redis', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_SIGN_IN_PER_MINUTE: '5', RATE_LIMIT_RATER_PER_MINUTE: '8' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('stops password guessing after the sign-in limit with 429, even for the right password', async () => {
    const anonymous = new ApiClient(t.baseUrl);
    const coach = await signUpCoach(anonymous);
    const statuses: number[] = [];
    // Five sign-up or log-in attempts a minute per address: the sign-up and four log-ins, then 429.
    for (let attempt = 0; attempt < 5; attempt += 1)
      statuses.push((await anonymous.post('/api/auth/login', { email: coach.email, password: `wrong guess ${attempt}` })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    const blocked = await anonymous.post<{ message: string }>('/api/auth/login', { email: coach.email, password: 'correct horse battery' });
    expect(blocked.status).toBe(429);
    expect(blocked.body.message).toContain('Too many attempts');
    expect(blocked.headers.get('retry-after-sign-in')).toMatch(/^\d+$/);
    // The browser sign-in form counts against the same limit: no way round it through the page.
    const form = await anonymous.postForm('/coach/login', [
      ['email', coach.email],
      ['password', 'correct horse battery'],
    ]);
    expect(form.status).toBe(429);
    expect(form.headers.get('set-cookie')).toBeNull();
    // And so do the sign-up page, the "forgot password" form and its emailed link, and the API's reset.
    for (const [path, fields] of [
      [
        '/coach/signup',
        [
          ['name', 'Guess'],
          ['email', 'guess@example.com'],
          ['password', 'a long passphrase'],
        ],
      ],
      ['/coach/password/forgot', [['email', coach.email]]],
    ] as [string, [string, string][]][])
      expect([path, (await anonymous.postForm(path, fields)).status]).toEqual([path, 429]);
    expect((await fetch(`${t.baseUrl}/coach/password/reset/${'R'.repeat(43)}`, { redirect: 'manual' })).status).toBe(429);
    expect((await anonymous.post('/api/auth/password-reset/confirm', { token: 'R'.repeat(43), password: 'a long passphrase' })).status).toBe(429);
    // Coach calls with a session are not limited by sign-in attempts.
    expect((await coach.api.get('/api/engagements')).status).toBe(200);
  });

  it('slows down anyone trying token after token on rater links', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 10; attempt += 1) statuses.push((await new ApiClient(t.baseUrl).get(`/api/responses/${'A'.repeat(42)}${attempt}`)).status);
    expect(statuses.slice(0, 8)).toEqual(Array(8).fill(404));
    expect(statuses.slice(8)).toEqual([429, 429]);
    expect((await fetch(`${t.baseUrl}/r/${'B'.repeat(43)}`)).status).toBe(429);
  });

  it('counts per process-independent key in Redis, so a second api process sees the same block', async () => {
    const second = await startTestApp({
      DATABASE_URL: t.config.databaseUrl,
      QUEUE_PREFIX: t.config.queuePrefix,
      RATE_LIMIT_SIGN_IN_PER_MINUTE: '5',
      RATE_LIMIT_RATER_PER_MINUTE: '8',
      ROLE: 'api',
    });
    try {
      expect((await new ApiClient(second.baseUrl).get(`/api/responses/${'C'.repeat(43)}`)).status).toBe(429);
    } finally {
      await second.app.close();
      await second.mailbox.stop();
    }
  });
});

describe('rate limits when Redis is unreachable', () => {
  it('let requests through rather than lock raters out', async () => {
    const deadRedis = new IORedis(`redis://127.0.0.1:${await freePort()}`, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
      lazyConnect: true,
    });
    deadRedis.on('error', () => undefined);
    const storage = new RedisThrottlerStorage(deadRedis, 'dead');
    const record = await storage.increment('client', 60_000, 1, 60_000, 'rater-link');
    expect(record).toMatchObject({ isBlocked: false, totalHits: 0 });
    deadRedis.disconnect();
  });
});
