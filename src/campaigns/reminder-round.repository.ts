import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { updateReturning } from '../common/returning-rows';

/** A round of reminders: its campaign, its number in the campaign, and whom it reminds. */
export interface ReminderRound {
  campaignId: string;
  round: number;
  invitationIds: string[];
}

/** A round just counted, and whether invitations of its campaign are still to go out (the round then waits for the sweep). */
export interface StartedReminderRound extends ReminderRound {
  invitationsWaiting: boolean;
}

/**
 * Reminder rounds as Postgres keeps them: counted when the coach sends one, recorded once its mails
 * are in the queue, and offered to the sweep while they are not (an outbox).
 */
@Injectable()
export class ReminderRoundRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Counts a reminder round, at once and alone: its mails are queued after this commits
   * (CampaignsService.queueReminderRound), so no lock is held while the queue answers, and a round
   * whose queueing failed waits here for the sweep (unqueuedReminderRounds) rather than being lost
   * or counted twice. Returns the round's number, whom it reminds and whether invitations of the
   * campaign have not gone out yet, or null when the campaign is not open.
   */
  async startReminderRound(campaignId: string): Promise<StartedReminderRound | null> {
    return this.db.transaction(async (tx) => {
      const rows = await updateReturning<{ reminder_rounds: number }>(
        tx,
        `UPDATE campaigns SET reminder_rounds = reminder_rounds + 1 WHERE id = $1 AND status = 'open' RETURNING reminder_rounds`,
        [campaignId],
      );
      if (rows.length === 0) return null;
      const [{ waiting }]: { waiting: boolean }[] = await tx.query(
        `SELECT EXISTS (SELECT 1 FROM invitations WHERE campaign_id = $1 AND delivery_status = 'queued') AS waiting`,
        [campaignId],
      );
      return { campaignId, round: rows[0].reminder_rounds, invitationIds: await this.toRemind(tx, campaignId), invitationsWaiting: waiting };
    });
  }

  /** Records that a round's mails are in the queue; a later round's record is never lowered by an earlier one's. */
  async markReminderRoundQueued(campaignId: string, round: number): Promise<void> {
    await this.db.query(`UPDATE campaigns SET reminder_rounds_queued = GREATEST(reminder_rounds_queued, $2) WHERE id = $1`, [campaignId, round]);
  }

  /**
   * The latest counted round of each open campaign whose mails may not be queued yet (Redis was
   * away or stalled when the coach sent it), with whom it reminds now. Only the latest: however many
   * rounds wait, a rater gets one reminder for them, not one each. A campaign whose invitations have
   * not all gone out yet (they waited for Redis too) waits one more sweep: a rater should get the
   * invitation first, not a reminder with it or instead of it.
   */
  async unqueuedReminderRounds(limit: number): Promise<ReminderRound[]> {
    const campaigns: { id: string; reminder_rounds: number }[] = await this.db.query(
      `SELECT c.id, c.reminder_rounds FROM campaigns c
       WHERE c.status = 'open' AND c.reminder_rounds > c.reminder_rounds_queued
         AND NOT EXISTS (SELECT 1 FROM invitations i WHERE i.campaign_id = c.id AND i.delivery_status = 'queued')
       ORDER BY c.id LIMIT $1`,
      [limit],
    );
    const rounds: ReminderRound[] = [];
    for (const campaign of campaigns)
      rounds.push({ campaignId: campaign.id, round: campaign.reminder_rounds, invitationIds: await this.toRemind(this.db, campaign.id) });
    return rounds;
  }

  /** The invitations a reminder goes to: neither answered nor declined, at an address that was not refused. */
  private async toRemind(db: DataSource | EntityManager, campaignId: string): Promise<string[]> {
    const pending: { id: string }[] = await db.query(
      `SELECT id FROM invitations WHERE campaign_id = $1 AND NOT answered AND NOT declined AND delivery_status <> 'refused'`,
      [campaignId],
    );
    return pending.map((row) => row.id);
  }
}
