import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A reminder round is counted first and queued after its transaction commits; the highest round
 * known to be in the queue is kept beside the count, and the sweep queues a campaign's latest round
 * while the two differ. Every round counted before this was queued in the transaction that counted it.
 */
export class ReminderRoundsQueued1766810000000 implements MigrationInterface {
  name = 'ReminderRoundsQueued1766810000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "campaigns" ADD "reminder_rounds_queued" integer NOT NULL DEFAULT 0`);
    await q.query(`UPDATE "campaigns" SET "reminder_rounds_queued" = "reminder_rounds"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "campaigns" DROP COLUMN "reminder_rounds_queued"`);
  }
}
