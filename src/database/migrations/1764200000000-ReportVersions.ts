import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Frozen report versions, and which version first showed each comment: a comment appears in the
 * version that took in its group's answers, never earlier, so versions cannot be compared to tie
 * a comment to the few raters who answered between them.
 */
export class ReportVersions1764200000000 implements MigrationInterface {
  name = 'ReportVersions1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "report_versions" ("campaign_id" uuid NOT NULL, "number" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "released_at" TIMESTAMP WITH TIME ZONE, "frozen" jsonb NOT NULL, "figures" jsonb NOT NULL, "report" jsonb NOT NULL, CONSTRAINT "PK_report_versions" PRIMARY KEY ("campaign_id", "number"))`,
    );
    await q.query(
      `ALTER TABLE "report_versions" ADD CONSTRAINT "FK_02623034dee9d915ae9a1b176c1" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(`ALTER TABLE "comments" ADD "released_in" integer`);
    await q.query(`CREATE INDEX "IDX_comments_campaign_released" ON "comments" ("campaign_id", "released_in")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_comments_campaign_released"`);
    await q.query(`ALTER TABLE "comments" DROP COLUMN "released_in"`);
    await q.query(`DROP TABLE "report_versions"`);
  }
}
