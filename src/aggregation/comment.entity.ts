import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CampaignScopedEntity } from '../campaigns/campaign-scoped.entity';
import type { CommentKind, CommentSentiment } from '../theming/comment.types';

/** One open-text answer, with no link to its response or to the rater's other comments. */
@Entity('comments')
@Index('IDX_comments_campaign_released', ['campaignId', 'releasedIn'])
export class CommentEntity extends CampaignScopedEntity {
  @PrimaryColumn('uuid')
  id: string;

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

  /** Classified at fold time (comments folded before that were given theirs by a migration). */
  @Column('text')
  sentiment: CommentSentiment;

  /** Random, fixed at fold time: the report's order, unrelated to arrival order. */
  @Column('double precision', { name: 'sort_key' })
  sortKey: number;

  /** The calibrated probability that `themeIds` is exactly right; null for comments themed before it was computed. */
  @Column('double precision', { nullable: true })
  confidence: number | null;

  /** A theme not given that scored close to those given, offered to the coach's review. */
  @Column('text', { name: 'second_theme_id', nullable: true })
  secondThemeId: string | null;

  /**
   * The language of a comment theming cannot read (ISO 639-1, as `fr`), found from its text alone;
   * null when theming read it. Such a comment was never classified: it has no themes.
   */
  @Column('text', { nullable: true })
  language: string | null;

  /** True when software failed to theme the comment: it has no theme, and the coach's review says so (a fault to file by hand). */
  @Column('boolean', { name: 'theming_failed', default: false })
  themingFailed: boolean;

  /**
   * The interview whose notes this comment holds, so that the coach can remove the interview
   * until a version counts it; null for every rater's comment, which names no answer.
   */
  @Column('uuid', { name: 'interview_id', nullable: true })
  interviewId: string | null;

  /** The report version that first showed this comment; null until its group's answers are in one. */
  @Column('integer', { name: 'released_in', nullable: true })
  releasedIn: number | null;
}
