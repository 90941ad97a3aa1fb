import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Development programs and their check-ins (coaching sessions, the leader's actions on the plan),
 * the engagement's focus themes (what the reviews ask about), and intended outcomes as
 * {text, indicator}: the texts stored so far become outcomes without an indicator.
 */
export class EngagementPrograms1764400000000 implements MigrationInterface {
  name = 'EngagementPrograms1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "coaching_sessions" ("engagement_id" uuid NOT NULL, "id" uuid NOT NULL, "held_on" date NOT NULL, "duration_minutes" integer NOT NULL, "focus_theme_id" text NOT NULL, "agreed_actions" jsonb NOT NULL, "private_notes" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_07f10cfa70c0d8ae79f65b94cd8" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_281959cff090ee798280b0dbec" ON "coaching_sessions"  ("engagement_id") `);
    await q.query(
      `CREATE TABLE "practice_actions" ("engagement_id" uuid NOT NULL, "id" uuid NOT NULL, "practice_id" text NOT NULL, "done_on" date NOT NULL, "note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2dd77169c0a5524a143ca93d63d" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_b8f3d273ebb75d43b904899b33" ON "practice_actions"  ("engagement_id") `);
    await q.query(
      `CREATE TABLE "programs" ("engagement_id" uuid NOT NULL, "baseline_campaign_id" uuid NOT NULL, "baseline_version" integer NOT NULL, "goals" jsonb NOT NULL, "plan" jsonb NOT NULL, "milestones" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fdb394e42f4648f720ad3423b1b" PRIMARY KEY ("engagement_id"))`,
    );
    await q.query(`CREATE INDEX "IDX_4cfcc5ad18ef5105328b5e9263" ON "programs"  ("baseline_campaign_id") `);
    await q.query(`ALTER TABLE "engagements" ADD "focus_theme_ids" jsonb NOT NULL DEFAULT '[]'`);
    await q.query(
      `ALTER TABLE "coaching_sessions" ADD CONSTRAINT "FK_281959cff090ee798280b0dbec2" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "practice_actions" ADD CONSTRAINT "FK_b8f3d273ebb75d43b904899b333" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "programs" ADD CONSTRAINT "FK_fdb394e42f4648f720ad3423b1b" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "programs" ADD CONSTRAINT "FK_4cfcc5ad18ef5105328b5e92631" FOREIGN KEY ("baseline_campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(`UPDATE "engagements" SET "outcomes" = (
      SELECT COALESCE(jsonb_agg(CASE WHEN jsonb_typeof(o) = 'string' THEN jsonb_build_object('text', o, 'indicator', NULL) ELSE o END ORDER BY i), '[]'::jsonb)
      FROM jsonb_array_elements("outcomes") WITH ORDINALITY AS e(o, i))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE "engagements" SET "outcomes" = (
      SELECT COALESCE(jsonb_agg(CASE WHEN jsonb_typeof(o) = 'object' THEN o->'text' ELSE o END ORDER BY i), '[]'::jsonb)
      FROM jsonb_array_elements("outcomes") WITH ORDINALITY AS e(o, i))`);
    await q.query(`ALTER TABLE "programs" DROP CONSTRAINT "FK_4cfcc5ad18ef5105328b5e92631"`);
    await q.query(`ALTER TABLE "programs" DROP CONSTRAINT "FK_fdb394e42f4648f720ad3423b1b"`);
    await q.query(`ALTER TABLE "practice_actions" DROP CONSTRAINT "FK_b8f3d273ebb75d43b904899b333"`);
    await q.query(`ALTER TABLE "coaching_sessions" DROP CONSTRAINT "FK_281959cff090ee798280b0dbec2"`);
    await q.query(`ALTER TABLE "engagements" DROP COLUMN "focus_theme_ids"`);
    await q.query(`DROP INDEX "public"."IDX_4cfcc5ad18ef5105328b5e9263"`);
    await q.query(`DROP TABLE "programs"`);
    await q.query(`DROP INDEX "public"."IDX_b8f3d273ebb75d43b904899b33"`);
    await q.query(`DROP TABLE "practice_actions"`);
    await q.query(`DROP INDEX "public"."IDX_281959cff090ee798280b0dbec"`);
    await q.query(`DROP TABLE "coaching_sessions"`);
  }
}
