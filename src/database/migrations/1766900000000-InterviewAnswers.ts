import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Interviews the coach entered are marked, and aggregates count them apart, so that every
 * anonymity threshold can be met by rater answers alone: the coach knows what an interview said.
 * Interviews waiting to be folded still hold their notes and are marked here. Of those already
 * folded, each left exactly one comment, its notes, under the key "interview": they are counted
 * per group from those. Which cells their ratings went to is lost, so cells count them as raters.
 */
export class InterviewAnswers1766900000000 implements MigrationInterface {
  name = 'InterviewAnswers1766900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "responses" ADD "interview" boolean NOT NULL DEFAULT false`);
    // Notes under the key "interview" mark an interview, unless the survey itself asks a question of that id.
    await q.query(
      `UPDATE "responses" r SET "interview" = true FROM "campaigns" c
       WHERE c."id" = r."campaign_id" AND NOT r."aggregated" AND r."texts" ? 'interview'
         AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(c."survey_snapshot"->'questions') question WHERE question->>'id' = 'interview')`,
    );
    await q.query(`ALTER TABLE "aggregates" ADD "interview_raters" integer NOT NULL DEFAULT 0`);
    await q.query(
      `UPDATE "aggregates" a SET "interview_raters" = LEAST(a."raters", notes."count")
       FROM (SELECT "campaign_id", "group_id", COUNT(*)::int AS "count" FROM "comments" WHERE "question_id" = 'interview' GROUP BY "campaign_id", "group_id") notes,
            "campaigns" c
       WHERE a."scope_kind" = 'responses' AND a."campaign_id" = notes."campaign_id" AND a."group_id" = notes."group_id" AND c."id" = a."campaign_id"
         AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(c."survey_snapshot"->'questions') question WHERE question->>'id' = 'interview')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "aggregates" DROP COLUMN "interview_raters"`);
    await q.query(`ALTER TABLE "responses" DROP COLUMN "interview"`);
  }
}
