import { AggregationService } from '../../src/aggregation/aggregation.service';
import { closeFoldJobId } from '../../src/aggregation/fold-on-close.listener';
import { JobQueueService } from '../../src/queue/job-queue.service';
import { QueueName } from '../../src/queue/jobs';
import { ThemingService } from '../../src/theming/theming.service';
import { waitUntil } from '../../src/common/wait-until';
import { ApiClient, draftCampaign, raters, signUpCoach } from '../factories/api-client';
import { launchAndCollectTokens } from '../factories/campaign-run';
import { linkIn, tokenOf } from '../utils/mailbox';
import { TcpProxy } from '../utils/tcp-proxy';
import { freePort, startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(90_000);

interface Report {
  aggregatedResponses: number;
  themes: { id: string; scores: Record<string, { n: number; ratings: number } | null> }[];
}

async function tally(t: TestApp, campaignId: string): Promise<{ responses: number; ratings: number }> {
  const [row] = await t.db.query(
    `SELECT COALESCE(SUM(raters) FILTER (WHERE scope_kind = 'responses'), 0)::int AS responses,
            COALESCE(SUM(ratings) FILTER (WHERE scope_kind = 'item'), 0)::int AS ratings
     FROM aggregates WHERE campaign_id = $1`,
    [campaignId],
  );
  return row;
}

describe('aggregation folds every answer exactly once', () => {
  describe('with Redis up: duplicate deliveries and racing workers', () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await startTestApp();
    });
    afterAll(async () => {
      await t?.close();
    });

    it('counts an answer once when its job runs again and when workers race on it', async () => {
      const coach = (await signUpCoach(new ApiClient(t.baseUrl))).api;
      const { campaignId } = await draftCampaign(coach, { raters: [...raters('boss', 1), ...raters('peer', 3)] });
      await coach.post(`/api/campaigns/${campaignId}/launch`);
      const mails = await t.mailbox.waitForCount(5);
      let expectedRatings = 0;
      for (const mail of mails) {
        const token = tokenOf(linkIn(mail));
        const q = (await new ApiClient(t.baseUrl).get<{ items: { id: string }[] }>(`/api/responses/${token}`)).body;
        const answers = Object.fromEntries(q.items.slice(0, 10).map((item, index) => [item.id, (index % 5) + 1]));
        expectedRatings += 10;
        expect((await new ApiClient(t.baseUrl).post(`/api/responses/${token}`, { answers })).status).toBe(201);
      }
      await waitUntil(async () => (await tally(t, campaignId)).responses === 5, { what: 'five answers folded', timeoutMs: 30_000 });
      expect(await tally(t, campaignId)).toEqual({ responses: 5, ratings: expectedRatings });

      const aggregation = t.app.get(AggregationService);
      // The fold job of each answer delivered again, five times at once.
      const outcomes = await Promise.all(Array.from({ length: 25 }, () => aggregation.settle(campaignId, { skipLocked: false })));
      expect(outcomes).toEqual(Array.from({ length: 25 }, () => ({ status: 'settled', folded: 0, waiting: 0 })));
      expect(await aggregation.sweep()).toBe(0);
      expect(await tally(t, campaignId)).toEqual({ responses: 5, ratings: expectedRatings });
    });
  });

  describe('racing fold jobs of one campaign in one process', () => {
    // ROLE=api: no sweep or queue worker of its own settles the campaign behind the test's back.
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ ROLE: 'api' });
    });
    afterAll(async () => {
      await t?.close();
    });

    it('counts each answer once when racing workers fold fresh answers concurrently', async () => {
      const coach = (await signUpCoach(new ApiClient(t.baseUrl))).api;
      const { campaignId } = await draftCampaign(coach, { raters: raters('peer', 3) });
      const [row] = await t.db.query(`SELECT survey_snapshot FROM campaigns WHERE id = $1`, [campaignId]);
      const itemIds: string[] = row.survey_snapshot.themes.flatMap((theme: { items: { id: string }[] }) => theme.items.map((item) => item.id));
      // Answers stored directly as the submit transaction would, with no job queued for them.
      const responseIds: string[] = [];
      for (let index = 0; index < 20; index += 1) {
        const [inserted] = await t.db.query(
          `INSERT INTO responses (id, campaign_id, group_id, submitted_on, ratings, texts) VALUES (gen_random_uuid(), $1, 'peer', CURRENT_DATE, $2, '{}') RETURNING id`,
          [campaignId, JSON.stringify(Object.fromEntries(itemIds.map((id) => [id, 3])))],
        );
        responseIds.push(inserted.id);
      }
      const aggregation = t.app.get(AggregationService);
      // Three fold jobs per answer, all at once: one of them folds the batch, whatever the interleaving.
      const outcomes = await Promise.all([...responseIds, ...responseIds, ...responseIds].map(() => aggregation.settle(campaignId, { skipLocked: false })));
      expect(outcomes.reduce((total, outcome) => total + (outcome.status === 'settled' ? outcome.folded : 0), 0)).toBe(20);
      expect(await tally(t, campaignId)).toEqual({ responses: 20, ratings: 20 * itemIds.length });
      const [{ waiting }] = await t.db.query(`SELECT COUNT(*)::int AS waiting FROM responses WHERE campaign_id = $1 AND NOT aggregated`, [campaignId]);
      expect(waiting).toBe(0);
    });

    it('embed the comments they fold once, not once per job, and fold each answer once', async () => {
      const coach = (await signUpCoach(new ApiClient(t.baseUrl))).api;
      const { campaignId } = await draftCampaign(coach, { raters: raters('peer', 3) });
      const [row] = await t.db.query(`SELECT survey_snapshot FROM campaigns WHERE id = $1`, [campaignId]);
      const itemIds: string[] = row.survey_snapshot.themes.flatMap((theme: { items: { id: string }[] }) => theme.items.map((item) => item.id));
      const comments = Array.from({ length: 12 }, (_, index) => `Listens well in meeting number ${index + 1}`);
      for (const comment of comments)
        await t.db.query(
          `INSERT INTO responses (id, campaign_id, group_id, submitted_on, ratings, texts) VALUES (gen_random_uuid(), $1, 'peer', CURRENT_DATE, $2, $3)`,
          [campaignId, JSON.stringify(Object.fromEntries(itemIds.map((id) => [id, 4]))), JSON.stringify({ strengths: comment })],
        );
      const theming = t.app.get(ThemingService);
      const embed = theming.embedTexts.bind(theming);
      const embedded: string[] = [];
      const watching = jest.spyOn(theming, 'embedTexts').mockImplementation((texts) => {
        embedded.push(...texts);
        return embed(texts);
      });
      try {
        // Three fold jobs per answer, all at once, as a worker running several jobs would meet them.
        const aggregation = t.app.get(AggregationService);
        const outcomes = await Promise.all([...comments, ...comments, ...comments].map(() => aggregation.settle(campaignId, { skipLocked: false })));
        expect(outcomes.reduce((total, outcome) => total + (outcome.status === 'settled' ? outcome.folded : 0), 0)).toBe(comments.length);
      } finally {
        watching.mockRestore();
      }
      expect(await tally(t, campaignId)).toEqual({ responses: comments.length, ratings: comments.length * itemIds.length });
      expect(embedded.sort()).toEqual([...comments].sort());
    });
  });

  describe('when the campaign closes', () => {
    let t: TestApp;
    beforeAll(async () => {
      // Nothing but the close may fold: no batch fills, no wait runs out, no sweep comes by.
      t = await startTestApp({ AGGREGATION_MAX_WAIT_MS: '3600000', SWEEP_INTERVAL_MS: '3600000' });
    });
    afterAll(async () => {
      await t?.close();
    });

    it('queues the fold of the answers still waiting for a batch of their group: the close returns first, the fold lands once', async () => {
      const coach = (await signUpCoach(new ApiClient(t.baseUrl))).api;
      const peers = raters('peer', 4);
      const { campaignId } = await draftCampaign(coach, { raters: peers });
      const tokens = await launchAndCollectTokens(t, coach, campaignId);
      for (const peer of peers.slice(0, 2)) {
        const token = tokens.get(peer.email) as string;
        const q = (await new ApiClient(t.baseUrl).get<{ items: { id: string }[] }>(`/api/responses/${token}`)).body;
        expect((await new ApiClient(t.baseUrl).post(`/api/responses/${token}`, { answers: { [q.items[0].id]: 4 } })).status).toBe(201);
      }
      const progress = async () => (await coach.get<{ responded: number; aggregated: number }>(`/api/campaigns/${campaignId}/progress`)).body;
      // Both answers' fold jobs have run and left them waiting: two peers are fewer than the group's three.
      await waitUntil(async () => (await t.db.query(`SELECT answers_waiting FROM campaigns WHERE id = $1`, [campaignId]))[0].answers_waiting === 2, {
        what: 'two answers waiting',
      });
      expect(await progress()).toMatchObject({ responded: 2, aggregated: 0 });

      // With the workers held, the close can only have queued the fold, not run it.
      const queue = t.app.get(JobQueueService).queue(QueueName.Aggregation);
      await queue.pause();
      try {
        expect((await coach.post(`/api/campaigns/${campaignId}/close`)).status).toBe(200);
        expect(await progress()).toMatchObject({ status: 'closed', responded: 2, aggregated: 0 });
        expect(await queue.getJobState(closeFoldJobId(campaignId))).toBe('waiting');
      } finally {
        await queue.resume();
      }
      await waitUntil(async () => (await progress()).aggregated === 2, { what: 'the final fold', timeoutMs: 30_000 });
      await waitUntil(async () => (await queue.getJobCounts('active', 'waiting', 'delayed')).active === 0, { what: 'the fold job finished' });
      const folded = await tally(t, campaignId);
      expect(folded.responses).toBe(2);
      // The fold delivered again, and a sweep: nothing more to fold.
      expect(await t.app.get(AggregationService).settle(campaignId, { skipLocked: false })).toEqual({ status: 'settled', folded: 0, waiting: 0 });
      expect(await t.app.get(AggregationService).sweep()).toBe(0);
      expect(await tally(t, campaignId)).toEqual(folded);
    });
  });

  describe('with Redis unreachable when raters submit', () => {
    it('stores and acknowledges the answer, then the sweep folds it in exactly once', async () => {
      // An API process whose Redis address points at a closed port.
      const deadRedis = `redis://127.0.0.1:${await freePort()}`;
      const api = await startTestApp({ ROLE: 'api', REDIS_URL: deadRedis });
      try {
        const coach = (await signUpCoach(new ApiClient(api.baseUrl))).api;
        const { campaignId } = await draftCampaign(coach, { raters: raters('peer', 3) });
        const health = await new ApiClient(api.baseUrl).get('/api/health');
        expect(health.status).toBe(503);
        expect(health.body).toMatchObject({ status: 'unavailable', postgres: 'up', redis: 'down' });

        // Launch succeeds; the invitations wait in Postgres until a worker can queue them.
        expect((await coach.post(`/api/campaigns/${campaignId}/launch`)).status).toBe(202);
        const pending: { id: string }[] = await api.db.query(`SELECT id FROM invitations WHERE campaign_id = $1 AND delivery_status = 'queued'`, [campaignId]);
        expect(pending).toHaveLength(4);
        // A worker with a working Redis, on the same database, delivers them via its sweep.
        const worker = await startTestApp({ ROLE: 'all', DATABASE_URL: api.config.databaseUrl, PUBLIC_URL: api.config.publicUrl, SMTP_URL: api.mailbox.url });
        try {
          const invitations = (await api.mailbox.waitForCount(4, 30_000)).slice(0, 4);
          // Reminders, like invitations, wait in Postgres: the API counts the round and the worker's sweep queues it.
          const remind = await coach.post<{ reminded: number }>(`/api/campaigns/${campaignId}/remind`);
          expect([remind.status, remind.body.reminded]).toEqual([202, 4]);
          await api.mailbox.waitForCount(8, 30_000);
          expect(
            api.mailbox.messages
              .filter((mail) => mail.subject.startsWith('Reminder:'))
              .map((mail) => linkIn(mail))
              .sort(),
          ).toEqual(invitations.map((mail) => linkIn(mail)).sort());
          const [{ rounds, queued }] = await api.db.query(`SELECT reminder_rounds AS rounds, reminder_rounds_queued AS queued FROM campaigns WHERE id = $1`, [
            campaignId,
          ]);
          expect([rounds, queued]).toEqual([1, 1]);
          const started = Date.now();
          const responseCount = async () => (await api.db.query(`SELECT COUNT(*)::int AS count FROM responses WHERE aggregated`))[0].count as number;
          for (const mail of invitations) {
            const token = tokenOf(linkIn(mail));
            const q = (await new ApiClient(api.baseUrl).get<{ items: { id: string }[] }>(`/api/responses/${token}`)).body;
            const submitted = await new ApiClient(api.baseUrl).post(`/api/responses/${token}`, { answers: { [q.items[0].id]: 4 } });
            expect(submitted.status).toBe(201);
          }
          expect(Date.now() - started).toBeLessThan(20_000);
          const [stored] = await api.db.query(`SELECT COUNT(*)::int AS count FROM responses`);
          expect(stored.count).toBe(4);

          await waitUntil(async () => (await responseCount()) === 4, { what: 'the sweep to fold the 4 answers', timeoutMs: 30_000 });
          expect(await tally(api, campaignId)).toEqual({ responses: 4, ratings: 4 });
          const report = await coach.get<Report>(`/api/campaigns/${campaignId}/report`);
          expect(report.body.aggregatedResponses).toBe(4);
        } finally {
          await worker.app.close();
          await worker.mailbox.stop();
        }
      } finally {
        await api.close();
      }
    });
  });

  /** A worker process on an API process's database, queues and mailbox: it runs what the API queued, and its sweep what the API left. */
  const startWorkerFor = (api: TestApp): Promise<TestApp> =>
    startTestApp({
      ROLE: 'worker',
      DATABASE_URL: api.config.databaseUrl,
      PUBLIC_URL: api.config.publicUrl,
      SMTP_URL: api.mailbox.url,
      QUEUE_PREFIX: api.config.queuePrefix,
    });

  const reminderMails = (api: TestApp) => api.mailbox.messages.filter((mail) => mail.subject.startsWith('Reminder:'));
  const remindedRounds = async (api: TestApp, campaignId: string): Promise<number[]> =>
    (await api.db.query(`SELECT reminded_round FROM invitations WHERE campaign_id = $1`, [campaignId])).map(
      (row: { reminded_round: number }) => row.reminded_round,
    );

  const roundsQueued = async (api: TestApp, campaignId: string): Promise<number> =>
    (await api.db.query(`SELECT reminder_rounds_queued AS queued FROM campaigns WHERE id = $1`, [campaignId]))[0].queued;

  /** Runs `work` while a worker process runs beside `api`, and stops the worker after. */
  const withWorkerFor = async (api: TestApp, work: () => Promise<unknown>): Promise<void> => {
    const worker = await startWorkerFor(api);
    try {
      await work();
    } finally {
      await worker.app.close();
      await worker.mailbox.stop();
    }
  };

  /** A campaign of four raters launched on an API process, whose jobs wait for a worker. */
  const launchedCampaign = async (api: TestApp) => {
    const coach = (await signUpCoach(new ApiClient(api.baseUrl))).api;
    const { campaignId } = await draftCampaign(coach, { raters: raters('peer', 3) });
    expect((await coach.post(`/api/campaigns/${campaignId}/launch`)).status).toBe(202);
    const remindTwice = async () => {
      for (const _click of [1, 2]) expect((await coach.post<{ reminded: number }>(`/api/campaigns/${campaignId}/remind`)).body).toEqual({ reminded: 4 });
    };
    return { campaignId, remindTwice };
  };

  describe('with two reminder rounds sent before the invitations have gone out', () => {
    it('mails each rater the invitation first, then one reminder, of the later round', async () => {
      const api = await startTestApp({ ROLE: 'api' });
      try {
        const { campaignId, remindTwice } = await launchedCampaign(api);
        await remindTwice();
        // Counted, but left for the sweep to queue once the invitations have gone out.
        expect(await roundsQueued(api, campaignId)).toBe(0);
        await withWorkerFor(api, async () => {
          await api.mailbox.waitForCount(8, 30_000);
          await new Promise((resolve) => setTimeout(resolve, 2_000));
          expect(reminderMails(api)).toHaveLength(4);
          // In arrival order, each rater's link comes in an invitation before it comes in a reminder.
          const arrivals = api.mailbox.messages.map((mail) => ({ link: linkIn(mail), reminder: mail.subject.startsWith('Reminder:') }));
          for (const { link } of arrivals.filter((mail) => mail.reminder))
            expect(arrivals.findIndex((mail) => mail.link === link)).toBe(arrivals.findIndex((mail) => mail.link === link && !mail.reminder));
          expect(await remindedRounds(api, campaignId)).toEqual([2, 2, 2, 2]);
        });
      } finally {
        await api.close();
      }
    });
  });

  describe('with two reminder rounds queued before a worker runs either', () => {
    it('mails each rater one reminder, of the later round: the earlier round is covered by it', async () => {
      const api = await startTestApp({ ROLE: 'api' });
      try {
        const { campaignId, remindTwice } = await launchedCampaign(api);
        // The invitations go out, then no worker runs while the coach sends two rounds: both are queued.
        await withWorkerFor(api, () => api.mailbox.waitForCount(4, 30_000));
        await remindTwice();
        expect(await roundsQueued(api, campaignId)).toBe(2);
        await withWorkerFor(api, async () => {
          await api.mailbox.waitForCount(8, 30_000);
          await new Promise((resolve) => setTimeout(resolve, 2_000));
          expect(reminderMails(api)).toHaveLength(4);
          expect(await remindedRounds(api, campaignId)).toEqual([2, 2, 2, 2]);
        });
      } finally {
        await api.close();
      }
    });
  });

  describe('with Redis hanging when a coach sends reminders', () => {
    it('accepts the round, and mails each rater it reminds exactly once, though both the stalled enqueue (once Redis answers) and the sweep may queue it', async () => {
      const redis = await new TcpProxy('127.0.0.1', 6379).start();
      const api = await startTestApp({ ROLE: 'api', REDIS_URL: `redis://127.0.0.1:${redis.port}` });
      try {
        const coach = (await signUpCoach(new ApiClient(api.baseUrl))).api;
        const { campaignId } = await draftCampaign(coach, { raters: raters('peer', 3) });
        expect((await coach.post(`/api/campaigns/${campaignId}/launch`)).status).toBe(202);
        const rounds = async () =>
          (await api.db.query(`SELECT reminder_rounds AS counted, reminder_rounds_queued AS queued FROM campaigns WHERE id = $1`, [campaignId]))[0] as {
            counted: number;
            queued: number;
          };

        // Redis stops answering but no connection fails: the queue still looks reachable, and the add times out.
        redis.stall();
        const remind = await coach.post<{ reminded: number }>(`/api/campaigns/${campaignId}/remind`);
        expect([remind.status, remind.body.reminded, await rounds()]).toEqual([202, 4, { counted: 1, queued: 0 }]);

        // Redis answers again (the stalled add reaches it) and a worker's sweep queues the waiting round again.
        await redis.restore();
        const worker = await startWorkerFor(api);
        try {
          await waitUntil(async () => (await rounds()).queued === 1, { what: 'the sweep to queue the waiting round', timeoutMs: 30_000 });
          await api.mailbox.waitForCount(8, 30_000);
          await new Promise((resolve) => setTimeout(resolve, 2_000));
          const reminders = reminderMails(api);
          expect(reminders.map((mail) => linkIn(mail)).sort()).toEqual(
            api.mailbox.messages
              .filter((mail) => !mail.subject.startsWith('Reminder:'))
              .map((mail) => linkIn(mail))
              .sort(),
          );
          expect(reminders).toHaveLength(4);
        } finally {
          await worker.app.close();
          await worker.mailbox.stop();
        }
      } finally {
        await api.close();
        await redis.cut();
      }
    });
  });
});
