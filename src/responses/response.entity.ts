import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CampaignScopedEntity } from '../campaigns/campaign-scoped.entity';
import type { RaterGroupId } from '../surveys/survey.types';

export type Ratings = Record<string, number | null>;
export type TextAnswer = string | { start?: string; stop?: string; continue?: string };
export type TextAnswers = Record<string, TextAnswer>;

/**
 * A submitted answer, anonymous by construction: a random id, the group, the day, the ratings.
 * No column refers to an invitation, rater, token, email or address. Open texts wait here only
 * until the aggregation worker folds them, in batches, and moves them into `comments`.
 */
@Entity('responses')
// Partial index of the answers waiting to be folded, by campaign; created by the migration,
// ignored by schema comparison.
@Index('IDX_responses_waiting', { synchronize: false })
export class ResponseEntity extends CampaignScopedEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text', { name: 'group_id' })
  groupId: RaterGroupId;

  @Column('date', { name: 'submitted_on' })
  submittedOn: string;

  @Column('jsonb')
  ratings: Ratings;

  @Column('jsonb', { nullable: true })
  texts: TextAnswers | null;

  @Column('boolean', { default: false })
  aggregated: boolean;

  /**
   * Entered by the coach from an interview they held. The coach knows what it says, so no
   * threshold counts it as a rater's answer (aggregation/answer-counts.ts). It names the coach's
   * own entries only: a rater's answer is never marked.
   */
  @Column('boolean', { default: false })
  interview: boolean;

  /**
   * For an interview, the first report version that counts it: from then on it stays, since a
   * version never changes and a later one must not count fewer answers. Null until then, and
   * for every rater's answer.
   */
  @Column('integer', { name: 'counted_in', nullable: true })
  countedIn: number | null;
}
