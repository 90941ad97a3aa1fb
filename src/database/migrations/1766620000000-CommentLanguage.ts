import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The language of a comment that theming cannot read, found from its text alone. Comments folded
 * before keep null: they were themed as English.
 */
export class CommentLanguage1766620000000 implements MigrationInterface {
  name = 'CommentLanguage1766620000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "comments" ADD "language" text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "comments" DROP COLUMN "language"`);
  }
}
