import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { CampaignEntity } from './campaign.entity';
import type { RaterGroupId } from '../surveys/survey.types';

/** Who is asked. Never referenced by a response. */
@Entity('raters')
@Unique('uq_raters_campaign_email', ['campaignId', 'email'])
export class RaterEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Index()
  @Column('uuid', { name: 'campaign_id' })
  campaignId: string;

  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: CampaignEntity;

  @Column('text')
  name: string;

  @Column('text')
  email: string;

  @Column('text', { name: 'group_id' })
  groupId: RaterGroupId;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
