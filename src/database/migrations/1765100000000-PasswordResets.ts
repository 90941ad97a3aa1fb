import type { MigrationInterface, QueryRunner } from 'typeorm';

/** "Forgot password" links: a hash and a nonce per link, one use, deleted with their coach. */
export class PasswordResets1765100000000 implements MigrationInterface {
  name = 'PasswordResets1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "password_resets" ("id" uuid NOT NULL, "coach_id" uuid NOT NULL, "token_nonce" text NOT NULL, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_password_resets_token_hash" UNIQUE ("token_hash"), CONSTRAINT "PK_password_resets" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_30328a9fb830ed204e3dffea67" ON "password_resets" ("coach_id")`);
    await q.query(
      `ALTER TABLE "password_resets" ADD CONSTRAINT "FK_30328a9fb830ed204e3dffea67e" FOREIGN KEY ("coach_id") REFERENCES "coaches"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "password_resets"`);
  }
}
