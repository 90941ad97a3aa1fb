import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { hashToken, randomToken, deriveRaterToken } from '../common/tokens';
import type { RaterGroupId, SurveyDefinition } from '../surveys/survey.types';
import { CampaignEntity, type CampaignPhase } from './campaign.entity';
import type { DeliveryStatus } from './invitation.entity';
import { RaterEntity } from './rater.entity';
import { updateReturning } from '../common/returning-rows';
import { secureShuffle } from '../common/secure-shuffle';

export interface NewRater {
  name: string;
  email: string;
  groupId: RaterGroupId;
  /** Set by the coach (see RaterEntity.language); left out: none. */
  language?: string | null;
}

/** A rater with the delivery state of their invitation; never whether they answered. */
export interface RaterWithDelivery {
  id: string;
  name: string;
  email: string;
  groupId: RaterGroupId;
  language: string | null;
  deliveryStatus: DeliveryStatus | null;
  deliveryError: string | null;
  deliveredAt: Date | null;
  retryAt: Date | null;
  deliveryRound: number | null;
}

export interface GroupProgress {
  groupId: RaterGroupId;
  invited: number;
  responded: number;
  declined: number;
  /** Invitations whose mail failed or whose address was refused (at send, or by a bounce later). */
  notDelivered: number;
}

