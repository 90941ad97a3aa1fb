import IORedis from 'ioredis';
import { createServer } from 'node:net';
import { Client } from 'pg';
import { loadSurveyCatalog } from '../surveys/survey-catalog';
import { DemoError } from './demo.error';
import { ExampleBank } from '../theming/examples/example-bank';

const CHECK_TIMEOUT_MS = 3_000;
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'EAI_AGAIN']);

/** host:port of a service URL: never its password. */
export function serviceAddress(url: string, defaultPort: number): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || defaultPort}`;
}

function describe(error: unknown): { code: string; message: string } {
  const { code, message } = error as { code?: unknown; message?: unknown };
  const text = typeof message === 'string' && message !== '' ? message : String(error);
  return { code: typeof code === 'string' ? code : '', message: text };
}

/**
 * The app would keep retrying a missing Postgres or Redis with a wall of log lines (or end the
 * process from inside Nest); checking first lets the demo say what to start.
 */
export async function checkPostgres(databaseUrl: string): Promise<void> {
  const address = serviceAddress(databaseUrl, 5432);
  // The server's maintenance database: the demo's own database may not exist yet (the app creates it).
  const maintenance = new URL(databaseUrl);
  maintenance.pathname = '/postgres';
  const client = new Client({ connectionString: maintenance.toString(), connectionTimeoutMillis: CHECK_TIMEOUT_MS });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const { code, message } = describe(error);
    if (UNREACHABLE.has(code) || /timeout/i.test(message)) {
      throw new DemoError(
        `PostgreSQL is not reachable at ${address} (${code || message}). Start it, e.g. \`docker compose -f docker/compose.yml up -d postgres\`, or point DATABASE_URL at a running server.`,
      );
    }
    if (code === '28P01' || code === '28000') {
      throw new DemoError(`PostgreSQL at ${address} refused the login (${message}). Set DATABASE_URL with a user that may log in and create databases.`);
    }
    throw new DemoError(`PostgreSQL at ${address} answered with an error: ${message}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function checkRedis(redisUrl: string): Promise<void> {
  const address = serviceAddress(redisUrl, 6379);
  const redis = new IORedis(redisUrl, {
    lazyConnect: true,
    connectTimeout: CHECK_TIMEOUT_MS,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
  // connect() only says "Connection is closed."; the socket error says why.
  let socketError: unknown = null;
  redis.on('error', (error) => {
    socketError ??= error;
  });
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    const { code, message } = describe(socketError ?? error);
    throw new DemoError(
      `Redis is not reachable at ${address} (${code || message}). Start it, e.g. \`docker compose -f docker/compose.yml up -d redis\`, or point REDIS_URL at a running server.`,
    );
  } finally {
    redis.disconnect();
  }
}

/** The port to listen on: the one asked for if it is free, any free one for PORT=0. */
export async function claimablePort(port: number): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error) => {
      const { code } = describe(error);
      reject(
        new DemoError(
          code === 'EADDRINUSE'
            ? `Port ${port} is already in use (another feedback360, or the demo still running?). Run the demo on another port: PORT=${port + 1} npm run demo`
            : `Cannot listen on port ${port} (${code}). Run the demo on another port, e.g. PORT=3100 npm run demo`,
        ),
      );
    });
    // Same address family and host as the app's own listen(), so "free here" means "free for it".
    probe.listen(port, () => {
      const address = probe.address();
      const claimed = typeof address === 'object' && address ? address.port : port;
      probe.close(() => resolve(claimed));
    });
  });
}

/** An invalid survey or example file would stop the app deep inside start-up; say which file and why up front. */
export function checkSurveys(surveysDir: string): void {
  try {
    ExampleBank.load(surveysDir, loadSurveyCatalog(surveysDir).surveys);
  } catch (error) {
    throw new DemoError(`${describe(error).message}\nFix the file(s), then check them with: npm run cli -- surveys:validate`);
  }
}
