import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { RaterGroupId } from '../../surveys/survey.types';
import { CampaignEntity } from '../campaign.entity';

/**
 * Where the leader's proposal stands: being written ('draft'), waiting for the coach
 * ('submitted'), sent back with the coach's note ('returned'), or taken into the campaign's raters
 * ('approved', and then empty until the leader proposes more before launch).
 */
export type NominationStatus = 'draft' | 'submitted' | 'returned' | 'approved';

export interface NominatedRater {
  name: string;
  email: string;
  group: RaterGroupId;
}

/** The raters the leader proposes for a campaign that has not launched: one row per campaign, deleted with it. */
@Entity('rater_nominations')
export class NominationEntity {
  @PrimaryColumn('uuid', { name: 'campaign_id' })
  campaignId: string;

  @OneToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: CampaignEntity;

  @Column('text', { default: 'draft' })
  status: NominationStatus;

  /** The proposal, in the order the leader wrote it; a few dozen people at most, read and written whole. */
  @Column('jsonb', { default: () => "'[]'" })
  raters: NominatedRater[];

  /** Why the coach sent the proposal back, for the leader to read. */
  @Column('text', { name: 'coach_note', nullable: true })
  coachNote: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
