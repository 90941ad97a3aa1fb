import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Marks a comment software failed to theme, so that the coach's review can say so rather than show
 * a bare "0 %". A comment folded before is marked when it bears the trace such a failure left: no
 * theme, no language, and a confidence of exactly 0, which the calibrated confidence (a logistic
 * curve) never gives a comment it read.
 */
export class CommentThemingFailed1766800000000 implements MigrationInterface {
  name = 'CommentThemingFailed1766800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "comments" ADD "theming_failed" boolean NOT NULL DEFAULT false`);
    await q.query(`UPDATE "comments" SET "theming_failed" = true WHERE "confidence" = 0 AND "language" IS NULL AND "theme_ids" = '[]'::jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "comments" DROP COLUMN "theming_failed"`);
  }
}
