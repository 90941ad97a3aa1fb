import { type ChildProcess, spawn } from 'node:child_process';
import IORedis from 'ioredis';
import { waitUntil } from '../../src/common/wait-until';

/** A throw-away redis-server of the test's own, on a port of its choosing, with the settings it needs. */
export async function startRedisServer(port: number, extraArgs: string[] = []): Promise<{ url: string; process: ChildProcess; stop(): Promise<void> }> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', ...extraArgs], { stdio: 'ignore' });
  const url = `redis://127.0.0.1:${port}`;
  await waitUntil(
    async () => {
      const probe = new IORedis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      probe.on('error', () => undefined);
      try {
        await probe.connect();
        return (await probe.ping()) === 'PONG';
      } catch {
        return false;
      } finally {
        probe.disconnect();
      }
    },
    { what: `redis-server on port ${port}`, timeoutMs: 10_000, intervalMs: 100 },
  );
  return {
    url,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
