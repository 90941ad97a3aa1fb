import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CampaignStatus } from '../campaigns/campaign.entity';
import type { DeliveryStatus } from '../campaigns/invitation.entity';
import type { SurveyDefinition, SurveyGroup } from '../surveys/survey.types';
import { surveyLanguages, translateSurvey } from '../surveys/translate-survey';
import { mailLanguage } from './mail-words';

export interface InvitationMailContext {
  invitationId: string;
  tokenNonce: string;
  answered: boolean;
  /** Whether the thank-you mail went out (at close). */
  thanked: boolean;
  declined: boolean;
  deliveryStatus: DeliveryStatus;
  remindedRound: number;
  /** The campaign's latest reminder round: a job of an earlier round is covered by it. */
  campaignReminderRounds: number;
  raterName: string;
  raterEmail: string;
  /** The mail's language (see mailLanguage): the survey title and the group come in it. */
  language: string;
  group: SurveyGroup;
  campaignStatus: CampaignStatus;
  closesAt: Date | null;
  surveyTitle: string;
  leaderName: string;
  coachName: string;
}

export interface AccessLinkMailContext {
  linkId: string;
  role: 'leader' | 'sponsor';
  tokenNonce: string;
  sent: boolean;
  usable: boolean;
  expiresAt: Date;
  leaderName: string;
  leaderEmail: string;
  sponsorName: string | null;
  sponsorEmail: string | null;
  coachName: string;
}

export interface PasswordResetMailContext {
  resetId: string;
  tokenNonce: string;
  sent: boolean;
  usable: boolean;
  expiresAt: Date;
  coachName: string;
  coachEmail: string;
}

