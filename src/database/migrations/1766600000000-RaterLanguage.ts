import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The language a coach chose for a rater: their mail and the default of their form. Null leaves it to the survey and the browser. */
export class RaterLanguage1766600000000 implements MigrationInterface {
  name = 'RaterLanguage1766600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "raters" ADD "language" text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "raters" DROP COLUMN "language"`);
  }
}
