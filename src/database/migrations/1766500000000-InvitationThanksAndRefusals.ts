import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Raters thanked for answering, apart from their invitations (see InvitationThanksEntity). Refused
 * addresses need no column: `delivery_status` is free text and takes 'refused' beside 'failed'.
 */
export class InvitationThanksAndRefusals1766500000000 implements MigrationInterface {
  name = 'InvitationThanksAndRefusals1766500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "invitation_thanks" ("invitation_id" uuid NOT NULL, CONSTRAINT "PK_invitation_thanks" PRIMARY KEY ("invitation_id"))`);
    await q.query(
      `ALTER TABLE "invitation_thanks" ADD CONSTRAINT "FK_a4e835e4903a194c9f31314735b" FOREIGN KEY ("invitation_id") REFERENCES "invitations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Raters of campaigns closed before thank-you mails existed are not thanked weeks later.
    await q.query(
      `INSERT INTO "invitation_thanks" ("invitation_id") SELECT i.id FROM "invitations" i JOIN "campaigns" c ON c.id = i.campaign_id WHERE c.status = 'closed' AND i.answered`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "invitation_thanks"`);
  }
}
