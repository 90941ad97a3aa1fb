import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { waitUntil } from '../../src/common/wait-until';

const ROOT = join(__dirname, '..', '..');

export interface AppProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Runs src/<entry>.ts in its own Node process, as `node dist/<entry>.js` runs in the image, capturing its output. */
function spawnEntry(entry: string, env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'src', `${entry}.ts`)], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  return { child, output: () => output };
}

/** Runs src/main.ts in its own Node process, exactly as `npm run start` would, capturing its output. */
export function spawnApp(env: Record<string, string>): AppProcess {
  const { child, output } = spawnEntry('main', env);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output, exited };
}

/** The health check of a worker container, `node dist/worker-health.js`, run once: its exit code and what it said. */
export async function checkWorkerHealth(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const { child, output } = spawnEntry('worker-health', env);
  // 'close' rather than 'exit': by then all it wrote has been read.
  const code = await new Promise<number | null>((resolve) => child.on('close', (exitCode) => resolve(exitCode)));
  return { code, output: output() };
}

export async function waitForHealthy(baseUrl: string, app: AppProcess, timeoutMs = 60_000): Promise<void> {
  await waitUntil(
    async () => {
      if (app.child.exitCode !== null) throw new Error(`app exited with ${app.child.exitCode}:\n${app.output()}`);
      try {
        return (await fetch(`${baseUrl}/api/health`)).status === 200;
      } catch {
        return false;
      }
    },
    { what: `${baseUrl}/api/health`, timeoutMs, intervalMs: 250 },
  );
}
