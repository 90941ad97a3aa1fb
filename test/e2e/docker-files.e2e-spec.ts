import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const ROOT = join(__dirname, '..', '..');
const COMPOSE = join(ROOT, 'docker', 'compose.yml');

function run(command: string, args: string[]) {
  return spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, TOKEN_SECRET: 'a-secret-for-checking-the-compose-file-only' } });
}

/** `docker compose` (v2 plugin) where it exists, else Debian's docker-compose v1; both need no engine for `config`. */
function composeCommand(): [string, string[]] | null {
  if (run('docker', ['compose', 'version']).status === 0) return ['docker', ['compose']];
  if (run('docker-compose', ['version']).status === 0) return ['docker-compose', []];
  return null;
}

interface Compose {
  services: Record<
    string,
    {
      build?: { dockerfile?: string };
      image?: string;
      environment?: Record<string, string>;
      ports?: string[];
      command?: string[];
      healthcheck?: { test?: string[]; interval?: string; timeout?: string; retries?: number; start_period?: string };
    }
  >;
}

describe('docker files', () => {
  it('compose.yml is valid for the compose CLI', () => {
    const compose = composeCommand();
    if (!compose) throw new Error('Neither `docker compose` nor `docker-compose` is installed (the CI script installs docker-compose)');
    const [command, prefix] = compose;
    const result = run(command, [...prefix, '-f', COMPOSE, 'config', '-q']);
    expect({ status: result.status, stderr: result.stderr.trim() }).toEqual({ status: 0, stderr: '' });
  });

  it('compose.yml refuses to start without a TOKEN_SECRET', () => {
    const compose = composeCommand();
    if (!compose) throw new Error('Neither `docker compose` nor `docker-compose` is installed');
    const [command, prefix] = compose;
    const result = spawnSync(command, [...prefix, '-f', COMPOSE, 'config', '-q'], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('TOKEN_SECRET');
  });

  it('runs api and worker from the Dockerfile, with Postgres, Redis (noeviction) and a mail catcher', () => {
    const { services } = parse(readFileSync(COMPOSE, 'utf8'), { merge: true }) as Compose;
    expect(Object.keys(services).sort()).toEqual(['api', 'mailpit', 'postgres', 'redis', 'worker']);
    expect(services.api.build?.dockerfile).toBe('docker/Dockerfile');
    expect(services.worker.build?.dockerfile).toBe('docker/Dockerfile');
    expect(services.api.environment?.ROLE).toBe('api');
    expect(services.worker.environment?.ROLE).toBe('worker');
    expect(services.api.ports).toContain('3000:3000');
    expect(services.redis.command?.join(' ')).toContain('--maxmemory-policy noeviction');
    expect(services.api.environment?.SMTP_URL).toBe('smtp://mailpit:1025');
  });

  it("checks a worker's health by the heartbeat it writes while its queues run, not by a command that always passes", () => {
    const { services } = parse(readFileSync(COMPOSE, 'utf8'), { merge: true }) as Compose;
    const check = services.worker.healthcheck;
    expect(check?.test).toEqual(['CMD', 'node', 'dist/worker-health.js']);
    // The image runs what `nest build` makes of src/ (dist/worker-health.js from src/worker-health.ts).
    expect(existsSync(join(ROOT, 'src', 'worker-health.ts'))).toBe(true);
    expect(check).toMatchObject({ interval: '15s', timeout: '10s', retries: 3, start_period: '60s' });
  });

  it('builds and runs on Node 24 LTS, in every stage', () => {
    const dockerfile = readFileSync(join(ROOT, 'docker', 'Dockerfile'), 'utf8');
    const bases = [...dockerfile.matchAll(/^FROM (\S+)/gm)].map((match) => match[1]);
    expect(bases).toEqual(['node:24-bookworm-slim', 'node:24-bookworm-slim', 'node:24-bookworm-slim']);
  });

  it('builds in stages and runs as a non-root user with a health check', () => {
    const dockerfile = readFileSync(join(ROOT, 'docker', 'Dockerfile'), 'utf8');
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*/m);
    expect(dockerfile).toContain('/api/health');
    expect(dockerfile).toMatch(/^CMD \["node", "dist\/main\.js"\]$/m);
  });

  it('computes the embeddings comment theming is built from when the image is built, as the user that runs it', () => {
    const dockerfile = readFileSync(join(ROOT, 'docker', 'Dockerfile'), 'utf8');
    const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    expect(runtime).toMatch(/^RUN node dist\/cli\.js theming:prepare$/m);
    // After the surveys are in, and as the user whose processes write to that cache later.
    expect(runtime.indexOf('theming:prepare')).toBeGreaterThan(runtime.indexOf('COPY --chown=node:node surveys'));
    expect(runtime.indexOf('theming:prepare')).toBeGreaterThan(runtime.indexOf('USER node'));
  });

  it('gives the runtime image the Chromium and fonts that print report PDFs, and says where it is', () => {
    const dockerfile = readFileSync(join(ROOT, 'docker', 'Dockerfile'), 'utf8');
    const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    expect(runtime).toMatch(/apt-get install -y --no-install-recommends chromium fonts-dejavu-core/);
    expect(runtime).toContain('rm -rf /var/lib/apt/lists/*');
    expect(runtime).toMatch(/^ENV .*\bCHROMIUM_PATH=\/usr\/bin\/chromium\b/m);
    // Installed before switching to the unprivileged user, which cannot install packages.
    expect(runtime.indexOf('apt-get install')).toBeLessThan(runtime.indexOf('USER node'));
    const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    expect(packageJson.dependencies['playwright-core']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(packageJson.devDependencies['playwright-core']).toBeUndefined();
  });
});
