import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { GroupFold } from '../aggregation/aggregate.types';
import { AggregationRepository } from '../aggregation/aggregation.repository';
import type { RaterGroupId, SurveyDefinition } from '../surveys/survey.types';
import { INTERVIEW_NOTES_KEY } from '../theming/open-comments';
import type { Ratings, TextAnswers } from './response.entity';

/** An interview the coach entered, as the coach reads it back. */
export interface StoredInterview {
  id: string;
  groupId: RaterGroupId;
  enteredOn: string;
  ratings: Ratings;
  /** Null only for an interview folded before notes were tied to their interview. */
  notes: string | null;
  /** The first report version that counts it: from then on it stays. */
  countedIn: number | null;
  /** Folded before its notes were tied to it: taking it out would leave its notes behind. */
  notesUntied: boolean;
}

/** Why an interview cannot be removed or corrected. */
export type InterviewRefusal =
  | { reason: 'unknown' }
  | { reason: 'counted'; version: number }
  | { reason: 'notes-untied' }
  /** A correction enters the interview anew, which a campaign that takes no answers refuses. */
  | { reason: 'closed' };

export type InterviewChange = { done: true } | ({ done: false } & InterviewRefusal);

const refused = (refusal: InterviewRefusal): InterviewChange => ({ done: false, ...refusal });

/** An interview as the coach enters it, or corrects it. */
export interface EnteredInterview {
  groupId: RaterGroupId;
  ratings: Ratings;
  notes: string;
}

/** What taking an interview's ratings back out of its group's aggregates subtracts. */
export type Unfold = (survey: SurveyDefinition, interview: { groupId: RaterGroupId; ratings: Ratings }) => GroupFold;

