import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { CommentSentimentBackfill1765000000000 } from '../../src/database/migrations/1765000000000-CommentSentimentBackfill';
import type { CommentKind } from '../../src/theming/comment.types';
import { commentSentiment } from '../../src/theming/sentiment/comment-sentiment';
import { analyseText } from '../../src/theming/text/text-pipeline';
import { type CommentRow, RowFactory } from '../factories/rows.factory';
import { databasesAround, insertCampaignRow, type MigrationDatabases } from '../utils/migration-databases';

const BACKFILL = new CommentSentimentBackfill1765000000000().name;
/** More than the migration reads in one round trip, so that it has to come back for the rest. */
const OLD_COMMENTS = 501;

/** The schema is built up to the backfill, then it runs alone. */
let databases: MigrationDatabases;
let beforeBackfill: DataSource;
let current: DataSource;

beforeAll(async () => {
  databases = await databasesAround(CommentSentimentBackfill1765000000000);
  ({ before: beforeBackfill, after: current } = databases);
});

afterAll(async () => {
  await databases?.close();
});

async function sentimentNullable(db: DataSource): Promise<string> {
  const [column]: { is_nullable: string }[] = await db.query(
    `SELECT is_nullable FROM information_schema.columns WHERE table_name = 'comments' AND column_name = 'sentiment'`,
  );
  return column.is_nullable;
}

const expectedSentiment = (text: string, kind: CommentKind): string => commentSentiment(text, analyseText(text), kind);

describe('migration CommentSentimentBackfill', () => {
  it('gives every comment folded without a sentiment the one a fold gives it today, keeps stored ones, makes the column required, and down makes it optional again', async () => {
    const rows = new RowFactory(beforeBackfill);
    // Written with SQL: the engagement and campaign entities have columns that later migrations add.
    const engagementId = randomUUID();
    await beforeBackfill.query(
      `INSERT INTO engagements (id, coach_id, title, leader_name, leader_email) VALUES ($1, $2, 'Alex Morgan: leadership', 'Alex Morgan', $3)`,
      [engagementId, (await rows.coach()).id, `leader-${engagementId}@example.com`],
    );
    const campaign = { id: await insertCampaignRow(beforeBackfill, engagementId) };
    const old = [
      { text: 'Interrupts people in meetings and rarely lets anyone finish a sentence.', kind: 'text' as const, expected: 'constructive' },
      { text: 'Great listener who explains decisions clearly.', kind: 'text' as const, expected: 'positive' },
      // The kind decides: whatever a "stop" says, it is something to change.
      { text: 'Celebrating every small win so warmly.', kind: 'stop' as const, expected: 'constructive' },
    ];
    const written: CommentRow[] = [];
    for (const { text, kind } of old)
      written.push(await rows.comment(campaign.id, { text, kind, questionId: kind === 'stop' ? 'ssc' : 'strengths', sentiment: null }));
    const alreadyRead = await rows.comment(campaign.id, { text: 'Interrupts people constantly.', sentiment: 'positive' });
    await beforeBackfill.query(
      `INSERT INTO comments (id, campaign_id, group_id, question_id, kind, text, theme_ids, sentiment, sort_key)
       SELECT gen_random_uuid(), $1, 'peer', 'strengths', 'text', 'Listens well and asks good questions.', '[]', NULL, random() FROM generate_series(1, $2)`,
      [campaign.id, OLD_COMMENTS],
    );
    expect(await sentimentNullable(beforeBackfill)).toBe('YES');

    expect((await current.runMigrations({ transaction: 'each' })).map((migration) => migration.name)).toEqual([BACKFILL]);

    const stored: { id: string; sentiment: string }[] = await current.query(`SELECT id, sentiment FROM comments WHERE id = ANY($1::uuid[])`, [
      [...written, alreadyRead].map((comment) => comment.id),
    ]);
    const sentimentOf = new Map(stored.map((row) => [row.id, row.sentiment]));
    old.forEach(({ text, kind, expected }, index) => {
      expect({ text, sentiment: sentimentOf.get(written[index].id) }).toEqual({ text, sentiment: expected });
      expect(expected).toBe(expectedSentiment(text, kind));
    });
    expect(sentimentOf.get(alreadyRead.id)).toBe('positive');
    const bulk: { sentiment: string | null; count: number }[] = await current.query(
      `SELECT sentiment, COUNT(*)::int AS count FROM comments WHERE text = 'Listens well and asks good questions.' GROUP BY sentiment`,
    );
    expect(bulk).toEqual([{ sentiment: expectedSentiment('Listens well and asks good questions.', 'text'), count: OLD_COMMENTS }]);
    expect(await sentimentNullable(current)).toBe('NO');
    await expect(rows.comment(campaign.id, { sentiment: null })).rejects.toMatchObject({ code: '23502' });

    await current.undoLastMigration({ transaction: 'each' });
    expect(await sentimentNullable(current)).toBe('YES');
    const applied: { name: string }[] = await current.query(`SELECT name FROM migrations`);
    expect(applied.map((row) => row.name)).not.toContain(BACKFILL);
    // The sentiments stay: they are what a fold would store.
    const [left]: { nulls: number }[] = await current.query(`SELECT COUNT(*) FILTER (WHERE sentiment IS NULL)::int AS nulls FROM comments`);
    expect(left.nulls).toBe(0);
  });
});
