import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiClient, draftCampaign, raters, signUpCoach } from '../factories/api-client';
import { spawnApp, waitForHealthy } from '../utils/app-process';
import { linkIn, Mailbox, tokenOf } from '../utils/mailbox';
import { startRedisServer } from '../utils/redis-process';
import { dropDatabase, uniqueName } from '../utils/test-database';
import { freePort, testEnv } from '../utils/test-app';

jest.setTimeout(120_000);

describe('the app as a process', () => {
  it('refuses to start on invalid configuration, naming every bad variable', async () => {
    const app = spawnApp(testEnv({ PORT: 'eighty', ROLE: 'cron', REDIS_URL: 'localhost' }));
    expect(await app.exited).toBe(1);
    expect(app.output()).toContain('Invalid configuration');
    expect(app.output()).toContain('PORT must be a whole number');
    expect(app.output()).toContain('ROLE must be one of: api, worker, all');
    expect(app.output()).toContain('REDIS_URL must look like redis://host:6379');
  });

  it('warns clearly at start when Redis may evict queued jobs', async () => {
    const redis = await startRedisServer(await freePort(), ['--maxmemory', '64mb', '--maxmemory-policy', 'allkeys-lru']);
    const port = await freePort();
    const env = testEnv({ PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}`, REDIS_URL: redis.url, LOG_LEVEL: 'warn' });
    const app = spawnApp(env);
    try {
      await waitForHealthy(`http://127.0.0.1:${port}`, app);
      expect(app.output()).toContain("Redis maxmemory-policy is 'allkeys-lru': BullMQ needs 'noeviction'");
    } finally {
      app.child.kill('SIGTERM');
      await app.exited;
      await redis.stop();
      await dropDatabase(env.DATABASE_URL);
    }
  });

  it('creates its database, serves a campaign end to end, logs no token, email or answer, and stops cleanly on SIGTERM', async () => {
    const mailbox = await new Mailbox().start();
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const env = testEnv({ PORT: String(port), PUBLIC_URL: baseUrl, SMTP_URL: mailbox.url, LOG_LEVEL: 'debug' });
    const app = spawnApp(env);
    try {
      await waitForHealthy(baseUrl, app);
      const coach = (await signUpCoach(new ApiClient(baseUrl))).api;
      const { campaignId } = await draftCampaign(coach, { raters: raters('peer', 3) });
      await coach.post(`/api/campaigns/${campaignId}/launch`);
      const mails = await mailbox.waitForCount(4);
      const secretComment = 'Zebracorn remark only this rater would write';
      const tokens = mails.map((mail) => tokenOf(linkIn(mail)));
      for (const token of tokens) {
        await fetch(`${baseUrl}/r/${token}`);
        const q = (await new ApiClient(baseUrl).get<{ items: { id: string }[]; questions: { id: string; type: string }[] }>(`/api/responses/${token}`)).body;
        const text = q.questions.find((question) => question.type === 'text');
        const answers = { [q.items[0].id]: 4, ...(text ? { [text.id]: secretComment } : {}) };
        expect((await new ApiClient(baseUrl).post(`/api/responses/${token}`, { answers })).status).toBe(201);
        expect((await new ApiClient(baseUrl).post(`/api/responses/${token}`, { answers })).status).toBe(409);
      }
      const output = app.output();
      expect(output).toContain('/r/[token]');
      for (const token of tokens) expect(output).not.toContain(token);
      for (const mail of mails) expect(output).not.toContain(mail.to.replace(/.*</, '').replace(/>.*/, ''));
      expect(output).not.toContain('Zebracorn');
      expect(output).not.toMatch(/authorization/i);

      // Graceful shutdown: a submission whose body is still arriving when SIGTERM comes is finished.
      const { campaignId: lateCampaign } = await draftCampaign(coach, { raters: raters('peer', 3) });
      await coach.post(`/api/campaigns/${lateCampaign}/launch`);
      await mailbox.waitForCount(8);
      const lateToken = tokenOf(linkIn(mailbox.messages.filter((mail) => mail.to.includes('peer-'))[3]));
      const lateItem = (await new ApiClient(baseUrl).get<{ items: { id: string }[] }>(`/api/responses/${lateToken}`)).body.items[0].id;
      const body = JSON.stringify({ answers: { [lateItem]: 5 } });
      const inFlight = new Promise<number>((resolve, reject) => {
        const req = httpRequest(
          `${baseUrl}/api/responses/${lateToken}`,
          { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.write(body.slice(0, 10));
        setTimeout(() => {
          app.child.kill('SIGTERM');
          setTimeout(() => req.end(body.slice(10)), 300);
        }, 100);
      });
      expect(await inFlight).toBe(201);
      expect(await app.exited).toBe(0);
      expect(app.output()).toContain('SIGTERM received');
    } finally {
      if (app.child.exitCode === null) app.child.kill('SIGKILL');
      await mailbox.stop();
      await dropDatabase(env.DATABASE_URL);
    }
  });

  it("keeps the sentence encoder off the main thread: ROLE=all loads it in a worker thread only, ROLE=api never loads it, even to close a campaign; neither loads Playwright before a PDF, nor the language detector, wink's model or the bounce parser before a text or a bounce needs them", async () => {
    const loadedBy = async (role: 'all' | 'api'): Promise<string[]> => {
      const record = join(tmpdir(), `${uniqueName('f360-modules')}.log`);
      writeFileSync(record, '');
      const port = await freePort();
      const baseUrl = `http://127.0.0.1:${port}`;
      const env = testEnv({
        ROLE: role,
        PORT: String(port),
        PUBLIC_URL: baseUrl,
        NODE_OPTIONS: `--require ${join(__dirname, '..', 'utils', 'module-load-recorder.js')}`,
        MODULE_LOAD_RECORD: record,
        MODULE_LOAD_WATCH: '@tensorflow,playwright-core,eld,wink-eng-lite-web-model,mailparser,smtp-server',
      });
      const app = spawnApp(env);
      try {
        await waitForHealthy(baseUrl, app);
        const coach = (await signUpCoach(new ApiClient(baseUrl))).api;
        const { campaignId } = await draftCampaign(coach, { raters: raters('peer', 3) });
        expect((await coach.post(`/api/campaigns/${campaignId}/launch`)).status).toBe(202);
        expect((await coach.post(`/api/campaigns/${campaignId}/close`)).status).toBe(200);
        return readFileSync(record, 'utf8').split('\n').filter(Boolean).sort();
      } finally {
        app.child.kill('SIGTERM');
        await app.exited;
        rmSync(record, { force: true });
        await dropDatabase(env.DATABASE_URL);
      }
    };
    // The app loads the encoder at start where it folds; by the time it answers, it has.
    expect(await loadedBy('all')).toEqual(['thread @tensorflow/tfjs-backend-wasm', 'thread @tensorflow/tfjs-converter', 'thread @tensorflow/tfjs-core']);
    expect(await loadedBy('api')).toEqual([]);
  });
});
