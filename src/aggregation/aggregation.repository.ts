import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { RaterGroupId, SurveyDefinition } from '../surveys/survey.types';
import type { Ratings, TextAnswers } from '../responses/response.entity';
import { addToAggregates, readAggregates, subtractFromAggregates } from './aggregate-rows';
import type { CampaignAggregates, GroupFold } from './aggregate.types';
import type { CommentSentiment, StoredComment } from '../theming/comment.types';
import type { FoldPlan, WaitingAnswer } from './fold-planning';

/** A campaign's survey, and whether its waiting answers are all due to be folded now. */
const CAMPAIGN_TO_SETTLE = `SELECT survey_snapshot, now() AS now,
    status = 'closed' OR (closes_at IS NOT NULL AND closes_at <= now()) OR (fold_due_at IS NOT NULL AND fold_due_at <= now()) AS flush
  FROM campaigns WHERE id = $1`;

/** What a settle would find, read without a lock: the settle itself decides again under it. */
export interface SettlePreview {
  survey: SurveyDefinition;
  flush: boolean;
  waiting: (WaitingAnswer & { texts: TextAnswers | null })[];
}

export interface PendingResponse {
  id: string;
  groupId: RaterGroupId;
  /** Entered by the coach from an interview they held. */
  interview: boolean;
  ratings: Ratings;
  texts: TextAnswers | null;
}

/** Whether a campaign takes no more answers, and how many it received that are not folded yet. */
export interface FoldState {
  closedForAnswers: boolean;
  unfolded: number;
}

/** A comment a fold stores: the coach's interview notes name their interview, no rater's comment names its answer. */
export type FoldedComment = StoredComment & { interviewId?: string };

/** What the service decides inside the settle transaction; the repository only moves rows. */
export interface SettleWork {
  plan(survey: SurveyDefinition, waiting: WaitingAnswer[], flush: boolean): FoldPlan;
  fold(survey: SurveyDefinition, batch: PendingResponse[]): Promise<{ groups: GroupFold[]; comments: FoldedComment[] }>;
  /** The order rows are rewritten in: must come from the CSPRNG. */
  shuffle<T>(items: readonly T[]): T[];
  flushDueAt(now: Date): Date;
}

/**
 * Advisory locks of settles are taken as (this, hash of the campaign id): Postgres keeps the
 * two-key space apart from the one-key space the migrations lock in.
 */
const SETTLE_LOCK_SPACE = 360_360_002;

/** A process's claim to settle a campaign, its preparation included; released when done. */
export interface SettleClaim {
  release(): Promise<void>;
}

export interface SettleResult {
  folded: number;
  waiting: number;
  more: boolean;
}

