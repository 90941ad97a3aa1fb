import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { ensureDatabaseExists } from '../../src/database/database-bootstrap';
import { MIGRATIONS } from '../../src/database/migrations';
import { ReminderRoundsQueued1766810000000 } from '../../src/database/migrations/1766810000000-ReminderRoundsQueued';
import { RowFactory } from '../factories/rows.factory';
import { surveyFactory } from '../factories/survey.factory';
import { dropDatabase, TEST_POSTGRES, uniqueName } from '../utils/test-database';

const url = `${TEST_POSTGRES}/${uniqueName('f360_repo')}`;
const migrationAt = MIGRATIONS.indexOf(ReminderRoundsQueued1766810000000);

let before: DataSource;
let after: DataSource;

beforeAll(async () => {
  expect(migrationAt).toBeGreaterThan(0);
  await ensureDatabaseExists(url);
  before = await new DataSource({ ...dataSourceOptions(url), migrations: MIGRATIONS.slice(0, migrationAt) }).initialize();
  await before.runMigrations({ transaction: 'each' });
  after = await new DataSource({ ...dataSourceOptions(url), migrations: MIGRATIONS.slice(0, migrationAt + 1) }).initialize();
});

afterAll(async () => {
  await Promise.all([before, after].filter((db) => db?.isInitialized).map((db) => db.destroy()));
  await dropDatabase(url);
});

describe('migration ReminderRoundsQueued', () => {
  it('records every round counted before it as queued (each was queued in the transaction that counted it), so the sweep queues none again', async () => {
    const engagement = await new RowFactory(before).engagement();
    const survey = surveyFactory();
    const campaign = async (status: string, rounds: number): Promise<string> => {
      const id = randomUUID();
      await before.query(
        `INSERT INTO campaigns (id, engagement_id, survey_id, survey_version, survey_snapshot, status, launched_at, reminder_rounds) VALUES ($1, $2, $3, $4, $5, $6, now(), $7)`,
        [id, engagement.id, survey.id, survey.version, JSON.stringify(survey), status, rounds],
      );
      return id;
    };
    const reminded = await campaign('open', 3);
    const never = await campaign('open', 0);
    const closed = await campaign('closed', 1);

    await after.runMigrations({ transaction: 'each' });

    const stored: { id: string; counted: number; queued: number }[] = await after.query(
      `SELECT id, reminder_rounds AS counted, reminder_rounds_queued AS queued FROM campaigns WHERE id = ANY($1::uuid[]) ORDER BY id`,
      [[reminded, never, closed]],
    );
    expect(stored).toEqual(
      [
        { id: reminded, counted: 3, queued: 3 },
        { id: never, counted: 0, queued: 0 },
        { id: closed, counted: 1, queued: 1 },
      ].sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
  });
});
