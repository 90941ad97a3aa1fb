import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { ensureDatabaseExists } from '../../src/database/database-bootstrap';
import { MIGRATIONS } from '../../src/database/migrations';
import { surveyFactory } from '../factories/survey.factory';
import { dropDatabase, TEST_POSTGRES, uniqueName } from './test-database';

/** A fresh database built up to a migration, and a connection that runs that migration alone. */
export interface MigrationDatabases {
  /** The schema as it stood before the migration: rows written through it are the data the migration meets. */
  before: DataSource;
  /** Runs the migration under test and nothing after it (runMigrations). */
  after: DataSource;
  close(): Promise<void>;
}

export async function databasesAround(migration: (typeof MIGRATIONS)[number]): Promise<MigrationDatabases> {
  const at = MIGRATIONS.indexOf(migration);
  if (at <= 0) throw new Error(`${migration.name} is not a migration after the first`);
  const url = `${TEST_POSTGRES}/${uniqueName('f360_repo')}`;
  await ensureDatabaseExists(url);
  const before = await new DataSource({ ...dataSourceOptions(url), migrations: MIGRATIONS.slice(0, at) }).initialize();
  await before.runMigrations({ transaction: 'each' });
  const after = await new DataSource({ ...dataSourceOptions(url), migrations: MIGRATIONS.slice(0, at + 1) }).initialize();
  return {
    before,
    after,
    async close() {
      await Promise.all([before, after].filter((db) => db.isInitialized).map((db) => db.destroy()));
      await dropDatabase(url);
    },
  };
}

/**
 * An open campaign written with SQL, as a schema of any age has it: the campaign entity names
 * columns that later migrations add. Returns its id.
 */
export async function insertCampaignRow(db: DataSource, engagementId: string, columns: { status?: string; reminderRounds?: number } = {}): Promise<string> {
  const id = randomUUID();
  const survey = surveyFactory();
  await db.query(
    `INSERT INTO campaigns (id, engagement_id, survey_id, survey_version, survey_snapshot, status, launched_at, reminder_rounds) VALUES ($1, $2, $3, $4, $5, $6, now(), $7)`,
    [id, engagementId, survey.id, survey.version, JSON.stringify(survey), columns.status ?? 'open', columns.reminderRounds ?? 0],
  );
  return id;
}
