import { randomUUID } from 'node:crypto';
import { CommentThemingFailed1766800000000 } from '../../src/database/migrations/1766800000000-CommentThemingFailed';
import { RowFactory } from '../factories/rows.factory';
import { databasesAround, insertCampaignRow, type MigrationDatabases } from '../utils/migration-databases';

let t: MigrationDatabases;
beforeAll(async () => {
  t = await databasesAround(CommentThemingFailed1766800000000);
});
afterAll(async () => {
  await t?.close();
});

describe('migration CommentThemingFailed', () => {
  it('marks the comments folded before that bear the trace of a failure (no theme, no language, confidence exactly 0), and no other', async () => {
    const campaignId = await insertCampaignRow(t.before, (await new RowFactory(t.before).engagement()).id);
    const comment = async (themeIds: string[], confidence: number | null, language: string | null): Promise<string> => {
      const id = randomUUID();
      await t.before.query(
        `INSERT INTO comments (id, campaign_id, group_id, question_id, kind, text, theme_ids, sentiment, sort_key, confidence, language)
         VALUES ($1, $2, 'peer', 'strengths', 'text', 'A comment', $3, 'positive', random(), $4, $5)`,
        [id, campaignId, JSON.stringify(themeIds), confidence, language],
      );
      return id;
    };
    const failed = await comment([], 0, null);
    const readAsNone = await comment([], 0.31, null);
    const themed = await comment(['vision'], 0.82, null);
    const themedBeforeConfidence = await comment([], null, null);
    const french = await comment([], null, 'fr');

    await t.after.runMigrations({ transaction: 'each' });

    const marked: { id: string }[] = await t.after.query(`SELECT id FROM comments WHERE theming_failed`);
    expect(marked.map((row) => row.id)).toEqual([failed]);
    const others: { id: string }[] = await t.after.query(`SELECT id FROM comments WHERE NOT theming_failed ORDER BY id`);
    expect(others.map((row) => row.id)).toEqual([readAsNone, themed, themedBeforeConfidence, french].sort());
  });
});
