import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CommentEntity } from '../../aggregation/comment.entity';
import { ReportVersionEntity } from '../versions/report-version.entity';
import type { ReviewDecision } from './comment-review';

/**
 * The themes the coach settled on for one comment in one report version. It belongs to the
 * version: it is written only while the version is unreleased, and deleted with it.
 */
@Entity('comment_reviews')
export class CommentReviewEntity {
  @PrimaryColumn('uuid', { name: 'campaign_id', primaryKeyConstraintName: 'PK_comment_reviews' })
  campaignId: string;

  @PrimaryColumn('integer', { name: 'version_number', primaryKeyConstraintName: 'PK_comment_reviews' })
  versionNumber: number;

  @Index('IDX_comment_reviews_comment')
  @PrimaryColumn('uuid', { name: 'comment_id', primaryKeyConstraintName: 'PK_comment_reviews' })
  commentId: string;

  @ManyToOne(() => ReportVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'campaign_id', referencedColumnName: 'campaignId', foreignKeyConstraintName: 'FK_comment_reviews_version' },
    { name: 'version_number', referencedColumnName: 'number', foreignKeyConstraintName: 'FK_comment_reviews_version' },
  ])
  version?: ReportVersionEntity;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id', foreignKeyConstraintName: 'FK_comment_reviews_comment' })
  comment?: CommentEntity;

  /** The coach's last action on the comment in this version. */
  @Column('text')
  decision: ReviewDecision;

  /** The comment's themes in this version after that action, in survey order; empty when unthemed. */
  @Column('jsonb', { name: 'theme_ids' })
  themeIds: string[];

  @Column('timestamptz', { name: 'reviewed_at' })
  reviewedAt: Date;
}
