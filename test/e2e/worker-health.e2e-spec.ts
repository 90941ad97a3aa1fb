import { existsSync, readFileSync, rmSync } from 'node:fs';
import { settlesWithin } from '../../src/common/time-limit';
import { waitUntil } from '../../src/common/wait-until';
import { type AppProcess, checkWorkerHealth, spawnApp } from '../utils/app-process';
import { TcpProxy } from '../utils/tcp-proxy';
import { deleteQueueKeys, testEnv } from '../utils/test-app';
import { dropDatabase } from '../utils/test-database';

// Above the sum of the waits' own limits (below), so that a wait that hangs says which it was.
jest.setTimeout(240_000);

/** A beat every 250 ms, stale after 2 s: the default 5 s and 30 s, faster. */
const MAX_AGE_MS = 2_000;

const workerEnv = (overrides: Record<string, string> = {}): Record<string, string> =>
  testEnv({ ROLE: 'worker', WORKER_HEARTBEAT_INTERVAL_MS: '250', WORKER_HEARTBEAT_MAX_AGE_MS: String(MAX_AGE_MS), LOG_LEVEL: 'info', ...overrides });

/** When the worker last beat, read from the file as any tool would (NaN: no heartbeat). */
function lastBeat(env: Record<string, string>): number {
  return existsSync(env.WORKER_HEARTBEAT_FILE) ? Date.parse(readFileSync(env.WORKER_HEARTBEAT_FILE, 'utf8').trim()) : Number.NaN;
}

/** Until the worker writes a heartbeat later than `after`; its time. */
async function nextBeat(worker: AppProcess, env: Record<string, string>, after: number): Promise<number> {
  return waitUntil(
    () => {
      if (worker.child.exitCode !== null) throw new Error(`the worker exited with ${worker.child.exitCode}:\n${worker.output()}`);
      return lastBeat(env);
    },
    { what: `a heartbeat after ${new Date(after).toISOString()}`, done: (beat) => beat > after, timeoutMs: 60_000, intervalMs: 100 },
  );
}

/** Until no heartbeat has been written for longer than the limit; the last one's time. */
async function staleBeat(env: Record<string, string>): Promise<number> {
  return waitUntil(() => lastBeat(env), {
    what: `the heartbeat to be older than ${MAX_AGE_MS} ms`,
    done: (beat) => Date.now() - beat > MAX_AGE_MS,
    timeoutMs: 30_000,
    intervalMs: 100,
  });
}

/** The worker's exit code once it exits; failing with what it said if it has not within the limit. */
async function exitCode(worker: AppProcess, timeoutMs: number): Promise<number | null> {
  if (!(await settlesWithin(worker.exited, timeoutMs)))
    throw new Error(`the worker had not exited ${timeoutMs} ms after SIGTERM; it said:\n${worker.output()}`);
  return worker.exited;
}

async function cleanUp(worker: AppProcess, env: Record<string, string>): Promise<void> {
  if (worker.child.exitCode === null) {
    worker.child.kill('SIGKILL');
    await worker.exited;
  }
  rmSync(env.WORKER_HEARTBEAT_FILE, { force: true });
  await dropDatabase(env.DATABASE_URL);
  await deleteQueueKeys(env.QUEUE_PREFIX);
}

describe("a worker's heartbeat and its container health check", () => {
  it('passes while the worker runs, and fails once a killed worker has not beaten for longer than the limit', async () => {
    const env = workerEnv();
    expect(await checkWorkerHealth(env)).toEqual({ code: 1, output: expect.stringContaining('unhealthy: no heartbeat yet') });
    const worker = spawnApp(env);
    try {
      const first = await nextBeat(worker, env, 0);
      expect(await checkWorkerHealth(env)).toEqual({
        code: 0,
        output: expect.stringMatching(/^healthy: the last heartbeat is \d+\.\d s old \(limit 2\.0 s\)\n$/),
      });
      // It keeps beating: passing again when the first heartbeat alone would be stale.
      await nextBeat(worker, env, first + MAX_AGE_MS);
      expect((await checkWorkerHealth(env)).code).toBe(0);

      worker.child.kill('SIGKILL');
      await worker.exited;
      const last = lastBeat(env);
      expect(await staleBeat(env)).toBe(last);
      const check = await checkWorkerHealth(env);
      expect(check.code).toBe(1);
      expect(check.output).toMatch(/^unhealthy: the last heartbeat is \d+\.\d s old \(limit 2\.0 s\)/);
      // A killed worker leaves its heartbeat behind: its age alone tells.
      expect(lastBeat(env)).toBe(last);
    } finally {
      await cleanUp(worker, env);
    }
  });

  it('stops beating while the worker cannot reach Redis, beats again when it can, and removes the heartbeat when stopped', async () => {
    const redis = await new TcpProxy('127.0.0.1', 6379).start();
    const env = workerEnv({ REDIS_URL: `redis://127.0.0.1:${redis.port}` });
    const worker = spawnApp(env);
    try {
      await nextBeat(worker, env, 0);
      expect((await checkWorkerHealth(env)).code).toBe(0);

      await redis.cut();
      const cutAt = Date.now();
      const last = await staleBeat(env);
      // Stale because the worker stopped vouching, not because it died.
      expect(worker.child.exitCode).toBeNull();
      expect(last).toBeLessThan(cutAt + 1_000);
      expect(await checkWorkerHealth(env)).toEqual({ code: 1, output: expect.stringContaining('unhealthy: the last heartbeat is') });
      expect(worker.output()).toContain('heartbeat stopped: Redis did not answer');

      await redis.restore();
      await nextBeat(worker, env, last);
      expect((await checkWorkerHealth(env)).code).toBe(0);
      expect(worker.output()).toContain('heartbeat resumed');

      worker.child.kill('SIGTERM');
      expect(await exitCode(worker, 30_000)).toBe(0);
      expect(existsSync(env.WORKER_HEARTBEAT_FILE)).toBe(false);
      expect(await checkWorkerHealth(env)).toEqual({ code: 1, output: expect.stringContaining('unhealthy: no heartbeat yet') });
    } finally {
      await redis.cut();
      await cleanUp(worker, env);
    }
  });

  it('exits when stopped while it cannot reach Redis, once its grace for closing the queue workers is up', async () => {
    const redis = await new TcpProxy('127.0.0.1', 6379).start();
    const env = workerEnv({ REDIS_URL: `redis://127.0.0.1:${redis.port}`, SHUTDOWN_GRACE_MS: '2000' });
    const worker = spawnApp(env);
    try {
      await nextBeat(worker, env, 0);
      await redis.cut();
      await staleBeat(env);
      worker.child.kill('SIGTERM');
      // Far less than the 30 s allowed after the first SIGTERM above: the 2 s grace, then the rest of the shutdown.
      expect(await exitCode(worker, 15_000)).toBe(0);
      expect(worker.output()).toContain('the queue workers had not closed after 2000 ms (is Redis reachable?): stopping without them');
      expect(existsSync(env.WORKER_HEARTBEAT_FILE)).toBe(false);
    } finally {
      await redis.cut();
      await cleanUp(worker, env);
    }
  });
});
