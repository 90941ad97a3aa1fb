import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The wording of each focus goal beside its theme, so that a review asks raters about the goal as
 * the program words it. Engagements with a saved program take their goals from it.
 */
export class EngagementFocusGoals1766400000000 implements MigrationInterface {
  name = 'EngagementFocusGoals1766400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "engagements" ADD "focus_goals" jsonb NOT NULL DEFAULT '[]'`);
    await q.query(
      `UPDATE "engagements" e SET "focus_goals" = (
         SELECT COALESCE(jsonb_agg(jsonb_build_object('themeId', g.value->>'themeId', 'goal', g.value->>'goal') ORDER BY g.ordinality), '[]'::jsonb)
         FROM "programs" p, jsonb_array_elements(p."goals") WITH ORDINALITY AS g(value, ordinality)
         WHERE p."engagement_id" = e."id")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "engagements" DROP COLUMN "focus_goals"`);
  }
}
