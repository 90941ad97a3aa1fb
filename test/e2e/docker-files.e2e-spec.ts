import Ajv from 'ajv';
import draft07 from 'ajv/dist/refs/json-schema-draft-07.json';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { loadAppConfig } from '../../src/config/app-config';

const ROOT = join(__dirname, '..', '..');
const COMPOSE = join(ROOT, 'docker', 'compose.yml');

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  return spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', env });
}

/** `docker compose` (v2 plugin) where it exists, else Debian's docker-compose v1; both need no engine for `config`. */
function composeCommand(): [string, string[]] | null {
  if (run('docker', ['compose', 'version']).status === 0) return ['docker', ['compose']];
  if (run('docker-compose', ['version']).status === 0) return ['docker-compose', []];
  return null;
}

/**
 * The Compose Specification's JSON schema, as dclint (a maintained compose linter) ships it: what
 * every compose CLI accepts, checked without one. It names draft-07 by an https address that Ajv
 * knows only as http.
 */
function composeSchemaValidator() {
  const schema = JSON.parse(readFileSync(join(dirname(require.resolve('dclint/package.json')), 'schemas', 'compose.schema.json'), 'utf8')) as {
    $schema: string;
  };
  // Not written for Ajv's strict mode (keywords without their type, union types): checked as the spec means it.
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addMetaSchema({ ...draft07, $id: schema.$schema });
  return ajv.compile(schema);
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

const composeText = () => readFileSync(COMPOSE, 'utf8');
const composeFile = () => parse(composeText(), { merge: true }) as Compose;

const cli = composeCommand();
// Without a compose CLI the file is still checked against the specification, in-process.
const withComposeCli = cli ? it : it.skip;
const skipNote = cli ? '' : ' (skipped: neither `docker compose` nor `docker-compose` is installed)';

describe('docker files', () => {
  it('compose.yml follows the Compose Specification', () => {
    const validate = composeSchemaValidator();
    expect(validate(composeFile()) ? [] : validate.errors).toEqual([]);
    // The check can fail: a misspelt key is refused.
    const misspelt = composeFile();
    Object.assign(misspelt.services.redis, { helthcheck: {} });
    expect(validate(misspelt)).toBe(false);
    expect(validate.errors).toContainEqual(expect.objectContaining({ instancePath: '/services/redis', params: { additionalProperty: 'helthcheck' } }));
  });

  withComposeCli(`compose.yml is valid for the compose CLI, with no variable set${skipNote}`, () => {
    const [command, prefix] = cli!;
    const result = run(command, [...prefix, '-f', COMPOSE, 'config', '-q'], { PATH: process.env.PATH });
    expect({ status: result.status, stderr: result.stderr.trim() }).toEqual({ status: 0, stderr: '' });
  });

  it('reads no variable without a default, so the backing services start with none set', () => {
    // Compose interpolates the whole file even to start only `postgres redis`: a required variable
    // of the app's would stop them. The app checks its own TOKEN_SECRET at start.
    const references = [...composeText().matchAll(/\$\{(\w+)([^}]*)\}/g)].map(([, name, rest]) => ({ name, rest }));
    expect(references.map(({ name }) => name).sort()).toEqual(['PUBLIC_URL', 'TOKEN_SECRET']);
    for (const { name, rest } of references) expect({ name, hasDefault: rest.startsWith(':-') || rest.startsWith('-') }).toEqual({ name, hasDefault: true });
  });

  it("gives Postgres and Redis on this host's loopback, where the default DATABASE_URL and REDIS_URL look", () => {
    const { services } = composeFile();
    const { databaseUrl, redisUrl } = loadAppConfig({});
    const database = new URL(databaseUrl);
    expect(services.postgres.environment).toMatchObject({
      POSTGRES_USER: database.username,
      POSTGRES_HOST_AUTH_METHOD: 'trust',
      POSTGRES_DB: database.pathname.slice(1),
    });
    expect(services.postgres.ports).toEqual([`${database.hostname}:${database.port}:5432`]);
    const redis = new URL(redisUrl);
    expect(services.redis.ports).toEqual([`${redis.hostname}:${redis.port}:6379`]);
    // Redis has no password, Postgres trusts its clients and the catcher shows every rater's link.
    for (const name of ['postgres', 'redis', 'mailpit']) for (const port of services[name].ports ?? []) expect(port).toMatch(/^127\.0\.0\.1:/);
  });

  it('pins the images it pulls to a version', () => {
    const { services } = composeFile();
    expect(services.mailpit.image).toMatch(/^axllent\/mailpit:v\d+\.\d+\.\d+$/);
    expect(services.postgres.image).toMatch(/^postgres:\d+/);
    expect(services.redis.image).toMatch(/^redis:\d+/);
  });

  it('runs api and worker from the Dockerfile, with Postgres, Redis (noeviction) and a mail catcher', () => {
    const { services } = composeFile();
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
    const { services } = composeFile();
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
