import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Progress pulses scheduled ahead, each launching itself once on its day. */
export class PulseSchedules1766400000100 implements MigrationInterface {
  name = 'PulseSchedules1766400000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "pulse_schedules" ("id" uuid NOT NULL, "engagement_id" uuid NOT NULL, "due_on" date NOT NULL, "phase" text NOT NULL, "open_days" integer NOT NULL, "status" text NOT NULL DEFAULT 'scheduled', "claimed_at" TIMESTAMP WITH TIME ZONE, "campaign_id" uuid, "launched_at" TIMESTAMP WITH TIME ZONE, "problem" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_pulse_schedules" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_pulse_schedules_engagement_id" ON "pulse_schedules" ("engagement_id")`);
    await q.query(`CREATE INDEX "IDX_pulse_schedules_status_due_on" ON "pulse_schedules" ("status", "due_on")`);
    await q.query(
      `ALTER TABLE "pulse_schedules" ADD CONSTRAINT "FK_pulse_schedules_engagement_id" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "pulse_schedules"`);
  }
}
