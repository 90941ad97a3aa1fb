import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each comment's sentiment (positive or constructive), classified at fold time. Nullable:
 * comments folded before this migration have none stored, and get one computed when loaded.
 */
export class CommentSentiment1764100000000 implements MigrationInterface {
  name = 'CommentSentiment1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "comments" ADD "sentiment" text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "comments" DROP COLUMN "sentiment"`);
  }
}
