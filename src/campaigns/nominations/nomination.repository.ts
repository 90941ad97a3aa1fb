import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { CampaignStatus } from '../campaign.entity';
import { CampaignRepository } from '../campaign.repository';
import { type NominatedRater, NominationEntity, type NominationStatus } from './nomination.entity';

/** A proposal as read inside the transaction that holds its campaign's row. */
export interface LockedNomination {
  campaign: CampaignStatus;
  nomination: NominationEntity | null;
}

@Injectable()
export class NominationRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly campaigns: CampaignRepository,
  ) {}

  find(campaignId: string): Promise<NominationEntity | null> {
    return this.db.getRepository(NominationEntity).findOneBy({ campaignId });
  }

  findMany(campaignIds: string[]): Promise<NominationEntity[]> {
    if (campaignIds.length === 0) return Promise.resolve([]);
    return this.db.getRepository(NominationEntity).createQueryBuilder('n').where('n.campaign_id IN (:...campaignIds)', { campaignIds }).getMany();
  }

  /**
   * Runs `change` with the campaign's row locked (FOR UPDATE), so that a launch, which opens the
   * campaign only while it is a draft, waits for it or goes first: nothing is proposed or approved
   * into a campaign that has already launched.
   */
  async withCampaignLocked<T>(campaignId: string, change: (locked: LockedNomination, tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(async (tx) => {
      const rows: { status: CampaignStatus }[] = await tx.query(`SELECT status FROM campaigns WHERE id = $1 FOR UPDATE`, [campaignId]);
      const nomination = await tx.getRepository(NominationEntity).findOneBy({ campaignId });
      return change({ campaign: rows[0]?.status ?? 'closed', nomination }, tx);
    });
  }

  async save(tx: EntityManager, campaignId: string, fields: { status: NominationStatus; raters: NominatedRater[]; coachNote: string | null }): Promise<void> {
    await tx.query(
      `INSERT INTO rater_nominations (campaign_id, status, raters, coach_note) VALUES ($1, $2, $3::jsonb, $4)
       ON CONFLICT (campaign_id) DO UPDATE SET status = EXCLUDED.status, raters = EXCLUDED.raters, coach_note = EXCLUDED.coach_note, updated_at = now()`,
      [campaignId, fields.status, JSON.stringify(fields.raters), fields.coachNote],
    );
  }

  /** The proposal's raters become the campaign's raters; returns the emails that were already there. */
  async addToCampaign(tx: EntityManager, campaignId: string, raters: NominatedRater[]): Promise<string[]> {
    const added = await this.campaigns.insertRaters(
      tx,
      campaignId,
      raters.map((rater) => ({ name: rater.name, email: rater.email, groupId: rater.group })),
    );
    const addedEmails = new Set(added.map((rater) => rater.email));
    return raters.map((rater) => rater.email).filter((email) => !addedEmails.has(email));
  }
}
