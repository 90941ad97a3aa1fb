import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The first schema: generated from the entities, then reviewed. Additions by hand: a partial
 * index for the aggregation sweep, and `add_histograms`, which lets one upsert fold a response
 * into every aggregate it touches.
 */
export class InitialSchema1764000000000 implements MigrationInterface {
  name = 'InitialSchema1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "coaches" ("id" uuid NOT NULL, "email" text NOT NULL, "name" text NOT NULL, "password_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_769512c621f6d217ca32463e710" UNIQUE ("email"), CONSTRAINT "PK_eddaece1a1f1b197fa39e6864a1" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "engagements" ("id" uuid NOT NULL, "coach_id" uuid NOT NULL, "title" text NOT NULL, "leader_name" text NOT NULL, "leader_email" text NOT NULL, "sponsor_name" text, "sponsor_email" text, "outcomes" jsonb NOT NULL DEFAULT '[]', "phase" text NOT NULL DEFAULT 'contracting', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_aec8c95c82a37a5791001cdb9ae" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_d678a9d06cf9a201ede8468271" ON "engagements"  ("coach_id") `);
    await q.query(
      `CREATE TABLE "campaigns" ("id" uuid NOT NULL, "engagement_id" uuid NOT NULL, "survey_id" text NOT NULL, "survey_version" integer NOT NULL, "survey_snapshot" jsonb NOT NULL, "phase" text NOT NULL DEFAULT 'baseline', "status" text NOT NULL DEFAULT 'draft', "closes_at" TIMESTAMP WITH TIME ZONE, "launched_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "reminder_rounds" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_831e3fcd4fc45b4e4c3f57a9ee4" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_c4a69d15b5462c7c8720fd5fac" ON "campaigns"  ("engagement_id") `);
    await q.query(
      `CREATE TABLE "aggregates" ("campaign_id" uuid NOT NULL, "group_id" text NOT NULL, "scope_kind" text NOT NULL, "scope_id" text NOT NULL, "raters" integer NOT NULL, "ratings" integer NOT NULL, "sum" bigint NOT NULL, "sum_squares" bigint NOT NULL, "histogram" jsonb NOT NULL, CONSTRAINT "PK_640cb95fbbfff2388e7582e1f3b" PRIMARY KEY ("campaign_id", "group_id", "scope_kind", "scope_id"))`,
    );
    await q.query(
      `CREATE TABLE "comments" ("id" uuid NOT NULL, "campaign_id" uuid NOT NULL, "group_id" text NOT NULL, "question_id" text NOT NULL, "kind" text NOT NULL, "text" text NOT NULL, "theme_ids" jsonb NOT NULL, "sort_key" double precision NOT NULL, CONSTRAINT "PK_8bf68bc960f2b69e818bdb90dcb" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_abdfd884e6d68741dc8cfa0b5d" ON "comments"  ("campaign_id") `);
    await q.query(
      `CREATE TABLE "coach_sessions" ("id" uuid NOT NULL, "coach_id" uuid NOT NULL, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_a21c1bd449cc6fb8b5bd9ae1592" UNIQUE ("token_hash"), CONSTRAINT "PK_97207d96eb3f060f5a594ae93b8" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_2ff7c9653804514ed217f5bb01" ON "coach_sessions"  ("coach_id") `);
    await q.query(
      `CREATE TABLE "raters" ("id" uuid NOT NULL, "campaign_id" uuid NOT NULL, "name" text NOT NULL, "email" text NOT NULL, "group_id" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_raters_campaign_email" UNIQUE ("campaign_id", "email"), CONSTRAINT "PK_4a73902fa9e3a88a2e87002adaf" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_d7f2f7306192f71e75b35abd2c" ON "raters"  ("campaign_id") `);
    await q.query(
      `CREATE TABLE "invitations" ("id" uuid NOT NULL, "campaign_id" uuid NOT NULL, "rater_id" uuid NOT NULL, "group_id" text NOT NULL, "token_nonce" text NOT NULL, "token_hash" text NOT NULL, "answered" boolean NOT NULL DEFAULT false, "delivery_status" text NOT NULL DEFAULT 'queued', "delivery_error" text, "delivered_at" TIMESTAMP WITH TIME ZONE, "reminded_round" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_8c1440f4d88013953d760aa3305" UNIQUE ("rater_id"), CONSTRAINT "UQ_872ac94a64b3d44fc4b554780cd" UNIQUE ("token_hash"), CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_79c08ce2765f319fafae3ad209" ON "invitations"  ("campaign_id") `);
    await q.query(
      `CREATE TABLE "drafts" ("id" text NOT NULL, "campaign_id" uuid NOT NULL, "iv" bytea NOT NULL, "ciphertext" bytea NOT NULL, "auth_tag" bytea NOT NULL, "saved_on" date NOT NULL, CONSTRAINT "PK_0598e229012c6cbd4ccbba97328" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_e159ee22a791016f7cfdf3de31" ON "drafts"  ("campaign_id") `);
    await q.query(
      `CREATE TABLE "responses" ("id" uuid NOT NULL, "campaign_id" uuid NOT NULL, "group_id" text NOT NULL, "submitted_on" date NOT NULL, "ratings" jsonb NOT NULL, "texts" jsonb, "aggregated" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_be3bdac59bd243dff421ad7bf70" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_588aa21beeeaeebb77bf1799ee" ON "responses"  ("campaign_id") `);
    await q.query(
      `ALTER TABLE "engagements" ADD CONSTRAINT "FK_d678a9d06cf9a201ede84682715" FOREIGN KEY ("coach_id") REFERENCES "coaches"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "campaigns" ADD CONSTRAINT "FK_c4a69d15b5462c7c8720fd5fac9" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "aggregates" ADD CONSTRAINT "FK_6c98b0832862da6ec587f815c2a" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "comments" ADD CONSTRAINT "FK_abdfd884e6d68741dc8cfa0b5d2" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "coach_sessions" ADD CONSTRAINT "FK_2ff7c9653804514ed217f5bb017" FOREIGN KEY ("coach_id") REFERENCES "coaches"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "raters" ADD CONSTRAINT "FK_d7f2f7306192f71e75b35abd2cb" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "FK_79c08ce2765f319fafae3ad2095" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "FK_8c1440f4d88013953d760aa3305" FOREIGN KEY ("rater_id") REFERENCES "raters"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "drafts" ADD CONSTRAINT "FK_e159ee22a791016f7cfdf3de317" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "responses" ADD CONSTRAINT "FK_588aa21beeeaeebb77bf1799ee6" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(`CREATE INDEX "IDX_responses_pending" ON "responses" ("id") WHERE NOT "aggregated"`);
    await q.query(`CREATE FUNCTION "add_histograms"(a jsonb, b jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
      SELECT COALESCE(jsonb_object_agg(key, total), '{}'::jsonb)
      FROM (SELECT key, SUM(value::int) AS total
            FROM (SELECT key, value FROM jsonb_each_text(a) UNION ALL SELECT key, value FROM jsonb_each_text(b)) AS entries
            GROUP BY key) AS sums
    $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION "add_histograms"(jsonb, jsonb)`);
    await q.query(`DROP INDEX "public"."IDX_responses_pending"`);
    await q.query(`ALTER TABLE "responses" DROP CONSTRAINT "FK_588aa21beeeaeebb77bf1799ee6"`);
    await q.query(`ALTER TABLE "drafts" DROP CONSTRAINT "FK_e159ee22a791016f7cfdf3de317"`);
    await q.query(`ALTER TABLE "invitations" DROP CONSTRAINT "FK_8c1440f4d88013953d760aa3305"`);
    await q.query(`ALTER TABLE "invitations" DROP CONSTRAINT "FK_79c08ce2765f319fafae3ad2095"`);
    await q.query(`ALTER TABLE "raters" DROP CONSTRAINT "FK_d7f2f7306192f71e75b35abd2cb"`);
    await q.query(`ALTER TABLE "coach_sessions" DROP CONSTRAINT "FK_2ff7c9653804514ed217f5bb017"`);
    await q.query(`ALTER TABLE "comments" DROP CONSTRAINT "FK_abdfd884e6d68741dc8cfa0b5d2"`);
    await q.query(`ALTER TABLE "aggregates" DROP CONSTRAINT "FK_6c98b0832862da6ec587f815c2a"`);
    await q.query(`ALTER TABLE "campaigns" DROP CONSTRAINT "FK_c4a69d15b5462c7c8720fd5fac9"`);
    await q.query(`ALTER TABLE "engagements" DROP CONSTRAINT "FK_d678a9d06cf9a201ede84682715"`);
    await q.query(`DROP INDEX "public"."IDX_588aa21beeeaeebb77bf1799ee"`);
    await q.query(`DROP TABLE "responses"`);
    await q.query(`DROP INDEX "public"."IDX_e159ee22a791016f7cfdf3de31"`);
    await q.query(`DROP TABLE "drafts"`);
    await q.query(`DROP INDEX "public"."IDX_79c08ce2765f319fafae3ad209"`);
    await q.query(`DROP TABLE "invitations"`);
    await q.query(`DROP INDEX "public"."IDX_d7f2f7306192f71e75b35abd2c"`);
    await q.query(`DROP TABLE "raters"`);
    await q.query(`DROP INDEX "public"."IDX_2ff7c9653804514ed217f5bb01"`);
    await q.query(`DROP TABLE "coach_sessions"`);
    await q.query(`DROP INDEX "public"."IDX_abdfd884e6d68741dc8cfa0b5d"`);
    await q.query(`DROP TABLE "comments"`);
    await q.query(`DROP TABLE "aggregates"`);
    await q.query(`DROP INDEX "public"."IDX_c4a69d15b5462c7c8720fd5fac"`);
    await q.query(`DROP TABLE "campaigns"`);
    await q.query(`DROP INDEX "public"."IDX_d678a9d06cf9a201ede8468271"`);
    await q.query(`DROP TABLE "engagements"`);
    await q.query(`DROP TABLE "coaches"`);
  }
}