@Injectable()
export class MailRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findInvitation(invitationId: string): Promise<InvitationMailContext | null> {
    return (await this.findInvitations([invitationId]))[0];
  }

  /**
   * Each invitation's mail context, in the order asked (null for one that does not exist): two
   * queries however many, each campaign's survey read and translated once per language.
   */
  async findInvitations(invitationIds: readonly string[]): Promise<(InvitationMailContext | null)[]> {
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT i.id, i.campaign_id, i.token_nonce, i.answered, EXISTS (SELECT 1 FROM invitation_thanks t WHERE t.invitation_id = i.id) AS thanked, i.declined, i.delivery_status, i.reminded_round, r.name AS rater_name, r.email AS rater_email, r.language,
              i.group_id, c.status, c.closes_at, c.reminder_rounds, e.leader_name, co.name AS coach_name
       FROM invitations i JOIN raters r ON r.id = i.rater_id JOIN campaigns c ON c.id = i.campaign_id
       JOIN engagements e ON e.id = c.engagement_id JOIN coaches co ON co.id = e.coach_id
       WHERE i.id = ANY($1::uuid[])`,
      [[...new Set(invitationIds)]],
    );
    const campaignIds = [...new Set(rows.map((row) => row.campaign_id as string))];
    const snapshots: { id: string; survey_snapshot: SurveyDefinition }[] =
      campaignIds.length === 0 ? [] : await this.db.query(`SELECT id, survey_snapshot FROM campaigns WHERE id = ANY($1::uuid[])`, [campaignIds]);
    const snapshotOf = new Map(snapshots.map((row) => [row.id, row.survey_snapshot]));
    const translated = new Map<string, SurveyDefinition>();
    const contexts = new Map<string, InvitationMailContext | null>();
    for (const row of rows) {
      const snapshot = snapshotOf.get(row.campaign_id as string);
      if (!snapshot) continue;
      const language = mailLanguage(row.language as string | null, surveyLanguages(snapshot));
      const surveyKey = `${row.campaign_id as string}:${language}`;
      const survey = translated.get(surveyKey) ?? translateSurvey(snapshot, language);
      translated.set(surveyKey, survey);
      contexts.set(row.id as string, toInvitationContext(row, language, survey));
    }
    return invitationIds.map((id) => contexts.get(id) ?? null);
  }

  async findAccessLink(linkId: string): Promise<AccessLinkMailContext | null> {
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT l.id, l.role, l.token_nonce, l.sent_at, l.used_at IS NULL AND l.expires_at > now() AS usable, l.expires_at,
              e.leader_name, e.leader_email, e.sponsor_name, e.sponsor_email, co.name AS coach_name
       FROM access_links l JOIN engagements e ON e.id = l.engagement_id JOIN coaches co ON co.id = e.coach_id
       WHERE l.id = $1`,
      [linkId],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      linkId: row.id as string,
      role: row.role as 'leader' | 'sponsor',
      tokenNonce: row.token_nonce as string,
      sent: row.sent_at !== null,
      usable: row.usable as boolean,
      expiresAt: row.expires_at as Date,
      leaderName: row.leader_name as string,
      leaderEmail: row.leader_email as string,
      sponsorName: row.sponsor_name as string | null,
      sponsorEmail: row.sponsor_email as string | null,
      coachName: row.coach_name as string,
    };
  }

  async findPasswordReset(resetId: string): Promise<PasswordResetMailContext | null> {
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT p.id, p.token_nonce, p.sent_at, p.used_at IS NULL AND p.expires_at > now() AS usable, p.expires_at, co.name, co.email
       FROM password_resets p JOIN coaches co ON co.id = p.coach_id WHERE p.id = $1`,
      [resetId],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      resetId: row.id as string,
      tokenNonce: row.token_nonce as string,
      sent: row.sent_at !== null,
      usable: row.usable as boolean,
      expiresAt: row.expires_at as Date,
      coachName: row.name as string,
      coachEmail: row.email as string,
    };
  }

  async markPasswordResetSent(resetId: string): Promise<void> {
    await this.db.query(`UPDATE password_resets SET sent_at = now() WHERE id = $1`, [resetId]);
  }

  async markAccessLinkSent(linkId: string): Promise<void> {
    await this.db.query(`UPDATE access_links SET sent_at = now() WHERE id = $1`, [linkId]);
  }

  /** One statement for the invitations whose mails went out together. */
  async markSentMany(invitationIds: readonly string[]): Promise<void> {
    await this.db.query(
      `UPDATE invitations SET delivery_status = 'sent', delivery_error = NULL, delivered_at = now(), retry_at = NULL WHERE id = ANY($1::uuid[])`,
      [[...new Set(invitationIds)]],
    );
  }

  /** Keeps the reason for the coach; whether and when to try again is `scheduleRetry`'s business. */
  async markFailed(invitationId: string, reason: string): Promise<void> {
    await this.db.query(`UPDATE invitations SET delivery_status = 'failed', delivery_error = $2 WHERE id = $1 AND delivery_status <> 'sent'`, [
      invitationId,
      reason.slice(0, 500),
    ]);
  }

  /**
   * The last attempt of round `round` failed: the next round is due at `at` (null: none is left).
   * Recording the round here too means a sweep that queued this round but had not yet said so
   * cannot clear the time afterwards (its update only applies to an earlier round).
   */
  /** The receiving server refused the address for good: no retry round, and no reminder, until the coach corrects it. */
  async markRefused(invitationId: string, reason: string): Promise<void> {
    await this.db.query(
      `UPDATE invitations SET delivery_status = 'refused', delivery_error = $2, retry_at = NULL WHERE id = $1 AND delivery_status <> 'sent'`,
      [invitationId, reason.slice(0, 500)],
    );
  }

  /** Records the thank-you as this job's to send; false when it is another's (or sent already). */
  async claimThanks(invitationId: string): Promise<boolean> {
    const claimed: unknown[] = await this.db.query(`INSERT INTO invitation_thanks (invitation_id) VALUES ($1) ON CONFLICT DO NOTHING RETURNING invitation_id`, [
      invitationId,
    ]);
    return claimed.length > 0;
  }

  /** Gives a claimed thank-you back when its mail could not be sent, for the job's next attempt. */
  async releaseThanks(invitationId: string): Promise<void> {
    await this.db.query(`DELETE FROM invitation_thanks WHERE invitation_id = $1`, [invitationId]);
  }

  /**
   * Raters to thank: they answered a campaign that has closed, and were not thanked yet. The
   * leader (self) is not thanked: they run the engagement.
   */
  async dueThanks(limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT i.id FROM invitations i JOIN campaigns c ON c.id = i.campaign_id
       WHERE c.status = 'closed' AND i.answered AND NOT EXISTS (SELECT 1 FROM invitation_thanks t WHERE t.invitation_id = i.id) AND i.delivery_status <> 'refused' AND i.group_id <> 'self'
       LIMIT $1`,
      [limit],
    );
    return rows.map((row) => row.id);
  }

  async scheduleRetry(invitationId: string, round: number, at: Date | null): Promise<void> {
    await this.db.query(`UPDATE invitations SET retry_at = $3, delivery_round = GREATEST(delivery_round, $2) WHERE id = $1 AND delivery_status = 'failed'`, [
      invitationId,
      round,
      at,
    ]);
  }

  /** A reminder carries the same link: once one reaches the rater, the invitation counts as delivered and is never retried. */
  async markReminded(invitationId: string, round: number): Promise<void> {
    await this.db.query(
      `UPDATE invitations SET reminded_round = GREATEST(reminded_round, $2), delivery_status = 'sent', delivery_error = NULL, delivered_at = COALESCE(delivered_at, now()), retry_at = NULL WHERE id = $1`,
      [invitationId, round],
    );
  }

  /** Failed invitations whose next round is due, of open campaigns, not answered or declined meanwhile, with that round's number. */
  async dueRetries(limit: number): Promise<{ invitationId: string; round: number }[]> {
    const rows: { id: string; round: number }[] = await this.db.query(
      `SELECT i.id, i.delivery_round + 1 AS round FROM invitations i JOIN campaigns c ON c.id = i.campaign_id
       WHERE i.retry_at IS NOT NULL AND i.retry_at <= now() AND i.delivery_status = 'failed' AND NOT i.answered AND NOT i.declined
         AND c.status = 'open' AND (c.closes_at IS NULL OR c.closes_at > now())
       LIMIT $1`,
      [limit],
    );
    return rows.map((row) => ({ invitationId: row.id, round: row.round }));
  }

  /** After the round's job is queued: it is under way, so nothing is due until it gives up. */
  async markRetryQueued(invitationId: string, round: number): Promise<void> {
    await this.db.query(`UPDATE invitations SET delivery_round = $2, retry_at = NULL WHERE id = $1 AND delivery_round < $2`, [invitationId, round]);
  }
}

/** Null when the invitation's group is no longer in the survey. */
function toInvitationContext(row: Record<string, unknown>, language: string, survey: SurveyDefinition): InvitationMailContext | null {
  const group = survey.groups.find((candidate) => candidate.id === row.group_id);
  if (!group) return null;
  return {
    invitationId: row.id as string,
    tokenNonce: row.token_nonce as string,
    answered: row.answered as boolean,
    thanked: row.thanked as boolean,
    declined: row.declined as boolean,
    deliveryStatus: row.delivery_status as DeliveryStatus,
    remindedRound: row.reminded_round as number,
    campaignReminderRounds: row.reminder_rounds as number,
    raterName: row.rater_name as string,
    raterEmail: row.rater_email as string,
    language,
    group,
    campaignStatus: row.status as CampaignStatus,
    closesAt: row.closes_at as Date | null,
    surveyTitle: survey.title,
    leaderName: row.leader_name as string,
    coachName: row.coach_name as string,
  };
}
