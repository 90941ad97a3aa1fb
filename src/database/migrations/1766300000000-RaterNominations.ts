import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The raters a leader proposes for a campaign before launch, and where the proposal stands with the coach. */
export class RaterNominations1766300000000 implements MigrationInterface {
  name = 'RaterNominations1766300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "rater_nominations" ("campaign_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'draft', "raters" jsonb NOT NULL DEFAULT '[]', "coach_note" text, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_94125f239b4cb9f045f5d846fe5" PRIMARY KEY ("campaign_id"))`,
    );
    await q.query(
      `ALTER TABLE "rater_nominations" ADD CONSTRAINT "FK_94125f239b4cb9f045f5d846fe5" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "rater_nominations"`);
  }
}
