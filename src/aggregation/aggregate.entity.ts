import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CampaignEntity } from '../campaigns/campaign.entity';

/** Running totals per campaign, group and scope ('item', 'theme', or 'responses' for the tally). */
@Entity('aggregates')
export class AggregateEntity {
  @PrimaryColumn('uuid', { name: 'campaign_id' })
  campaignId: string;

  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: CampaignEntity;

  @PrimaryColumn('text', { name: 'group_id' })
  groupId: string;

  @PrimaryColumn('text', { name: 'scope_kind' })
  scopeKind: string;

  @PrimaryColumn('text', { name: 'scope_id' })
  scopeId: string;

  @Column('integer')
  raters: number;

  /** Of `raters`, interviews the coach entered. */
  @Column('integer', { name: 'interview_raters', default: 0 })
  interviewRaters: number;

  @Column('integer')
  ratings: number;

  @Column('bigint')
  sum: string;

  @Column('bigint', { name: 'sum_squares' })
  sumSquares: string;

  @Column('jsonb')
  histogram: Record<string, number>;
}
