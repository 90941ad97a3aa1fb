import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { CampaignStatus } from '../campaigns/campaign.entity';
import type { RaterGroupId, SurveyDefinition } from '../surveys/survey.types';
import type { SealedDraft } from './draft-crypto';
import type { ValidatedAnswers } from './answer-validation';
import { updateReturning } from '../common/returning-rows';

export interface InvitationContext {
  invitationId: string;
  campaignId: string;
  groupId: RaterGroupId;
  answered: boolean;
  declined: boolean;
  campaignStatus: CampaignStatus;
  closesAt: Date | null;
  survey: SurveyDefinition;
  leaderName: string;
  /** The language the coach set for the rater, the first choice of their form after their own. */
  raterLanguage: string | null;
}

export type SubmitOutcome = { stored: true } | { stored: false; reason: 'answered' | 'declined' | 'closed' };

/**
 * Marks an invitation answered or declined, once: the conditional UPDATE is the guard against a
 * second use of the link, also under concurrency. It also forgets the last reminder round, which
 * would otherwise tell after which reminder the rater acted.
 *
 * The campaign must still take answers, checked under a key-share lock on its row, held to the
 * end of the transaction: a close (CampaignRepository.close locks the row FOR UPDATE) waits for a
 * submission already past this check to commit, and a submission that reaches it while a close is
 * under way waits for the close, then reads the closed row and is refused. Without the lock, the
 * check read the row as of the statement's start, and an answer could commit just after the close
 * had committed, past the final fold and into a report already cut into versions. A key-share lock,
 * not a share lock: a settle holds the row FOR NO KEY UPDATE while it folds, and raters must keep
 * submitting meanwhile (AggregationRepository.settleOnce).
 *
 * Lock order: the campaign row, then the invitation row (then the draft), as in every transaction
 * that locks both (the close and the settle lock the campaign row first), so none can deadlock.
 * Returns why it was refused, or null when it was marked.
 */
async function settleInvitation(tx: EntityManager, invitation: InvitationContext, outcome: 'answered' | 'declined'): Promise<SubmitOutcome | null> {
  const open: unknown[] = await tx.query(
    `SELECT 1 FROM campaigns WHERE id = $1 AND status = 'open' AND (closes_at IS NULL OR closes_at > now()) FOR KEY SHARE`,
    [invitation.campaignId],
  );
  const marked =
    open.length === 0
      ? []
      : await updateReturning(
          tx,
          `UPDATE invitations SET ${outcome} = true, reminded_round = 0 WHERE id = $1 AND campaign_id = $2 AND NOT answered AND NOT declined RETURNING id`,
          [invitation.invitationId, invitation.campaignId],
        );
  if (marked.length > 0) return null;
  const [current]: { answered: boolean; declined: boolean }[] = await tx.query(`SELECT answered, declined FROM invitations WHERE id = $1`, [
    invitation.invitationId,
  ]);
  return { stored: false, reason: current?.answered ? 'answered' : current?.declined ? 'declined' : 'closed' };
}

@Injectable()
export class ResponseRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findInvitation(tokenHash: string): Promise<InvitationContext | null> {
    const rows: {
      id: string;
      campaign_id: string;
      group_id: RaterGroupId;
      answered: boolean;
      declined: boolean;
      status: CampaignStatus;
      closes_at: Date | null;
      survey_snapshot: SurveyDefinition;
      leader_name: string;
      language: string | null;
    }[] = await this.db.query(
      `SELECT i.id, i.campaign_id, i.group_id, i.answered, i.declined, c.status, c.closes_at, c.survey_snapshot, e.leader_name, r.language
         FROM invitations i JOIN campaigns c ON c.id = i.campaign_id JOIN engagements e ON e.id = c.engagement_id JOIN raters r ON r.id = i.rater_id
         WHERE i.token_hash = $1`,
      [tokenHash],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      invitationId: row.id,
      campaignId: row.campaign_id,
      groupId: row.group_id,
      answered: row.answered,
      declined: row.declined,
      campaignStatus: row.status,
      closesAt: row.closes_at,
      survey: row.survey_snapshot,
      leaderName: row.leader_name,
      raterLanguage: row.language,
    };
  }

  /**
   * One transaction: mark the invitation answered (the conditional UPDATE is the guard against a
   * second submission, also under concurrency) and forget the last reminder round it was sent,
   * which would otherwise tell after which reminder the rater answered; store the response with nothing that points
   * back to the invitation, and drop the draft. The response id is random, its date is the day,
   * and the id is not handed back: the caller holds the token and has no use for it.
   */
  async submit(invitation: InvitationContext, draftId: string, answers: ValidatedAnswers): Promise<SubmitOutcome> {
    return this.db.transaction(async (tx) => {
      const refused = await settleInvitation(tx, invitation, 'answered');
      if (refused) return refused;
      const responseId = randomUUID();
      await tx.query(`INSERT INTO responses (id, campaign_id, group_id, submitted_on, ratings, texts) VALUES ($1, $2, $3, CURRENT_DATE, $4, $5)`, [
        responseId,
        invitation.campaignId,
        invitation.groupId,
        JSON.stringify(answers.ratings),
        JSON.stringify(answers.texts),
      ]);
      await tx.query(`DELETE FROM drafts WHERE id = $1`, [draftId]);
      return { stored: true };
    });
  }

  /**
   * The rater declines: the invitation is flagged (no time, as `answered`), so the link takes no
   * answer and no reminder goes out; its draft is dropped; the reason, if any, is stored apart with
   * the group only. Refused like a submission when the link was answered, declined or closed meanwhile.
   */
  async decline(invitation: InvitationContext, draftId: string, reason: string | null): Promise<SubmitOutcome> {
    return this.db.transaction(async (tx) => {
      const refused = await settleInvitation(tx, invitation, 'declined');
      if (refused) return refused;
      if (reason)
        await tx.query(`INSERT INTO decline_reasons (id, campaign_id, group_id, reason) VALUES ($1, $2, $3, $4)`, [
          randomUUID(),
          invitation.campaignId,
          invitation.groupId,
          reason,
        ]);
      await tx.query(`DELETE FROM drafts WHERE id = $1`, [draftId]);
      return { stored: true };
    });
  }

  /**
   * An interview the coach entered: a response with no invitation behind it, marked as the coach's.
   * Stored only while the campaign takes answers, checked in the same statement under a key-share
   * lock on its row, as a rater's submission is (see settleInvitation): an interview cannot slip in
   * after a close has folded the last answers. False when it was refused.
   */
  async saveDraft(draftId: string, campaignId: string, sealed: SealedDraft): Promise<void> {
    await this.db.query(
      `INSERT INTO drafts (id, campaign_id, iv, ciphertext, auth_tag, saved_on) VALUES ($1, $2, $3, $4, $5, CURRENT_DATE)
       ON CONFLICT (id) DO UPDATE SET iv = EXCLUDED.iv, ciphertext = EXCLUDED.ciphertext, auth_tag = EXCLUDED.auth_tag, saved_on = EXCLUDED.saved_on`,
      [draftId, campaignId, sealed.iv, sealed.ciphertext, sealed.authTag],
    );
  }

  async findDraft(draftId: string): Promise<SealedDraft | null> {
    const rows: { iv: Buffer; ciphertext: Buffer; auth_tag: Buffer }[] = await this.db.query(`SELECT iv, ciphertext, auth_tag FROM drafts WHERE id = $1`, [
      draftId,
    ]);
    return rows[0] ? { iv: rows[0].iv, ciphertext: rows[0].ciphertext, authTag: rows[0].auth_tag } : null;
  }
}
