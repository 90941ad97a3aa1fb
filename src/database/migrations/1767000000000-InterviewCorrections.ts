import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An interview the coach entered can be removed until a report version counts it: its notes
 * comment names it (comments.interview_id, filled for the coach's notes only), and a version records
 * which interviews it counts (responses.counted_in). Interviews folded before this are taken as
 * counted by the campaign's latest version, if it has one: which version first counted them is not
 * known, and a version must never lose an answer it counted.
 */
export class InterviewCorrections1767000000000 implements MigrationInterface {
  name = 'InterviewCorrections1767000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "comments" ADD "interview_id" uuid`);
    await q.query(`ALTER TABLE "responses" ADD "counted_in" integer`);
    await q.query(
      `UPDATE "responses" r SET "counted_in" = v."latest"
       FROM (SELECT "campaign_id", MAX("number") AS "latest" FROM "report_versions" GROUP BY "campaign_id") v
       WHERE r."campaign_id" = v."campaign_id" AND r."interview" AND r."aggregated"`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "responses" DROP COLUMN "counted_in"`);
    await q.query(`ALTER TABLE "comments" DROP COLUMN "interview_id"`);
  }
}
