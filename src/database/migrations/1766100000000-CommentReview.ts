import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How sure theming was of each comment (a calibrated probability, and the theme that came close),
 * and the coach's review of a report version's comments: the themes the coach settled on for a
 * comment in that version. A decision belongs to its version and goes with it; comments folded
 * before this migration have no confidence (null) and are listed for review first.
 */
export class CommentReview1766100000000 implements MigrationInterface {
  name = 'CommentReview1766100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "comments" ADD "confidence" double precision`);
    await q.query(`ALTER TABLE "comments" ADD "second_theme_id" text`);
    await q.query(
      `CREATE TABLE "comment_reviews" ("campaign_id" uuid NOT NULL, "version_number" integer NOT NULL, "comment_id" uuid NOT NULL, "decision" text NOT NULL, "theme_ids" jsonb NOT NULL, "reviewed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_comment_reviews" PRIMARY KEY ("campaign_id", "version_number", "comment_id"))`,
    );
    await q.query(`CREATE INDEX "IDX_comment_reviews_comment" ON "comment_reviews" ("comment_id")`);
    await q.query(
      `ALTER TABLE "comment_reviews" ADD CONSTRAINT "FK_comment_reviews_version" FOREIGN KEY ("campaign_id", "version_number") REFERENCES "report_versions"("campaign_id","number") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "comment_reviews" ADD CONSTRAINT "FK_comment_reviews_comment" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "comment_reviews"`);
    await q.query(`ALTER TABLE "comments" DROP COLUMN "second_theme_id"`);
    await q.query(`ALTER TABLE "comments" DROP COLUMN "confidence"`);
  }
}