@Injectable()
export class AggregationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * One settle transaction for a campaign. The campaign row is locked (FOR NO KEY UPDATE: it
   * serialises folds of the campaign, yet lets raters keep submitting, whose foreign key check
   * only takes a key-share lock), so every waiting answer is folded exactly once: a second
   * delivery of a job, or a racing worker, waits and then finds nothing more to fold; a worker
   * that dies mid-way rolls everything back. With `skipLocked` (the sweep) a campaign being
   * settled elsewhere is left alone.
   *
   * Whatever it folds, the transaction moves every waiting answer and every answered invitation
   * of the campaign (delete and re-insert, one by one in a CSPRNG order): afterwards they all carry
   * this transaction's id and sit in random physical order, so neither `xmin` nor `ctid` (nor the
   * row order of a dump) lines an answer up with the invitation that was flagged when it arrived.
   * Folded answers keep the id of the transaction that folded them, shared by their whole batch.
   */
  async settleOnce(campaignId: string, work: SettleWork, options: { skipLocked: boolean }): Promise<SettleResult | 'busy'> {
    return this.db.transaction(async (tx) => {
      const lock = options.skipLocked ? 'FOR NO KEY UPDATE SKIP LOCKED' : 'FOR NO KEY UPDATE';
      const [campaign]: { survey_snapshot: SurveyDefinition; flush: boolean; now: Date }[] = await tx.query(`${CAMPAIGN_TO_SETTLE} ${lock}`, [campaignId]);
      if (!campaign) return options.skipLocked ? 'busy' : { folded: 0, waiting: 0, more: false };
      const waiting: { id: string; group_id: RaterGroupId; interview: boolean }[] = await tx.query(
        `SELECT id, group_id, interview FROM responses WHERE campaign_id = $1 AND NOT aggregated FOR UPDATE`,
        [campaignId],
      );
      const survey = campaign.survey_snapshot;
      const plan = work.plan(
        survey,
        waiting.map((row) => ({ id: row.id, groupId: row.group_id, interview: row.interview })),
        campaign.flush,
      );

      if (plan.fold.length > 0) {
        const rows: { id: string; group_id: RaterGroupId; interview: boolean; ratings: Ratings; texts: TextAnswers | null }[] = await tx.query(
          `SELECT id, group_id, interview, ratings, texts FROM responses WHERE id = ANY($1::uuid[])`,
          [plan.fold],
        );
        const { groups, comments } = await work.fold(
          survey,
          rows.map((row) => ({ id: row.id, groupId: row.group_id, interview: row.interview, ratings: row.ratings, texts: row.texts })),
        );
        for (const group of groups) await addToAggregates(tx, campaignId, group);
        await this.insertComments(tx, campaignId, comments);
        // The texts now live only as unlinked comments; the ratings stay so aggregates can be rebuilt.
        await tx.query(`UPDATE responses SET aggregated = true, texts = NULL WHERE id = ANY($1::uuid[])`, [plan.fold]);
      }
      // With no answer waiting, every answered invitation and answer row was moved by the settle
      // that folded the last of them, and nothing since ties one to the other: moving them again
      // would only give them this transaction's id, which no fold shares.
      if (waiting.length > 0) {
        await tx.query(`SELECT move_rows_in_order('responses', $1::uuid[])`, [work.shuffle(waiting.map((row) => row.id))]);
        const answered: { id: string }[] = await tx.query(`SELECT id FROM invitations WHERE campaign_id = $1 AND answered FOR UPDATE`, [campaignId]);
        const moved = work.shuffle(answered.map((row) => row.id));
        // Moving an invitation deletes it, and its thanks with it (ON DELETE CASCADE): the thanks
        // recorded so far go back once it is in place again, or its thank-you would be sent and
        // forgotten. Read under the lock above, which a thank-you being recorded must wait for.
        const thanked: { invitation_id: string }[] = await tx.query(`SELECT invitation_id FROM invitation_thanks WHERE invitation_id = ANY($1::uuid[])`, [
          moved,
        ]);
        await tx.query(`SELECT move_rows_in_order('invitations', $1::uuid[])`, [moved]);
        if (thanked.length > 0)
          await tx.query(`INSERT INTO invitation_thanks (invitation_id) SELECT unnest($1::uuid[]) ON CONFLICT DO NOTHING`, [
            thanked.map((row) => row.invitation_id),
          ]);
      }
      await tx.query(`UPDATE campaigns SET answers_waiting = $2, fold_due_at = CASE WHEN $2 = 0 THEN NULL ELSE COALESCE(fold_due_at, $3) END WHERE id = $1`, [
        campaignId,
        plan.waiting,
        work.flushDueAt(campaign.now),
      ]);
      return { folded: plan.fold.length, waiting: plan.waiting, more: plan.more };
    });
  }

  /**
   * Claims the settling of a campaign for this process, or answers undefined when another holds
   * it. The claim is a session advisory lock on a connection of its own, held while the settle
   * prepares (embeds comments) and across its transactions: two processes never prepare the same
   * answers, and a process that dies lets go of it with its connection. The campaign row's lock
   * in each settle transaction still makes folding exactly once; the claim only saves the work.
   */
  async claimSettle(campaignId: string): Promise<SettleClaim | undefined> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    let claimed = false;
    try {
      const [row] = (await runner.query(`SELECT pg_try_advisory_lock($1, hashtext($2)) AS claimed`, [SETTLE_LOCK_SPACE, campaignId])) as { claimed: boolean }[];
      claimed = row.claimed;
    } finally {
      if (!claimed) await runner.release();
    }
    if (!claimed) return undefined;
    return {
      release: async () => {
        try {
          await runner.query(`SELECT pg_advisory_unlock($1, hashtext($2))`, [SETTLE_LOCK_SPACE, campaignId]);
        } catch {
          // The connection goes back to the pool: it must not keep the claim, whatever failed.
          await runner.query(`SELECT pg_advisory_unlock_all()`).catch(() => undefined);
        } finally {
          await runner.release();
        }
      },
    };
  }

  /**
   * A campaign's waiting answers with their open texts, read without a lock, so that what a
   * settle will fold can be prepared before its transaction (embedding the comments, which
   * takes the encoder some 10 ms each). An answer arriving in between is prepared inside instead.
   */
  async previewSettle(campaignId: string, limit: number): Promise<SettlePreview | undefined> {
    const [campaign]: { survey_snapshot: SurveyDefinition; flush: boolean }[] = await this.db.query(CAMPAIGN_TO_SETTLE, [campaignId]);
    if (!campaign) return undefined;
    const rows: { id: string; group_id: RaterGroupId; interview: boolean; texts: TextAnswers | null }[] = await this.db.query(
      `SELECT id, group_id, interview, texts FROM responses WHERE campaign_id = $1 AND NOT aggregated LIMIT $2`,
      [campaignId, limit],
    );
    return {
      survey: campaign.survey_snapshot,
      flush: campaign.flush,
      waiting: rows.map((row) => ({ id: row.id, groupId: row.group_id, interview: row.interview, texts: row.texts })),
    };
  }

  /**
   * Campaigns the sweep must settle: those with waiting answers that are closed or due for a
   * flush, and those holding an answer no settle has seen yet (its job never ran: Redis was away,
   * or the job was lost), which shows as a waiting count different from the one last recorded.
   */
  async campaignsToSettle(limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT c.id FROM campaigns c
       JOIN (SELECT campaign_id, COUNT(*)::int AS waiting FROM responses WHERE NOT aggregated GROUP BY campaign_id) w ON w.campaign_id = c.id
       WHERE c.status = 'closed' OR (c.closes_at IS NOT NULL AND c.closes_at <= now())
          OR c.fold_due_at IS NULL OR c.fold_due_at <= now() OR w.waiting <> c.answers_waiting
       LIMIT $1`,
      [limit],
    );
    return rows.map((row) => row.id);
  }

  /**
   * Whether a campaign takes no more answers (closed, or past its closing date), and how many
   * answers it received that no fold has taken in yet: one count for the whole campaign, never
   * per group, which progress already gives as answered minus aggregated. Read in the report's
   * transaction, it is of the same moment as the aggregates read there.
   */
  async foldState(campaignId: string, db: DataSource | EntityManager = this.db): Promise<FoldState> {
    const rows: FoldState[] = await db.query(
      `SELECT status = 'closed' OR (closes_at IS NOT NULL AND closes_at <= now()) AS "closedForAnswers",
              (SELECT COUNT(*)::int FROM responses WHERE campaign_id = $1 AND NOT aggregated) AS unfolded
       FROM campaigns WHERE id = $1`,
      [campaignId],
    );
    return rows[0] ?? { closedForAnswers: false, unfolded: 0 };
  }

  async loadAggregates(campaignId: string, db: DataSource | EntityManager = this.db): Promise<CampaignAggregates> {
    return readAggregates(db, campaignId);
  }

  /** Takes a folded interview back out of its group's aggregates (see aggregate-rows.ts), in a transaction holding the campaign's row. */
  async subtractFromAggregates(tx: EntityManager, campaignId: string, group: GroupFold): Promise<void> {
    await subtractFromAggregates(tx, campaignId, group);
  }

  /** A campaign's comments in their random order; with `releasedUpTo`, only those shown by that report version. */
  async loadComments(campaignId: string, db: DataSource | EntityManager = this.db, releasedUpTo: number | null = null): Promise<StoredComment[]> {
    const rows: {
      id: string;
      group_id: RaterGroupId;
      question_id: string;
      kind: StoredComment['kind'];
      text: string;
      theme_ids: string[];
      sentiment: CommentSentiment;
      sort_key: number;
      confidence: number | null;
      second_theme_id: string | null;
      language: string | null;
      theming_failed: boolean;
    }[] = await db.query(
      `SELECT id, group_id, question_id, kind, text, theme_ids, sentiment, sort_key, confidence, second_theme_id, language, theming_failed FROM comments
       WHERE campaign_id = $1 AND ($2::int IS NULL OR released_in <= $2::int) ORDER BY sort_key`,
      [campaignId, releasedUpTo],
    );
    return rows.map((row) => ({
      id: row.id,
      groupId: row.group_id,
      questionId: row.question_id,
      kind: row.kind,
      text: row.text,
      themeIds: row.theme_ids,
      sentiment: row.sentiment,
      sortKey: row.sort_key,
      confidence: row.confidence,
      secondThemeId: row.second_theme_id,
      language: row.language,
      themingFailed: row.theming_failed,
    }));
  }

  /** Inserted in the order given (the service shuffles the batch's comments across its answers). */
  private async insertComments(tx: EntityManager, campaignId: string, comments: FoldedComment[]): Promise<void> {
    if (comments.length === 0) return;
    await tx.query(
      `INSERT INTO comments (id, campaign_id, group_id, question_id, kind, text, theme_ids, sentiment, sort_key, confidence, second_theme_id, language, theming_failed, interview_id)
       SELECT c.id, $1, c.group_id, c.question_id, c.kind, c.text, c.theme_ids, c.sentiment, c.sort_key, c.confidence, c.second_theme_id, c.language, c.theming_failed, c.interview_id
       FROM jsonb_to_recordset($2::jsonb) AS c(id uuid, group_id text, question_id text, kind text, text text, theme_ids jsonb, sentiment text, sort_key float8, confidence float8, second_theme_id text, language text, theming_failed boolean, interview_id uuid)`,
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
            confidence: comment.confidence ?? null,
            second_theme_id: comment.secondThemeId ?? null,
            language: comment.language ?? null,
            theming_failed: comment.themingFailed === true,
            interview_id: comment.interviewId ?? null,
          })),
        ),
      ],
    );
  }
}
