import type { MigrationInterface, QueryRunner } from 'typeorm';
import { commentSentiment } from '../../theming/sentiment/comment-sentiment';
import type { CommentKind } from '../../theming/comment.types';
import { analyseText } from '../../theming/text/text-pipeline';

/** Comments read per round trip: each needs the language model, about a millisecond apiece. */
const BATCH = 500;

/**
 * Comments folded before sentiment was classified (CommentSentiment1764100000000) get theirs
 * now, read from their text and kind exactly as a fold reads it, and the column becomes required:
 * reading a report never runs language analysis. Deterministic and idempotent: a comment that
 * has a sentiment is never read again.
 */
export class CommentSentimentBackfill1765000000000 implements MigrationInterface {
  name = 'CommentSentimentBackfill1765000000000';

  async up(q: QueryRunner): Promise<void> {
    for (;;) {
      const rows = (await q.query(`SELECT id, text, kind FROM "comments" WHERE "sentiment" IS NULL LIMIT ${BATCH}`)) as {
        id: string;
        text: string;
        kind: CommentKind;
      }[];
      if (rows.length === 0) break;
      const read = rows.map((row) => ({ id: row.id, sentiment: commentSentiment(row.text, analyseText(row.text), row.kind) }));
      await q.query(`UPDATE "comments" c SET "sentiment" = r.sentiment FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, sentiment text) WHERE c.id = r.id`, [
        JSON.stringify(read),
      ]);
    }
    await q.query(`ALTER TABLE "comments" ALTER COLUMN "sentiment" SET NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    // The sentiments stay: they are what a fold would store today.
    await q.query(`ALTER TABLE "comments" ALTER COLUMN "sentiment" DROP NOT NULL`);
  }
}
