import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Leader and sponsor access: one-time sign-in links (stored as a hash and a nonce, like rater
 * links), the sessions they are traded for (hashed too), and what the leader shares with the
 * sponsor. All deleted with their engagement.
 */
export class LeaderSponsorAccess1764400001000 implements MigrationInterface {
  name = 'LeaderSponsorAccess1764400001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "access_links" ("engagement_id" uuid NOT NULL, "id" uuid NOT NULL, "role" text NOT NULL, "token_nonce" text NOT NULL, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_d350afc9c5c083c16b964208604" UNIQUE ("token_hash"), CONSTRAINT "PK_208e29b800834abab6f55643d75" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_91bac30924ddf72cecee5aa8a2" ON "access_links"  ("engagement_id") `);
    await q.query(
      `CREATE TABLE "access_sessions" ("engagement_id" uuid NOT NULL, "id" uuid NOT NULL, "role" text NOT NULL, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_bd219050af1c2716709a0b51c26" UNIQUE ("token_hash"), CONSTRAINT "PK_c9607f8f85c9c129dc6a1159b0c" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_e7c702e60ed68dae16f25bb544" ON "access_sessions"  ("engagement_id") `);
    await q.query(
      `CREATE TABLE "sponsor_shares" ("engagement_id" uuid NOT NULL, "goals" boolean NOT NULL DEFAULT false, "progress" boolean NOT NULL DEFAULT false, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e28c7bf991aec381a24fcd39d39" PRIMARY KEY ("engagement_id"))`,
    );
    await q.query(
      `ALTER TABLE "access_links" ADD CONSTRAINT "FK_91bac30924ddf72cecee5aa8a2a" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "access_sessions" ADD CONSTRAINT "FK_e7c702e60ed68dae16f25bb5448" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "sponsor_shares" ADD CONSTRAINT "FK_e28c7bf991aec381a24fcd39d39" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "sponsor_shares" DROP CONSTRAINT "FK_e28c7bf991aec381a24fcd39d39"`);
    await q.query(`ALTER TABLE "access_sessions" DROP CONSTRAINT "FK_e7c702e60ed68dae16f25bb5448"`);
    await q.query(`ALTER TABLE "access_links" DROP CONSTRAINT "FK_91bac30924ddf72cecee5aa8a2a"`);
    await q.query(`DROP TABLE "sponsor_shares"`);
    await q.query(`DROP INDEX "public"."IDX_e7c702e60ed68dae16f25bb544"`);
    await q.query(`DROP TABLE "access_sessions"`);
    await q.query(`DROP INDEX "public"."IDX_91bac30924ddf72cecee5aa8a2"`);
    await q.query(`DROP TABLE "access_links"`);
  }
}
