import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { openDatabase } from '../../src/database/database-bootstrap';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { RowFactory } from '../factories/rows.factory';

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

/**
 * Migrating a fresh database takes seconds of a busy machine, and every repository and end-to-end
 * file asks for one: the global setup migrates one per test run (template-database.ts) and the
 * files clone it (CREATE DATABASE ... TEMPLATE, a fraction of a second). The app, or the
 * repository test, still opens its clone through the same bootstrap, which finds nothing left to
 * apply. The tests of migrations themselves, and of apps started as processes, still begin empty.
 */
export const TEMPLATE_VARIABLE = 'TEST_TEMPLATE_DATABASE';

/** Postgres's SQLSTATE for CREATE DATABASE of a name that exists. */
const DUPLICATE_DATABASE = '42P04';

/**
 * Creates the database of `databaseUrl` as a copy of the run's migrated template. Without one
 * (a file run outside Jest's global setup) it does nothing: the database is then created and
 * migrated when first opened, as before. A database that exists is left as it is: tests that
 * start a second app, or the same app again, on one database (a second api process, a restart)
 * share what the first wrote.
 */
export async function cloneMigratedDatabase(databaseUrl: string): Promise<void> {
  const template = process.env[TEMPLATE_VARIABLE];
  if (!template) return;
  const name = new URL(databaseUrl).pathname.slice(1);
  const client = new Client({ connectionString: `${TEST_POSTGRES}/postgres` });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  } catch (error) {
    if ((error as { code?: string }).code !== DUPLICATE_DATABASE) throw error;
  } finally {
    await client.end();
  }
}

/** A repository test file's own database; read its fields inside tests and hooks only. */
export interface TestDatabase {
  readonly db: DataSource;
  /** Writes rows into `db`. */
  readonly rows: RowFactory;
  /** Another connection pool on the same database, as a second process would have. */
  connectAgain(): Promise<DataSource>;
}

/**
 * A fresh database for the test file that calls this: a clone of the run's migrated database,
 * opened as the app does at start before its tests, and dropped, with every pool opened on it,
 * after them.
 */
export function useTestDatabase(): TestDatabase {
  const url = `${TEST_POSTGRES}/${uniqueName('f360_repo')}`;
  const pools: DataSource[] = [];
  let rows: RowFactory | undefined;
  beforeAll(async () => {
    await cloneMigratedDatabase(url);
    pools.push(await openDatabase(url));
  });
  afterAll(async () => {
    await Promise.all(pools.map((pool) => pool.destroy()));
    await dropDatabase(url);
  });
  const opened = (): DataSource => {
    if (!pools[0]) throw new Error('The test database opens in beforeAll: use it inside tests and hooks');
    return pools[0];
  };
  return {
    get db() {
      return opened();
    },
    get rows() {
      rows ??= new RowFactory(opened());
      return rows;
    },
    async connectAgain() {
      const pool = await new DataSource(dataSourceOptions(url)).initialize();
      pools.push(pool);
      return pool;
    },
  };
}

/** How many sessions of this database wait for a lock another holds. */
export async function sessionsWaitingForLocks(db: DataSource): Promise<number> {
  const [row]: { waiting: number }[] = await db.query(
    `SELECT COUNT(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
  );
  return row.waiting;
}
