import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { ensureDatabaseExists } from '../../src/database/database-bootstrap';
import { MIGRATIONS } from '../../src/database/migrations';
import { CommentThemingFailed1766800000000 } from '../../src/database/migrations/1766800000000-CommentThemingFailed';
import { RowFactory } from '../factories/rows.factory';
import { surveyFactory } from '../factories/survey.factory';
import { dropDatabase, TEST_POSTGRES, uniqueName } from '../utils/test-database';

const url = `${TEST_POSTGRES}/${uniqueName('f360_repo')}`;
const migrationAt = MIGRATIONS.indexOf(CommentThemingFailed1766800000000);

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

describe('migration CommentThemingFailed', () => {
  it('marks the comments folded before that bear the trace of a failure (no theme, no language, confidence exactly 0), and no other', async () => {
    // The campaign written with SQL: its entity has a column a later migration adds.
    const engagement = await new RowFactory(before).engagement();
    const survey = surveyFactory();
    const campaign = { id: randomUUID() };
    await before.query(
      `INSERT INTO campaigns (id, engagement_id, survey_id, survey_version, survey_snapshot, status, launched_at) VALUES ($1, $2, $3, $4, $5, 'open', now())`,
      [campaign.id, engagement.id, survey.id, survey.version, JSON.stringify(survey)],
    );
    const comment = async (themeIds: string[], confidence: number | null, language: string | null): Promise<string> => {
      const id = randomUUID();
      await before.query(
        `INSERT INTO comments (id, campaign_id, group_id, question_id, kind, text, theme_ids, sentiment, sort_key, confidence, language)
         VALUES ($1, $2, 'peer', 'strengths', 'text', 'A comment', $3, 'positive', random(), $4, $5)`,
        [id, campaign.id, JSON.stringify(themeIds), confidence, language],
      );
      return id;
    };
    const failed = await comment([], 0, null);
    const readAsNone = await comment([], 0.31, null);
    const themed = await comment(['vision'], 0.82, null);
    const themedBeforeConfidence = await comment([], null, null);
    const french = await comment([], null, 'fr');

    await after.runMigrations({ transaction: 'each' });

    const marked: { id: string }[] = await after.query(`SELECT id FROM comments WHERE theming_failed`);
    expect(marked.map((row) => row.id)).toEqual([failed]);
    const all: { id: string }[] = await after.query(`SELECT id FROM comments WHERE NOT theming_failed ORDER BY id`);
    expect(all.map((row) => row.id)).toEqual([readAsNone, themed, themedBeforeConfidence, french].sort());
  });
});
