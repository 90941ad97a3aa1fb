import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A rater may decline their invitation, with a reason kept apart from it. */
export class RaterDeclines1766300000001 implements MigrationInterface {
  name = 'RaterDeclines1766300000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "invitations" ADD "declined" boolean NOT NULL DEFAULT false`);
    await q.query(
      `CREATE TABLE "decline_reasons" ("campaign_id" uuid NOT NULL, "id" uuid NOT NULL, "group_id" text NOT NULL, "reason" text NOT NULL, CONSTRAINT "PK_d876d8c0712810f935622f442dc" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_7bbd0c472011329f065998a098" ON "decline_reasons" ("campaign_id")`);
    await q.query(
      `ALTER TABLE "decline_reasons" ADD CONSTRAINT "FK_7bbd0c472011329f065998a0984" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "decline_reasons"`);
    await q.query(`ALTER TABLE "invitations" DROP COLUMN "declined"`);
  }
}
