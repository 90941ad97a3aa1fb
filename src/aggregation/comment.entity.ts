import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CampaignEntity } from '../campaigns/campaign.entity';
import type { CommentKind } from './aggregate.types';

/** One open-text answer, with no link to its response or to the rater's other comments. */
@Entity('comments')
export class CommentEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Index()
  @Column('uuid', { name: 'campaign_id' })
  campaignId: string;

  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: CampaignEntity;

  @Column('text', { name: 'group_id' })
  groupId: string;

  @Column('text', { name: 'question_id' })
  questionId: string;

  @Column('text')
  kind: CommentKind;

  @Column('text')
  text: string;

  @Column('jsonb', { name: 'theme_ids' })
  themeIds: string[];

  /** Random, fixed at fold time: the report's order, unrelated to arrival order. */
  @Column('double precision', { name: 'sort_key' })
  sortKey: number;
}
