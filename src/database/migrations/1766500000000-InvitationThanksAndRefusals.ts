import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether a rater was thanked for answering (a flag, never a time). Refused addresses need no
 * column: `delivery_status` is free text and takes 'refused' beside 'failed'.
 */
export class InvitationThanksAndRefusals1766500000000 implements MigrationInterface {
  name = 'InvitationThanksAndRefusals1766500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "invitations" ADD "thanked" boolean NOT NULL DEFAULT false`);
    // Raters of campaigns closed before thank-you mails existed are not thanked weeks later.
    await q.query(`UPDATE "invitations" i SET "thanked" = true FROM "campaigns" c WHERE c.id = i.campaign_id AND c.status = 'closed' AND i.answered`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "invitations" DROP COLUMN "thanked"`);
  }
}
