import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { CampaignEntity } from '../campaigns/campaign.entity';
import { EngagementEntity } from '../engagements/engagement.entity';
import type { Milestone, PlannedActivity, ProgramGoal } from './program.types';

/**
 * The development program of an engagement: goals with their baselines, the plan of practices,
 * exercises and reading, and milestones. Saved as a whole, as the coach and leader agree it.
 */
@Entity('programs')
export class ProgramEntity {
  @PrimaryColumn('uuid', { name: 'engagement_id' })
  engagementId: string;

  @OneToOne(() => EngagementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id' })
  engagement?: EngagementEntity;

  @Index()
  @Column('uuid', { name: 'baseline_campaign_id' })
  baselineCampaignId: string;

  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'baseline_campaign_id' })
  baselineCampaign?: CampaignEntity;

  /** The released report version the goals' baselines come from. */
  @Column('integer', { name: 'baseline_version' })
  baselineVersion: number;

  @Column('jsonb')
  goals: ProgramGoal[];

  @Column('jsonb')
  plan: PlannedActivity[];

  @Column('jsonb')
  milestones: Milestone[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
