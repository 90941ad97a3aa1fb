import { Logger } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitUntil } from '../common/wait-until';
import { loadAppConfig } from '../config/app-config';
import type { WorkerHostService } from '../queue/worker-host.service';
import type { BackingServicesProbe, Reachability } from './backing-services.probe';
import { readHeartbeat, writeHeartbeat } from './heartbeat-file';
import { heartbeatText, judgeHeartbeat } from './heartbeat-freshness';
import { WorkerHeartbeat } from './worker-heartbeat.service';

describe('WorkerHeartbeat', () => {
  let dir: string;
  let file: string;
  let world: { running: boolean } & Reachability;
  let heartbeat: WorkerHeartbeat;
  let logged: string[];

  const start = (role: 'api' | 'worker' | 'all'): WorkerHeartbeat => {
    const config = loadAppConfig({ ROLE: role, WORKER_HEARTBEAT_FILE: file, WORKER_HEARTBEAT_INTERVAL_MS: '100000', WORKER_HEARTBEAT_MAX_AGE_MS: '200000' });
    const workers = { running: () => world.running } as unknown as WorkerHostService;
    const services = { reachability: async () => ({ postgres: world.postgres, redis: world.redis }) } as unknown as BackingServicesProbe;
    return new WorkerHeartbeat(config, workers, services);
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'heartbeat-'));
    file = join(dir, 'worker.heartbeat');
    world = { running: true, postgres: true, redis: true };
    heartbeat = start('worker');
    logged = [];
    for (const level of ['log', 'warn'] as const)
      jest.spyOn(Logger.prototype, level).mockImplementation((...args: unknown[]) => void logged.push(`${level}: ${String(args[0])}`));
  });
  afterEach(async () => {
    await heartbeat.beforeApplicationShutdown();
    jest.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes a fresh heartbeat while the workers run and Redis and Postgres answer', async () => {
    await heartbeat.beat();
    expect(judgeHeartbeat(await readHeartbeat(file), Date.now(), 1_000)).toMatchObject({ healthy: true });
  });

  it.each([
    ['the queue workers have stopped', { running: false }, 'the queue workers are not running'],
    ['Redis does not answer', { redis: false }, 'Redis did not answer'],
    ['Postgres does not answer', { postgres: false }, 'Postgres did not answer'],
    ['neither answers', { redis: false, postgres: false }, 'Redis and Postgres did not answer'],
  ])('writes nothing while %s, and says so once', async (_, trouble, said) => {
    Object.assign(world, trouble);
    await heartbeat.beat();
    expect(await readHeartbeat(file)).toEqual({ state: 'missing' });

    world = { running: true, postgres: true, redis: true };
    await heartbeat.beat();
    const written = await readHeartbeat(file);
    Object.assign(world, trouble);
    await heartbeat.beat();
    await heartbeat.beat();
    expect(await readHeartbeat(file)).toEqual(written);

    world = { running: true, postgres: true, redis: true };
    await heartbeat.beat();
    expect(judgeHeartbeat(await readHeartbeat(file), Date.now(), 1_000)).toMatchObject({ healthy: true });
    // Quiet while it starts; then each change, once.
    expect(logged).toEqual([`log: heartbeat every 100000 ms in ${file}`, `warn: heartbeat stopped: ${said}`, 'log: heartbeat resumed']);
  });

  it('starts beating in roles worker and all, and takes its heartbeat away at shutdown', async () => {
    for (const role of ['worker', 'all'] as const) {
      heartbeat = start(role);
      heartbeat.onApplicationBootstrap();
      // The first beat comes at once, the next only after the (long) interval.
      await waitUntil(async () => (await readHeartbeat(file)).state === 'read', { what: `the first heartbeat of role ${role}`, timeoutMs: 5_000 });
      await heartbeat.beforeApplicationShutdown();
      expect(await readHeartbeat(file)).toEqual({ state: 'missing' });
    }
  });

  it('never beats in role api, nor removes a heartbeat there', async () => {
    await writeHeartbeat(file, 0);
    heartbeat = start('api');
    heartbeat.onApplicationBootstrap();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await heartbeat.beforeApplicationShutdown();
    expect(await readHeartbeat(file)).toEqual({ state: 'read', text: heartbeatText(0) });
  });
});
