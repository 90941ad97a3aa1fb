import { randomUUID } from 'node:crypto';
import { JobName } from '../../src/queue/jobs';
import { JobQueueService } from '../../src/queue/job-queue.service';
import { foldJobId } from '../../src/responses/responses.service';
import { waitUntil } from '../../src/common/wait-until';
import { ApiClient, draftCampaign, raters, signUpCoach } from '../factories/api-client';
import { spawnApp } from '../utils/app-process';
import { startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(120_000);

const ANSWERS = 400;

describe('a worker killed in the middle of aggregating', () => {
  let api: TestApp;
  beforeAll(async () => {
    // Only an API here: the aggregation is left to the worker processes this test starts and kills.
    api = await startTestApp({ ROLE: 'api' });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('loses nothing and counts nothing twice once a worker runs again', async () => {
    const coach = (await signUpCoach(new ApiClient(api.baseUrl))).api;
    const { campaignId } = await draftCampaign(coach, { raters: raters('peer', 3) });
    const [{ survey_snapshot: survey }] = await api.db.query(`SELECT survey_snapshot FROM campaigns WHERE id = $1`, [campaignId]);
    const itemIds: string[] = survey.themes.flatMap((theme: { items: { id: string }[] }) => theme.items.map((item) => item.id));
    const ids = Array.from({ length: ANSWERS }, () => randomUUID());
    await api.db.query(
      `INSERT INTO responses (id, campaign_id, group_id, submitted_on, ratings, texts)
       SELECT id, $1, 'peer', CURRENT_DATE, $2, $3 FROM unnest($4::uuid[]) AS id`,
      [campaignId, JSON.stringify(Object.fromEntries(itemIds.map((id) => [id, 4]))), JSON.stringify({ strengths: 'Listens well in meetings' }), ids],
    );
    // One fold job per answer, as 400 submissions would queue; each job may fold a batch of up to 100.
    await api.app.get(JobQueueService).addMany(
      JobName.FoldAnswers,
      ids.map(() => ({ payload: { campaignId }, jobId: foldJobId(campaignId) })),
    );
    const folded = async (): Promise<number> => (await api.db.query(`SELECT COUNT(*)::int AS count FROM responses WHERE aggregated`))[0].count;

    const env = {
      ...process.env,
      DATABASE_URL: api.config.databaseUrl,
      REDIS_URL: api.config.redisUrl,
      QUEUE_PREFIX: api.config.queuePrefix,
      TOKEN_SECRET: api.config.tokenSecret,
      ROLE: 'worker',
      LOG_LEVEL: 'silent',
      SWEEP_INTERVAL_MS: '600000',
    } as Record<string, string>;
    const first = spawnApp(env);
    await waitUntil(async () => (await folded()) >= 20, { what: 'the first worker to start folding', timeoutMs: 60_000, intervalMs: 20 });
    first.child.kill('SIGKILL');
    await first.exited;
    const atKill = await folded();
    expect(atKill).toBeLessThan(ANSWERS);

    // A new worker: stalled jobs and the sweep bring every answer in, once.
    const second = spawnApp({ ...env, SWEEP_INTERVAL_MS: '1000' });
    try {
      await waitUntil(async () => (await folded()) === ANSWERS, {
        what: `all ${ANSWERS} answers folded after the restart`,
        timeoutMs: 60_000,
        intervalMs: 200,
      });
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
    const [tally] = await api.db.query(
      `SELECT SUM(raters) FILTER (WHERE scope_kind = 'responses')::int AS responses, SUM(ratings) FILTER (WHERE scope_kind = 'item')::int AS ratings FROM aggregates WHERE campaign_id = $1`,
      [campaignId],
    );
    expect(tally).toEqual({ responses: ANSWERS, ratings: ANSWERS * itemIds.length });
    const [comments] = await api.db.query(`SELECT COUNT(*)::int AS count FROM comments WHERE campaign_id = $1`, [campaignId]);
    expect(comments.count).toBe(ANSWERS);
    process.stdout.write(`worker killed after ${atKill} of ${ANSWERS} answers were folded\n`);
  });
});
