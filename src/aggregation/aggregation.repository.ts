import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { RaterGroupId, SurveyDefinition } from '../surveys/survey.types';
import type { Ratings, TextAnswers } from '../responses/response.entity';
import { sentimentOfComment } from '../reports/comment-theming';
import type { AggregateDelta, CampaignAggregates, CellAggregate, CommentSentiment, StoredComment } from './aggregate.types';

/** The per-group response tally lives beside the item and theme cells. */
export const RESPONSES_SCOPE = { kind: 'responses', id: '*' } as const;

export interface PendingResponse {
  id: string;
  campaignId: string;
  groupId: RaterGroupId;
  ratings: Ratings;
  texts: TextAnswers | null;
  survey: SurveyDefinition;
}

export type FoldWork = (response: PendingResponse) => { deltas: AggregateDelta[]; comments: StoredComment[] };

@Injectable()
export class AggregationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Folds one response into its campaign's aggregates exactly once. The response row is locked
   * and its `aggregated` flag is set in the same transaction as the increments, so a second
   * delivery of the job, or a racing worker, finds it already folded; a worker that dies mid-way
   * rolls everything back. With `skipLocked` (the sweep) a response being folded elsewhere is left alone.
   */
  async foldOnce(responseId: string, work: FoldWork, options: { skipLocked: boolean }): Promise<'folded' | 'already' | 'busy'> {
    return this.db.transaction(async (tx) => {
      const lock = options.skipLocked ? 'FOR UPDATE OF r SKIP LOCKED' : 'FOR UPDATE OF r';
      const rows: { id: string; campaign_id: string; group_id: RaterGroupId; ratings: Ratings; texts: TextAnswers | null; aggregated: boolean; survey_snapshot: SurveyDefinition }[] =
        await tx.query(
          `SELECT r.id, r.campaign_id, r.group_id, r.ratings, r.texts, r.aggregated, c.survey_snapshot
           FROM responses r JOIN campaigns c ON c.id = r.campaign_id WHERE r.id = $1 ${lock}`,
          [responseId],
        );
      const row = rows[0];
      if (!row) return options.skipLocked ? 'busy' : 'already';
      if (row.aggregated) return 'already';
      const response: PendingResponse = { id: row.id, campaignId: row.campaign_id, groupId: row.group_id, ratings: row.ratings, texts: row.texts, survey: row.survey_snapshot };
      const { deltas, comments } = work(response);
      await this.addToAggregates(tx, response.campaignId, response.groupId, deltas);
      await this.insertComments(tx, response.campaignId, comments);
      // The texts now live only as unlinked comments; the ratings stay so aggregates can be rebuilt.
      await tx.query(`UPDATE responses SET aggregated = true, texts = NULL WHERE id = $1`, [response.id]);
      return 'folded';
    });
  }

  async pendingResponseIds(limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(`SELECT id FROM responses WHERE NOT aggregated LIMIT $1`, [limit]);
    return rows.map((row) => row.id);
  }

  async loadAggregates(campaignId: string, db: DataSource | EntityManager = this.db): Promise<CampaignAggregates> {
    const rows: { group_id: RaterGroupId; scope_kind: string; scope_id: string; raters: number; ratings: number; sum: string; sum_squares: string; histogram: Record<string, number> }[] =
      await db.query(`SELECT group_id, scope_kind, scope_id, raters, ratings, sum, sum_squares, histogram FROM aggregates WHERE campaign_id = $1`, [campaignId]);
    const aggregates: CampaignAggregates = { responses: {}, items: {}, themes: {} };
    for (const row of rows) {
      if (row.scope_kind === RESPONSES_SCOPE.kind) {
        aggregates.responses[row.group_id] = row.raters;
        continue;
      }
      const cell: CellAggregate = { raters: row.raters, ratings: row.ratings, sum: Number(row.sum), sumSquares: Number(row.sum_squares), histogram: row.histogram };
      const byGroup = row.scope_kind === 'item' ? aggregates.items : aggregates.themes;
      (byGroup[row.group_id] ??= {})[row.scope_id] = cell;
    }
    return aggregates;
  }

  /**
   * A campaign's comments in their random order; with `releasedUpTo`, only those shown by that
   * report version. Comments folded before sentiment was stored get it computed here.
   */
  async loadComments(campaignId: string, db: DataSource | EntityManager = this.db, releasedUpTo: number | null = null): Promise<StoredComment[]> {
    const rows: { group_id: RaterGroupId; question_id: string; kind: StoredComment['kind']; text: string; theme_ids: string[]; sentiment: CommentSentiment | null; sort_key: number }[] = await db.query(
      `SELECT group_id, question_id, kind, text, theme_ids, sentiment, sort_key FROM comments
       WHERE campaign_id = $1 AND ($2::int IS NULL OR released_in <= $2::int) ORDER BY sort_key`,
      [campaignId, releasedUpTo],
    );
    return rows.map((row) => ({
      groupId: row.group_id,
      questionId: row.question_id,
      kind: row.kind,
      text: row.text,
      themeIds: row.theme_ids,
      sentiment: row.sentiment ?? sentimentOfComment(row.text, row.kind),
      sortKey: row.sort_key,
    }));
  }

  /**
   * One upsert for every cell the response touches. Rows are sorted so that concurrent folds
   * lock aggregate rows in the same order and cannot deadlock.
   */
  private async addToAggregates(tx: EntityManager, campaignId: string, groupId: RaterGroupId, deltas: AggregateDelta[]): Promise<void> {
    const rows = [
      { kind: RESPONSES_SCOPE.kind, id: RESPONSES_SCOPE.id, raters: 1, ratings: 0, sum: 0, sum_squares: 0, histogram: {} },
      ...deltas.map((delta) => ({ kind: delta.scopeKind, id: delta.scopeId, raters: delta.cell.raters, ratings: delta.cell.ratings, sum: delta.cell.sum, sum_squares: delta.cell.sumSquares, histogram: delta.cell.histogram })),
    ].sort((a, b) => (a.kind === b.kind ? a.id.localeCompare(b.id) : a.kind.localeCompare(b.kind)));
    await tx.query(
      `INSERT INTO aggregates (campaign_id, group_id, scope_kind, scope_id, raters, ratings, sum, sum_squares, histogram)
       SELECT $1, $2, d.kind, d.id, d.raters, d.ratings, d.sum, d.sum_squares, d.histogram
       FROM jsonb_to_recordset($3::jsonb) AS d(kind text, id text, raters int, ratings int, sum bigint, sum_squares bigint, histogram jsonb)
       ON CONFLICT (campaign_id, group_id, scope_kind, scope_id) DO UPDATE SET
         raters = aggregates.raters + EXCLUDED.raters,
         ratings = aggregates.ratings + EXCLUDED.ratings,
         sum = aggregates.sum + EXCLUDED.sum,
         sum_squares = aggregates.sum_squares + EXCLUDED.sum_squares,
         histogram = add_histograms(aggregates.histogram, EXCLUDED.histogram)`,
      [campaignId, groupId, JSON.stringify(rows)],
    );
  }

  private async insertComments(tx: EntityManager, campaignId: string, comments: StoredComment[]): Promise<void> {
    if (comments.length === 0) return;
    await tx.query(
      `INSERT INTO comments (id, campaign_id, group_id, question_id, kind, text, theme_ids, sentiment, sort_key)
       SELECT c.id, $1, c.group_id, c.question_id, c.kind, c.text, c.theme_ids, c.sentiment, c.sort_key
       FROM jsonb_to_recordset($2::jsonb) AS c(id uuid, group_id text, question_id text, kind text, text text, theme_ids jsonb, sentiment text, sort_key float8)`,
      [
        campaignId,
        JSON.stringify(
          comments.map((comment) => ({
            id: randomUUID(),
            group_id: comment.groupId,
            question_id: comment.questionId,
            kind: comment.kind,
            text: comment.text,
            theme_ids: comment.themeIds,
            sentiment: comment.sentiment,
            sort_key: comment.sortKey,
          })),
        ),
      ],
    );
  }
}