@Injectable()
export class CampaignRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async create(input: {
    engagementId: string;
    survey: SurveyDefinition;
    phase: CampaignPhase;
    closesAt: Date | null;
    raters: NewRater[];
  }): Promise<CampaignEntity> {
    return this.db.transaction(async (tx) => {
      const campaign = tx.getRepository(CampaignEntity).create({
        id: randomUUID(),
        engagementId: input.engagementId,
        surveyId: input.survey.id,
        surveyVersion: input.survey.version,
        surveySnapshot: input.survey,
        phase: input.phase,
        status: 'draft',
        closesAt: input.closesAt,
      });
      await tx.getRepository(CampaignEntity).save(campaign);
      await this.insertRaters(tx, campaign.id, input.raters);
      return campaign;
    });
  }

  /** The campaign, only if it belongs to one of this coach's engagements. */
  findOwned(coachId: string, campaignId: string): Promise<CampaignEntity | null> {
    return this.db
      .getRepository(CampaignEntity)
      .createQueryBuilder('campaign')
      .innerJoin('engagements', 'engagement', 'engagement.id = campaign.engagement_id')
      .where('campaign.id = :campaignId AND engagement.coach_id = :coachId', { campaignId, coachId })
      .getOne();
  }

  findById(campaignId: string): Promise<CampaignEntity | null> {
    return this.db.getRepository(CampaignEntity).findOneBy({ id: campaignId });
  }

  listForEngagement(engagementId: string): Promise<CampaignEntity[]> {
    return this.db.getRepository(CampaignEntity).find({ where: { engagementId }, order: { createdAt: 'ASC' } });
  }

  /** Everyone a launched baseline campaign of the engagement asked, oldest campaign first, in the language the coach set for them. */
  async baselineRaters(engagementId: string): Promise<NewRater[]> {
    const rows: { name: string; email: string; group_id: RaterGroupId; language: string | null }[] = await this.db.query(
      `SELECT r.name, r.email, r.group_id, r.language FROM raters r JOIN campaigns c ON c.id = r.campaign_id
       WHERE c.engagement_id = $1 AND c.phase = 'baseline' AND c.status <> 'draft'
       ORDER BY c.created_at, r.created_at, r.email`,
      [engagementId],
    );
    return rows.map((row) => ({ name: row.name, email: row.email, groupId: row.group_id, language: row.language }));
  }

  /** Inserts the raters whose email is new to the campaign; returns the emails already there. */
  async addRaters(campaignId: string, raters: NewRater[]): Promise<{ added: RaterEntity[]; duplicates: string[] }> {
    return this.db.transaction(async (tx) => {
      const added = await this.insertRaters(tx, campaignId, raters);
      const addedEmails = new Set(added.map((rater) => rater.email));
      return { added, duplicates: raters.map((rater) => rater.email).filter((email) => !addedEmails.has(email)) };
    });
  }

  async listRaters(campaignId: string): Promise<RaterWithDelivery[]> {
    const rows: {
      id: string;
      name: string;
      email: string;
      group_id: RaterGroupId;
      language: string | null;
      delivery_status: DeliveryStatus | null;
      delivery_error: string | null;
      delivered_at: Date | null;
      retry_at: Date | null;
      delivery_round: number | null;
    }[] = await this.db.query(
      `SELECT r.id, r.name, r.email, r.group_id, r.language, i.delivery_status, i.delivery_error, i.delivered_at, i.retry_at, i.delivery_round
       FROM raters r LEFT JOIN invitations i ON i.rater_id = r.id
       WHERE r.campaign_id = $1 ORDER BY r.created_at, r.email`,
      [campaignId],
    );
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      email: row.email,
      groupId: row.group_id,
      language: row.language,
      deliveryStatus: row.delivery_status,
      deliveryError: row.delivery_error,
      deliveredAt: row.delivered_at,
      retryAt: row.retry_at,
      deliveryRound: row.delivery_round,
    }));
  }

  /**
   * Opens a draft campaign and creates an invitation for every rater who has none. Returns the
   * new invitation ids (to be mailed), or null when the campaign was not a draft.
   */
  async openAndInvite(campaignId: string, tokenSecret: string): Promise<string[] | null> {
    return this.db.transaction(async (tx) => {
      const opened = await updateReturning(tx, `UPDATE campaigns SET status = 'open', launched_at = now() WHERE id = $1 AND status = 'draft' RETURNING id`, [
        campaignId,
      ]);
      if (opened.length === 0) return null;
      return this.createMissingInvitations(tx, campaignId, tokenSecret);
    });
  }

  /** For raters added to an already open campaign. */
  inviteNewRaters(campaignId: string, tokenSecret: string): Promise<string[]> {
    return this.db.transaction((tx) => this.createMissingInvitations(tx, campaignId, tokenSecret));
  }

  /**
   * Closes the campaign; saved drafts can no longer be submitted, so they are deleted. Reasons for
   * declining are written again, one by one in an order drawn from the CSPRNG under this one
   * transaction, so that neither their transaction id nor their place on disk still says which
   * declined invitation each came with.
   *
   * The campaign row is locked FOR UPDATE first, which a plain UPDATE of it would not do (it takes
   * FOR NO KEY UPDATE): only that conflicts with the key-share lock a rater's submission or decline
   * holds on the row while it checks the campaign is open (ResponseRepository), so the close waits
   * for those under way to commit, and those that come after find the campaign closed. Nothing
   * commits an answer after the close, past its final fold. The campaign row is the first lock
   * taken, here as in a submission, a decline and a settle.
   */
  async close(campaignId: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      await tx.query(`SELECT 1 FROM campaigns WHERE id = $1 FOR UPDATE`, [campaignId]);
      // clock_timestamp(), not now(): the close takes effect once the submissions it waited for have committed, not when it began waiting.
      const closed = await updateReturning(
        tx,
        `UPDATE campaigns SET status = 'closed', closed_at = clock_timestamp() WHERE id = $1 AND status <> 'closed' RETURNING id`,
        [campaignId],
      );
      await tx.query(`DELETE FROM drafts WHERE campaign_id = $1`, [campaignId]);
      const reasons = await updateReturning<{ group_id: RaterGroupId; reason: string }>(
        tx,
        `DELETE FROM decline_reasons WHERE campaign_id = $1 RETURNING group_id, reason`,
        [campaignId],
      );
      for (const row of secureShuffle(reasons))
        await tx.query(`INSERT INTO decline_reasons (id, campaign_id, group_id, reason) VALUES ($1, $2, $3, $4)`, [
          randomUUID(),
          campaignId,
          row.group_id,
          row.reason,
        ]);
      return closed.length > 0;
    });
  }

  async declineReasons(campaignId: string): Promise<{ groupId: RaterGroupId; reason: string }[]> {
    const rows: { group_id: RaterGroupId; reason: string }[] = await this.db.query(`SELECT group_id, reason FROM decline_reasons WHERE campaign_id = $1`, [
      campaignId,
    ]);
    return rows.map((row) => ({ groupId: row.group_id, reason: row.reason }));
  }

  async progress(campaignId: string): Promise<GroupProgress[]> {
    const rows: { group_id: RaterGroupId; invited: string; responded: string; declined: string; not_delivered: string }[] = await this.db.query(
      `SELECT group_id, COUNT(*) AS invited, COUNT(*) FILTER (WHERE answered) AS responded, COUNT(*) FILTER (WHERE declined) AS declined,
              COUNT(*) FILTER (WHERE delivery_status IN ('failed', 'refused')) AS not_delivered
       FROM invitations WHERE campaign_id = $1 GROUP BY group_id`,
      [campaignId],
    );
    return rows.map((row) => ({
      groupId: row.group_id,
      invited: Number(row.invited),
      responded: Number(row.responded),
      declined: Number(row.declined),
      notDelivered: Number(row.not_delivered),
    }));
  }

  /** Answers folded into the campaign's aggregates so far, interviews included. */
  async aggregatedCount(campaignId: string): Promise<number> {
    const rows: { count: string }[] = await this.db.query(
      `SELECT COALESCE(SUM(raters), 0) AS count FROM aggregates WHERE campaign_id = $1 AND scope_kind = 'responses'`,
      [campaignId],
    );
    return Number(rows[0]?.count ?? 0);
  }

  /** Interviews the coach entered, per group: folded or not, from the answers marked as theirs. */
  async interviewCounts(campaignId: string): Promise<Partial<Record<RaterGroupId, number>>> {
    const rows: { group_id: RaterGroupId; count: number }[] = await this.db.query(
      `SELECT group_id, COUNT(*)::int AS count FROM responses WHERE campaign_id = $1 AND interview GROUP BY group_id ORDER BY group_id`,
      [campaignId],
    );
    return Object.fromEntries(rows.map((row) => [row.group_id, row.count]));
  }

  /** Invitations created but never handed to the mail queue (e.g. Redis was down at launch). */
  async undeliveredInvitationIds(limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT i.id FROM invitations i JOIN campaigns c ON c.id = i.campaign_id
       WHERE i.delivery_status = 'queued' AND c.status = 'open' LIMIT $1`,
      [limit],
    );
    return rows.map((row) => row.id);
  }

  /**
   * A rater's corrected address. Before launch only the rater changes. After launch, only an
   * invitation that never arrived may be redirected: it gets a new link (the old one may sit in
   * a mailbox that bounced it) and is queued again; returns its id and delivery round then.
   */
  async correctEmail(
    campaignId: string,
    raterId: string,
    email: string,
    tokenSecret: string,
  ): Promise<'no-rater' | 'self' | 'duplicate' | 'delivered' | { resend: { invitationId: string; round: number; nonce: string } | null }> {
    return this.db.transaction(async (tx) => {
      const raters: {
        group_id: RaterGroupId;
        invitation_id: string | null;
        delivery_status: DeliveryStatus | null;
        answered: boolean | null;
        delivery_round: number | null;
      }[] = await tx.query(
        `SELECT r.group_id, i.id AS invitation_id, i.delivery_status, i.answered, i.delivery_round
           FROM raters r LEFT JOIN invitations i ON i.rater_id = r.id WHERE r.id = $1 AND r.campaign_id = $2 FOR UPDATE OF r`,
        [raterId, campaignId],
      );
      const rater = raters[0];
      if (!rater) return 'no-rater';
      if (rater.group_id === 'self') return 'self';
      if (rater.delivery_status === 'sent' || rater.delivery_status === 'queued') return 'delivered';
      const taken: unknown[] = await tx.query(`SELECT 1 FROM raters WHERE campaign_id = $1 AND email = $2 AND id <> $3`, [campaignId, email, raterId]);
      if (taken.length > 0) return 'duplicate';
      await tx.query(`UPDATE raters SET email = $2 WHERE id = $1`, [raterId, email]);
      if (!rater.invitation_id) return { resend: null };
      const nonce = randomToken();
      // An invitation answered after all (a failure reported for a mail that did arrive) is not sent
      // again, and reads as delivered, as it was: otherwise its status would tell that they answered.
      await tx.query(
        `UPDATE invitations SET token_nonce = $2, token_hash = $3, delivery_error = NULL, retry_at = NULL,
           delivery_status = CASE WHEN answered THEN 'sent' ELSE 'queued' END WHERE id = $1`,
        [rater.invitation_id, nonce, hashToken(deriveRaterToken(tokenSecret, nonce))],
      );
      return { resend: rater.answered ? null : { invitationId: rater.invitation_id, round: rater.delivery_round ?? 0, nonce } };
    });
  }

  /** Sets or clears the language of a rater of the campaign; false when the campaign has no such rater. */
  async setLanguage(campaignId: string, raterId: string, language: string | null): Promise<boolean> {
    const updated = await updateReturning(this.db, `UPDATE raters SET language = $3 WHERE id = $1 AND campaign_id = $2 RETURNING id`, [
      raterId,
      campaignId,
      language,
    ]);
    return updated.length > 0;
  }

  /** Inserts the raters whose email is new to the campaign, inside the caller's transaction. */
  async insertRaters(tx: EntityManager, campaignId: string, raters: NewRater[]): Promise<RaterEntity[]> {
    if (raters.length === 0) return [];
    const rows: RaterEntity[] = await tx.query(
      `INSERT INTO raters (id, campaign_id, name, email, group_id, language)
       SELECT r.id, $1, r.name, r.email, r.group_id, r.language
       FROM jsonb_to_recordset($2::jsonb) AS r(id uuid, name text, email text, group_id text, language text)
       ON CONFLICT ON CONSTRAINT uq_raters_campaign_email DO NOTHING
       RETURNING id, name, email, group_id AS "groupId", language`,
      [
        campaignId,
        JSON.stringify(
          raters.map((rater) => ({ id: randomUUID(), name: rater.name, email: rater.email, group_id: rater.groupId, language: rater.language ?? null })),
        ),
      ],
    );
    return rows;
  }

  private async createMissingInvitations(tx: EntityManager, campaignId: string, tokenSecret: string): Promise<string[]> {
    const raters: { id: string; group_id: RaterGroupId }[] = await tx.query(
      `SELECT r.id, r.group_id FROM raters r LEFT JOIN invitations i ON i.rater_id = r.id WHERE r.campaign_id = $1 AND i.id IS NULL`,
      [campaignId],
    );
    if (raters.length === 0) return [];
    const invitations = raters.map((rater) => {
      const nonce = randomToken();
      return {
        id: randomUUID(),
        rater_id: rater.id,
        group_id: rater.group_id,
        token_nonce: nonce,
        token_hash: hashToken(deriveRaterToken(tokenSecret, nonce)),
      };
    });
    // Two requests adding raters at once may both read a rater as uninvited: the first to write
    // its invitation keeps it, the other skips it (instead of failing, and leaving its own new
    // raters uninvited) and hands back only what it wrote, so each invitation is mailed once.
    const written: { id: string }[] = await tx.query(
      `INSERT INTO invitations (id, campaign_id, rater_id, group_id, token_nonce, token_hash)
       SELECT i.id, $1, i.rater_id, i.group_id, i.token_nonce, i.token_hash
       FROM jsonb_to_recordset($2::jsonb) AS i(id uuid, rater_id uuid, group_id text, token_nonce text, token_hash text)
       ON CONFLICT (rater_id) DO NOTHING RETURNING id`,
      [campaignId, JSON.stringify(invitations)],
    );
    return written.map((invitation) => invitation.id);
  }
}
