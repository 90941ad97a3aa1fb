import type { INestApplication } from '@nestjs/common';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import IORedis from 'ioredis';
import { DataSource } from 'typeorm';
import { createHttpApp } from '../../src/app.factory';
import { type AppConfig, loadAppConfig } from '../../src/config/app-config';
import { Mailbox } from './mailbox';
import { cloneMigratedDatabase, dropDatabase, TEST_POSTGRES, TEST_REDIS, uniqueName } from './test-database';

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  baseUrl: string;
  mailbox: Mailbox;
  db: DataSource;
  close(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export function testEnv(overrides: Record<string, string> = {}): Record<string, string> {
  const queuePrefix = uniqueName('f360test');
  return {
    NODE_ENV: 'test',
    DATABASE_URL: `${TEST_POSTGRES}/${uniqueName('f360_test')}`,
    REDIS_URL: TEST_REDIS,
    QUEUE_PREFIX: queuePrefix,
    // Apps of parallel tests each beat in a file of their own (and remove it when they stop).
    WORKER_HEARTBEAT_FILE: join(tmpdir(), `${queuePrefix}.heartbeat`),
    TOKEN_SECRET: 'test-secret-of-at-least-thirty-two-characters',
    SWEEP_INTERVAL_MS: '1000',
    // Answers of small groups are folded within a couple of seconds; tests of batching set their own.
    AGGREGATION_MAX_WAIT_MS: '1000',
    // Every test client shares 127.0.0.1; the rate-limit test sets its own limits.
    RATE_LIMIT_SIGN_IN_PER_MINUTE: '100000',
    RATE_LIMIT_RATER_PER_MINUTE: '100000',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...overrides,
  };
}

/**
 * The real app on a fresh database (a clone of the run's migrated one), a unique BullMQ prefix on the real Redis, and a real SMTP
 * server in the test process, listening on a free port. ROLE=all unless overridden.
 */
export async function startTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  const mailbox = await new Mailbox().start();
  const port = await freePort();
  const env = testEnv({ PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}`, SMTP_URL: mailbox.url, ...overrides });
  const config = loadAppConfig(env);
  await cloneMigratedDatabase(config.databaseUrl);
  const app = await createHttpApp(config);
  await app.listen(port, '127.0.0.1');
  return {
    app,
    config,
    baseUrl: `http://127.0.0.1:${port}`,
    mailbox,
    db: app.get(DataSource),
    async close() {
      await app.close();
      await mailbox.stop();
      await dropDatabase(config.databaseUrl);
      await deleteQueueKeys(config.queuePrefix);
    },
  };
}

/** Leaves the shared Redis as it was: removes every key of this run's queue prefix. */
export async function deleteQueueKeys(prefix: string, redisUrl = TEST_REDIS): Promise<void> {
  const redis = new IORedis(redisUrl, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
