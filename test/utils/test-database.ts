import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { openDatabase } from '../../src/database/database-bootstrap';
import { dataSourceOptions } from '../../src/database/data-source-options';

export const TEST_POSTGRES = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432';
export const TEST_REDIS = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A name nobody else uses: every test file gets its own database and queue prefix. */
export function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
}

export async function dropDatabase(databaseUrl: string): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1);
  const client = new Client({ connectionString: `${TEST_POSTGRES}/postgres` });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  url: string;
  db: DataSource;
  /** Another connection pool on the same database, as a second process would have. */
  connectAgain(): Promise<DataSource>;
  /** Closes every pool opened here and drops the database. */
  close(): Promise<void>;
}

/** A fresh database, created and migrated as the app does at start, for one test file. */
export async function openTestDatabase(prefix = 'f360_repo'): Promise<TestDatabase> {
  const url = `${TEST_POSTGRES}/${uniqueName(prefix)}`;
  const pools = [await openDatabase(url)];
  return {
    url,
    db: pools[0],
    async connectAgain() {
      const pool = await new DataSource(dataSourceOptions(url)).initialize();
      pools.push(pool);
      return pool;
    },
    async close() {
      await Promise.all(pools.map((pool) => pool.destroy()));
      await dropDatabase(url);
    },
  };
}
