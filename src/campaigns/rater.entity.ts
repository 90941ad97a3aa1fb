import { Column, CreateDateColumn, Entity, PrimaryColumn, Unique } from 'typeorm';
import { CampaignScopedEntity } from './campaign-scoped.entity';
import type { RaterGroupId } from '../surveys/survey.types';

/** Who is asked. Never referenced by a response. */
@Entity('raters')
@Unique('uq_raters_campaign_email', ['campaignId', 'email'])
export class RaterEntity extends CampaignScopedEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text')
  email: string;

  @Column('text', { name: 'group_id' })
  groupId: RaterGroupId;

  /** Set by the coach: the language of the rater's mail and the default of their form; null leaves it to the survey and the browser. */
  @Column('text', { nullable: true })
  language: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
