import { loadAppConfig } from '../../src/config/app-config';
import { waitUntil } from '../../src/common/wait-until';
import { JobQueueService } from '../../src/queue/job-queue.service';
import { JobName, QueueName } from '../../src/queue/jobs';
import { TcpProxy } from '../utils/tcp-proxy';
import { deleteQueueKeys, testEnv } from '../utils/test-app';

/**
 * What the API does with a job while Redis is away: every caller already keeps the work in
 * Postgres for the sweep, so the add must fail at once rather than hold a rater's submit or a
 * coach's launch for seconds.
 */
describe('adding jobs while Redis is away', () => {
  let redis: TcpProxy;
  let jobs: JobQueueService;
  let prefix: string;

  beforeEach(async () => {
    redis = await new TcpProxy('127.0.0.1', 6379).start();
    const env = testEnv({ REDIS_URL: `redis://127.0.0.1:${redis.port}` });
    prefix = env.QUEUE_PREFIX;
    jobs = new JobQueueService(loadAppConfig(env));
  });

  afterEach(async () => {
    await jobs.onApplicationShutdown();
    await redis.cut();
    await deleteQueueKeys(prefix);
  });

  const fold = (campaignId: string) => jobs.add(JobName.FoldAnswers, { campaignId }, `fold-${campaignId}`);
  const queued = async () => (await jobs.queue(QueueName.Aggregation).getJobs(['waiting', 'delayed'])).map((job) => job.id).sort();

  it('refuses at once, naming Redis, once the connection has failed, and adds again once it is back', async () => {
    await waitUntil(() => jobs.connection.status, { what: 'the connection to Redis', done: (status) => status === 'ready' });
    await fold('before');

    await redis.cut();
    await waitUntil(() => jobs.connection.status, { what: 'the connection to notice Redis is gone', done: (status) => status !== 'ready' });
    // "unreachable", not the 3 s timeout's "timed out": the add never waited for a connection.
    await expect(fold('during')).rejects.toThrow(/^enqueue fold-answers: Redis is unreachable \(\w+\)$/);
    await expect(jobs.addMany(JobName.FoldAnswers, [{ payload: { campaignId: 'during' }, jobId: 'fold-during-many' }])).rejects.toThrow(
      'enqueue fold-answers: Redis is unreachable',
    );

    await redis.restore();
    await waitUntil(() => jobs.connection.status, { what: 'the connection to come back', done: (status) => status === 'ready', timeoutMs: 30_000 });
    await fold('after');
    expect(await queued()).toEqual(['fold-after', 'fold-before']);
  });
});
