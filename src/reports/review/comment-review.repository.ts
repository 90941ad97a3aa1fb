import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { ReviewDecision, StoredDecision } from './comment-review';

/** The coach's decisions on comments, per report version. */
@Injectable()
export class CommentReviewRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async forVersion(campaignId: string, number: number, db: DataSource | EntityManager = this.db): Promise<StoredDecision[]> {
    const rows: { comment_id: string; decision: ReviewDecision; theme_ids: string[] }[] = await db.query(
      `SELECT comment_id, decision, theme_ids FROM comment_reviews WHERE campaign_id = $1 AND version_number = $2`,
      [campaignId, number],
    );
    return rows.map((row) => ({ commentId: row.comment_id, decision: row.decision, themeIds: row.theme_ids }));
  }

  async save(tx: EntityManager, campaignId: string, number: number, decision: StoredDecision, at: Date): Promise<void> {
    await tx.query(
      `INSERT INTO comment_reviews (campaign_id, version_number, comment_id, decision, theme_ids, reviewed_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (campaign_id, version_number, comment_id) DO UPDATE SET decision = EXCLUDED.decision, theme_ids = EXCLUDED.theme_ids, reviewed_at = EXCLUDED.reviewed_at`,
      [campaignId, number, decision.commentId, decision.decision, JSON.stringify(decision.themeIds), at],
    );
  }

  /** A new version starts from the decisions of the one before it, for the same comments (a version shows every comment its predecessor showed). */
  async carryForward(tx: EntityManager, campaignId: string, from: number, to: number): Promise<void> {
    await tx.query(
      `INSERT INTO comment_reviews (campaign_id, version_number, comment_id, decision, theme_ids, reviewed_at)
       SELECT campaign_id, $3, comment_id, decision, theme_ids, reviewed_at FROM comment_reviews WHERE campaign_id = $1 AND version_number = $2`,
      [campaignId, from, to],
    );
  }
}
