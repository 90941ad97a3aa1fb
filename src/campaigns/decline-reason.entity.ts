import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CampaignScopedEntity } from './campaign-scoped.entity';
import type { RaterGroupId } from '../surveys/survey.types';

/**
 * Why a rater declined, if they said: with their group and nothing else, no reference to the
 * invitation and no time. Rewritten in a random order when the campaign closes, so that neither
 * its transaction id nor its place on disk pairs it with the invitation that declined.
 */
@Entity('decline_reasons')
export class DeclineReasonEntity extends CampaignScopedEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text', { name: 'group_id' })
  groupId: RaterGroupId;

  @Column('text')
  reason: string;
}
