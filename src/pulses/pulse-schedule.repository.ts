import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Coach } from '../auth/auth.service';
import { updateReturning } from '../common/returning-rows';
import { PulseScheduleEntity } from './pulse-schedule.entity';
import { LAUNCH_CLAIM_MS } from './pulse-schedule';

export type NewPulse = Pick<PulseScheduleEntity, 'id' | 'engagementId' | 'dueOn' | 'phase' | 'openDays'>;

/** Claimed at most this many at a time, so one sweep stays short. */
const CLAIM_BATCH = 20;

@Injectable()
export class PulseScheduleRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async create(pulse: NewPulse): Promise<PulseScheduleEntity> {
    await this.db.getRepository(PulseScheduleEntity).insert({ ...pulse, status: 'scheduled' });
    return this.db.getRepository(PulseScheduleEntity).findOneByOrFail({ id: pulse.id });
  }

  list(engagementId: string): Promise<PulseScheduleEntity[]> {
    return this.db.getRepository(PulseScheduleEntity).find({ where: { engagementId }, order: { dueOn: 'ASC', createdAt: 'ASC' } });
  }

  find(engagementId: string, id: string): Promise<PulseScheduleEntity | null> {
    return this.db.getRepository(PulseScheduleEntity).findOneBy({ engagementId, id });
  }

  /** Removes a pulse that has not started launching; false when it has (or is gone). */
  async cancel(engagementId: string, id: string): Promise<boolean> {
    const rows = await updateReturning(this.db, `DELETE FROM pulse_schedules WHERE engagement_id = $1 AND id = $2 AND status = 'scheduled' RETURNING id`, [
      engagementId,
      id,
    ]);
    return rows.length > 0;
  }

  /**
   * Takes on the pulses due by `now`: each row is claimed by one worker only (SKIP LOCKED, then a
   * status change in the same statement), and a claim left by a worker that died is taken over
   * once it is older than LAUNCH_CLAIM_MS.
   */
  async claimDue(now: Date): Promise<PulseScheduleEntity[]> {
    const today = now.toISOString().slice(0, 10);
    const stale = new Date(now.getTime() - LAUNCH_CLAIM_MS);
    const rows = await updateReturning<{ id: string }>(
      this.db,
      `UPDATE pulse_schedules SET status = 'launching', claimed_at = $1
       WHERE id IN (
         SELECT id FROM pulse_schedules
         WHERE due_on <= $2::date AND (status = 'scheduled' OR (status = 'launching' AND claimed_at < $3))
         ORDER BY due_on LIMIT ${CLAIM_BATCH} FOR UPDATE SKIP LOCKED)
       RETURNING id`,
      [now, today, stale],
    );
    if (rows.length === 0) return [];
    return this.db.getRepository(PulseScheduleEntity).find({ where: rows.map((row) => ({ id: row.id })) });
  }

  /** Records the campaign made for a pulse; false when one was recorded already (then that one is launched). */
  async recordCampaign(id: string, campaignId: string): Promise<boolean> {
    const rows = await updateReturning(this.db, `UPDATE pulse_schedules SET campaign_id = $2 WHERE id = $1 AND campaign_id IS NULL RETURNING id`, [
      id,
      campaignId,
    ]);
    return rows.length > 0;
  }

  async markLaunched(id: string, at: Date): Promise<void> {
    await this.db.query(`UPDATE pulse_schedules SET status = 'launched', launched_at = $2, problem = NULL WHERE id = $1`, [id, at]);
  }

  async markFailed(id: string, problem: string): Promise<void> {
    await this.db.query(`UPDATE pulse_schedules SET status = 'failed', problem = $2 WHERE id = $1`, [id, problem]);
  }

  /** The coach an engagement belongs to: a pulse launches in their name. */
  async coachOf(engagementId: string): Promise<Coach | null> {
    const rows: Coach[] = await this.db.query(`SELECT c.id, c.email, c.name FROM coaches c JOIN engagements e ON e.coach_id = c.id WHERE e.id = $1`, [
      engagementId,
    ]);
    return rows[0] ?? null;
  }
}