/** The coach's interview rows: entered, read back, and taken out again until a version counts them. */
@Injectable()
export class InterviewRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly aggregation: AggregationRepository,
  ) {}

  /** Stores an interview, or answers false when the campaign takes no answers (checked under a key-share lock, as for raters). */
  async insert(campaignId: string, interview: EnteredInterview): Promise<boolean> {
    return this.insertWith(this.db, campaignId, interview, { id: randomUUID(), enteredOn: null });
  }

  /** `place`: the interview's id, and the day it was entered (null: today). */
  private async insertWith(
    db: DataSource | EntityManager,
    campaignId: string,
    interview: EnteredInterview,
    place: { id: string; enteredOn: string | null },
  ): Promise<boolean> {
    const inserted: { id: string }[] = await db.query(
      `WITH open AS (SELECT id FROM campaigns WHERE id = $2 AND status = 'open' AND (closes_at IS NULL OR closes_at > now()) FOR KEY SHARE)
       INSERT INTO responses (id, campaign_id, group_id, submitted_on, ratings, texts, interview)
       SELECT $1, open.id, $3, COALESCE($6::date, CURRENT_DATE), $4, $5, true FROM open RETURNING id`,
      [
        place.id,
        campaignId,
        interview.groupId,
        JSON.stringify(interview.ratings),
        JSON.stringify({ [INTERVIEW_NOTES_KEY]: interview.notes } satisfies TextAnswers),
        place.enteredOn,
      ],
    );
    return inserted.length > 0;
  }

  /** A campaign's interviews, oldest day first: the notes are still on the row until folded, then in their comment. */
  async list(campaignId: string): Promise<StoredInterview[]> {
    const rows: {
      id: string;
      group_id: RaterGroupId;
      entered_on: string;
      ratings: Ratings;
      aggregated: boolean;
      counted_in: number | null;
      waiting_notes: string | null;
      folded_notes: string | null;
    }[] = await this.db.query(
      `SELECT r.id, r.group_id, to_char(r.submitted_on, 'YYYY-MM-DD') AS entered_on, r.ratings, r.aggregated, r.counted_in,
              r.texts->>'${INTERVIEW_NOTES_KEY}' AS waiting_notes, c.text AS folded_notes
       FROM responses r LEFT JOIN comments c ON c.campaign_id = r.campaign_id AND c.interview_id = r.id
       WHERE r.campaign_id = $1 AND r.interview ORDER BY r.submitted_on, r.group_id, r.id`,
      [campaignId],
    );
    return rows.map((row) => ({
      id: row.id,
      groupId: row.group_id,
      enteredOn: row.entered_on,
      ratings: row.ratings,
      notes: row.aggregated ? row.folded_notes : row.waiting_notes,
      countedIn: row.counted_in,
      notesUntied: row.aggregated && row.folded_notes === null,
    }));
  }

  /** Takes an interview back out (see takeOut), unless a report version counts it. */
  async remove(campaignId: string, interviewId: string, unfold: Unfold): Promise<InterviewChange> {
    return this.db.transaction(async (tx) => {
      const taken = await this.takeOut(tx, campaignId, interviewId, unfold);
      return 'reason' in taken ? refused(taken) : { done: true };
    });
  }

  /**
   * Puts `corrected` in the place of an interview, in one transaction: the interview is taken
   * out (see takeOut) and the correction entered under its id and day, folded like a new one, so
   * the same correction sent twice gives the same result. Refused when a version counts the
   * interview, or when the campaign no longer takes answers.
   */
  async replace(campaignId: string, interviewId: string, unfold: Unfold, corrected: EnteredInterview): Promise<InterviewChange> {
    return this.db
      .transaction(async (tx): Promise<InterviewChange> => {
        const taken = await this.takeOut(tx, campaignId, interviewId, unfold);
        if ('reason' in taken) return refused(taken);
        // The campaign's row is held since takeOut: a close waits, so it cannot slip in between.
        const place = { id: interviewId, enteredOn: taken.enteredOn };
        if (!taken.open || !(await this.insertWith(tx, campaignId, corrected, place))) throw new InterviewRefused({ reason: 'closed' });
        return { done: true };
      })
      .catch((error: unknown) => {
        if (error instanceof InterviewRefused) return refused(error.refusal);
        throw error;
      });
  }

  /**
   * Takes an interview out: its row, its notes comment and what it added to the aggregates,
   * unless a report version counts it. The campaign's row is held as a settle holds it, so the
   * interview is either still waiting or wholly folded. A version cut meanwhile cannot count it
   * unnoticed: the cut marks what it counts (ReportVersionRepository.countInterviews) and releases
   * the notes, and those rows are locked here, so one of the two waits for the other, and a cut
   * that read the interview before it went fails as a concurrent cut.
   */
  private async takeOut(
    tx: EntityManager,
    campaignId: string,
    interviewId: string,
    unfold: Unfold,
  ): Promise<InterviewRefusal | { open: boolean; enteredOn: string }> {
    const [campaign]: { survey_snapshot: SurveyDefinition; open: boolean }[] = await tx.query(
      `SELECT survey_snapshot, status = 'open' AND (closes_at IS NULL OR closes_at > now()) AS open FROM campaigns WHERE id = $1 FOR NO KEY UPDATE`,
      [campaignId],
    );
    const [row]: { group_id: RaterGroupId; ratings: Ratings; aggregated: boolean; counted_in: number | null; entered_on: string }[] = campaign
      ? await tx.query(
          `SELECT group_id, ratings, aggregated, counted_in, submitted_on::text AS entered_on FROM responses WHERE id = $1 AND campaign_id = $2 AND interview FOR UPDATE`,
          [interviewId, campaignId],
        )
      : [];
    if (!row) return { reason: 'unknown' };
    if (row.counted_in !== null) return { reason: 'counted', version: row.counted_in };
    if (row.aggregated) {
      const [notes]: { id: string; released_in: number | null }[] = await tx.query(
        `SELECT id, released_in FROM comments WHERE campaign_id = $1 AND interview_id = $2 FOR UPDATE`,
        [campaignId, interviewId],
      );
      if (!notes) return { reason: 'notes-untied' };
      // A version that showed its notes counted it, even one cut by a process that did not mark it.
      if (notes.released_in !== null) return { reason: 'counted', version: notes.released_in };
      await tx.query(`DELETE FROM comments WHERE id = $1`, [notes.id]);
      await this.aggregation.subtractFromAggregates(tx, campaignId, unfold(campaign.survey_snapshot, { groupId: row.group_id, ratings: row.ratings }));
    }
    await tx.query(`DELETE FROM responses WHERE id = $1`, [interviewId]);
    return { open: campaign.open, enteredOn: row.entered_on };
  }
}

/** Rolls a correction back: what was taken out goes back in. */
class InterviewRefused extends Error {
  constructor(readonly refusal: InterviewRefusal) {
    super(`interview change refused: ${refusal.reason}`);
  }
}
