import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invitations whose mail jobs gave up are retried by the sweep in rounds of growing delay:
 * `delivery_round` is the last round queued (0: the launch), `retry_at` when the next is due
 * (null while a round is under way, once sent, or when no round is left). The partial index
 * keeps the sweep's look-up small.
 */
export class InvitationRetries1764300000001 implements MigrationInterface {
  name = 'InvitationRetries1764300000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "invitations" ADD "delivery_round" integer NOT NULL DEFAULT '0'`);
    await q.query(`ALTER TABLE "invitations" ADD "retry_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`CREATE INDEX "IDX_invitations_retry_due" ON "invitations" ("retry_at") WHERE "retry_at" IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_invitations_retry_due"`);
    await q.query(`ALTER TABLE "invitations" DROP COLUMN "retry_at"`);
    await q.query(`ALTER TABLE "invitations" DROP COLUMN "delivery_round"`);
  }
}
