import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Marks a comment software failed to theme, so that the coach's review can say so rather than show
 * a bare "0 %". Comments folded before keep false: a failure then left no trace but confidence 0.
 */
export class CommentThemingFailed1766800000000 implements MigrationInterface {
  name = 'CommentThemingFailed1766800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "comments" ADD "theming_failed" boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "comments" DROP COLUMN "theming_failed"`);
  }
}
