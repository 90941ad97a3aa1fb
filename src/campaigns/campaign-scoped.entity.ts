import { Column, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CampaignEntity } from './campaign.entity';

/** Rows that belong to one campaign, indexed by it, and deleted with it. */
export abstract class CampaignScopedEntity {
  @Index()
  @Column('uuid', { name: 'campaign_id' })
  campaignId: string;

  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: CampaignEntity;
}
