import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { CampaignAggregates } from '../../aggregation/aggregate.types';
import type { StoredComment } from '../../theming/comment.types';
import { AggregationRepository } from '../../aggregation/aggregation.repository';
import type { RaterGroupId } from '../../surveys/survey.types';
import type { Report } from '../assembly/report.types';
import type { PublishedVersion, ShownFigure } from '../disclosure/version-disclosure';
import { withReviewStatement } from '../review/comment-review';
import { type BodyMeta, type Coding, type StoredBody, storedBodyOf, type StoredBodyFor } from './stored-body';

export interface StoredVersion {
  number: number;
  createdAt: Date;
  releasedAt: Date | null;
  frozen: CampaignAggregates;
  figures: ShownFigure[];
  report: Report;
}

export interface NewVersion {
  number: number;
  createdAt: Date;
  frozen: CampaignAggregates;
  figures: ShownFigure[];
  report: Report;
}

/**
 * What deciding on a new version needs of the latest one: never its report, which is large, and
 * which Postgres would have to read whole and decompress even for a part of it.
 */
export interface VersionHead {
  number: number;
  frozen: CampaignAggregates;
}

/** The columns of a version itself, without what it is served from (see stored-body.ts). */
const VERSION = `number, created_at, released_at, frozen, figures, report`;

interface VersionRow {
  number: number;
  created_at: Date;
  released_at: Date | null;
  frozen: CampaignAggregates;
  figures: ShownFigure[];
  report: Report;
}

const toVersion = (row: VersionRow): StoredVersion => ({
  number: row.number,
  createdAt: row.created_at,
  releasedAt: row.released_at,
  frozen: row.frozen,
  figures: row.figures,
  report: row.report,
});

/** Postgres: a concurrent cut of the same version number, or a concurrent release of its comments. */
export function isConcurrentCut(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === '40001';
}

@Injectable()
export class ReportVersionRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly aggregation: AggregationRepository,
  ) {}

  async latest(campaignId: string, db: DataSource | EntityManager = this.db): Promise<StoredVersion | null> {
    const rows: VersionRow[] = await db.query(`SELECT ${VERSION} FROM report_versions WHERE campaign_id = $1 ORDER BY number DESC LIMIT 1`, [campaignId]);
    return rows[0] ? toVersion(rows[0]) : null;
  }

  async get(campaignId: string, number: number, db: DataSource | EntityManager = this.db): Promise<StoredVersion | null> {
    const rows: VersionRow[] = await db.query(`SELECT ${VERSION} FROM report_versions WHERE campaign_id = $1 AND number = $2`, [campaignId, number]);
    return rows[0] ? toVersion(rows[0]) : null;
  }

  async latestHead(campaignId: string, db: DataSource | EntityManager = this.db): Promise<VersionHead | null> {
    const rows: VersionHead[] = await db.query(`SELECT number, frozen FROM report_versions WHERE campaign_id = $1 ORDER BY number DESC LIMIT 1`, [campaignId]);
    return rows[0] ?? null;
  }

  /** The number of the campaign's latest version, or null before the first. */
  async latestNumber(campaignId: string): Promise<number | null> {
    const rows: { number: number }[] = await this.db.query(`SELECT MAX(number) AS number FROM report_versions WHERE campaign_id = $1`, [campaignId]);
    return rows[0]?.number ?? null;
  }

  async buckets(tx: EntityManager, campaignId: string, number: number): Promise<Report['buckets']> {
    const rows: { buckets: Report['buckets'] }[] = await tx.query(
      `SELECT report->'buckets' AS buckets FROM report_versions WHERE campaign_id = $1 AND number = $2`,
      [campaignId, number],
    );
    return rows[0]?.buckets ?? [];
  }

  /**
   * What version `number` is served from, in one coding, or null when there is no such version.
   * Its text is the report as stored (Postgres prints a jsonb value the same way every time), so
   * these are the same bytes at every read; the release writes its time into the report once, and
   * it never changes after. A version read for the first time since it was cut or changed gets
   * them worked out and stored.
   */
  async storedBody<C extends Coding>(campaignId: string, number: number, coding: C): Promise<StoredBodyFor<C> | null> {
    const columns = coding === 'gzip' ? 'gzip_head AS "gzipHead", gzip_tail AS "gzipTail"' : 'body AS text';
    const rows: ({ meta: BodyMeta | null } & StoredBodyFor<C>)[] = await this.db.query(
      `SELECT body_meta AS meta, ${columns} FROM report_versions WHERE campaign_id = $1 AND number = $2`,
      [campaignId, number],
    );
    if (!rows[0]) return null;
    if (rows[0].meta !== null) return rows[0];
    return this.storeBody(campaignId, number);
  }

  /**
   * Works out what a version is served from and stores it, unless the version changed since its
   * report was read here (its row version, xmin, is no longer the one read): that change emptied
   * the columns, and the next read fills them from the new report.
   */
  private async storeBody(campaignId: string, number: number): Promise<StoredBody | null> {
    const rows: { rowVersion: string; raw: string }[] = await this.db.query(
      `SELECT xmin::text AS "rowVersion", report::text AS raw FROM report_versions WHERE campaign_id = $1 AND number = $2`,
      [campaignId, number],
    );
    if (!rows[0]) return null;
    // Versions cut before the coach could review comment themes lack that statement: served with
    // it, as every other read of them is. jsonb prints keys as `, "key": `.
    const { raw } = rows[0];
    const text = /[{,] "commentReview": /.test(raw) ? raw : JSON.stringify(withReviewStatement(JSON.parse(raw) as Report));
    const body = storedBodyOf(text);
    await this.db.query(
      `UPDATE report_versions SET body = $3, body_meta = $4, gzip_head = $5, gzip_tail = $6
       WHERE campaign_id = $1 AND number = $2 AND body_meta IS NULL AND xmin = $7::xid`,
      [campaignId, number, body.text, JSON.stringify(body.meta), body.gzipHead, body.gzipTail, rows[0].rowVersion],
    );
    return body;
  }

  async latestReleased(campaignId: string): Promise<StoredVersion | null> {
    const rows: VersionRow[] = await this.db.query(
      `SELECT ${VERSION} FROM report_versions WHERE campaign_id = $1 AND released_at IS NOT NULL ORDER BY number DESC LIMIT 1`,
      [campaignId],
    );
    return rows[0] ? toVersion(rows[0]) : null;
  }

  async list(campaignId: string): Promise<{ number: number; createdAt: Date; releasedAt: Date | null; responses: number }[]> {
    const rows: { number: number; created_at: Date; released_at: Date | null; responses: number }[] = await this.db.query(
      `SELECT number, created_at, released_at, (report->>'aggregatedResponses')::int AS responses FROM report_versions WHERE campaign_id = $1 ORDER BY number`,
      [campaignId],
    );
    return rows.map((row) => ({ number: row.number, createdAt: row.created_at, releasedAt: row.released_at, responses: row.responses }));
  }

  /**
   * A version locked for the coach's review: a release waits until the review's transaction ends,
   * so a decision never lands in a version released meanwhile.
   */
  async lockForReview(tx: EntityManager, campaignId: string, number: number): Promise<StoredVersion | null> {
    const rows: VersionRow[] = await tx.query(`SELECT ${VERSION} FROM report_versions WHERE campaign_id = $1 AND number = $2 FOR UPDATE`, [campaignId, number]);
    return rows[0] ? toVersion(rows[0]) : null;
  }

  /** The published versions before `number`, oldest first: the history that version was cut against. */
  async historyBefore(tx: EntityManager, campaignId: string, number: number): Promise<PublishedVersion[]> {
    const rows: { frozen: CampaignAggregates; figures: ShownFigure[] }[] = await tx.query(
      `SELECT frozen, figures FROM report_versions WHERE campaign_id = $1 AND number < $2 ORDER BY number`,
      [campaignId, number],
    );
    return rows;
  }

  /** Replaces the report of a version not yet released (its figures never change: only where its comments stand). */
  async replaceUnreleasedReport(tx: EntityManager, campaignId: string, number: number, report: Report): Promise<void> {
    await tx.query(`UPDATE report_versions SET report = $3 WHERE campaign_id = $1 AND number = $2 AND released_at IS NULL`, [
      campaignId,
      number,
      JSON.stringify(report),
    ]);
  }

  /** Every published version, oldest first, as the disclosure ledger reads them. */
  async history(tx: EntityManager, campaignId: string): Promise<PublishedVersion[]> {
    const rows: { frozen: CampaignAggregates; figures: ShownFigure[] }[] = await tx.query(
      `SELECT frozen, figures FROM report_versions WHERE campaign_id = $1 ORDER BY number`,
      [campaignId],
    );
    return rows;
  }

  /** The frozen aggregates of versions 1..`number`, oldest first. */
  async frozenUpTo(campaignId: string, number: number): Promise<CampaignAggregates[]> {
    const rows: { frozen: CampaignAggregates }[] = await this.db.query(
      `SELECT frozen FROM report_versions WHERE campaign_id = $1 AND number <= $2 ORDER BY number`,
      [campaignId, number],
    );
    return rows.map((row) => row.frozen);
  }

  /**
   * Cuts a version in one REPEATABLE READ transaction, so that the aggregates it reads and the
   * comments it releases are of the same moment: no comment of an answer the version does not
   * count. `cut` gets the current aggregates and decides; it reads the history (every version's
   * aggregates and figures) only when it does cut, since most reads find nothing new. Returning
   * null cuts nothing.
   */
  async cut<T>(
    campaignId: string,
    cut: (tx: EntityManager, current: CampaignAggregates, history: () => Promise<PublishedVersion[]>, latest: VersionHead | null) => Promise<T>,
  ): Promise<T> {
    return this.db.transaction('REPEATABLE READ', async (tx) => {
      const [latest, current] = await Promise.all([this.latestHead(campaignId, tx), this.aggregation.loadAggregates(campaignId, tx)]);
      return cut(tx, current, () => this.history(tx, campaignId), latest);
    });
  }

  /**
   * The interviews of these groups that no version counted before are counted by `number` from
   * now on, and stay (responses.counted_in). Run in the cut's transaction, so these are exactly
   * the interviews in its aggregates. It also keeps a removal from overlapping the cut: an
   * interview removed after the cut read the aggregates makes this fail as a concurrent cut
   * (REPEATABLE READ: "could not serialize"), and a removal starting after this waits for the
   * cut's end, then finds the interview counted (InterviewRepository.remove).
   */
  async countInterviews(tx: EntityManager, campaignId: string, groups: readonly RaterGroupId[], number: number): Promise<void> {
    await tx.query(
      `UPDATE responses SET counted_in = $3 WHERE campaign_id = $1 AND interview AND aggregated AND counted_in IS NULL AND group_id = ANY($2::text[])`,
      [campaignId, groups, number],
    );
  }

  /** The comments of these groups not yet in any version now first appear in `number`. */
  async releaseComments(tx: EntityManager, campaignId: string, groups: readonly RaterGroupId[], number: number): Promise<void> {
    await tx.query(`UPDATE comments SET released_in = $3 WHERE campaign_id = $1 AND released_in IS NULL AND group_id = ANY($2::text[])`, [
      campaignId,
      groups,
      number,
    ]);
  }

  async commentsUpTo(db: DataSource | EntityManager, campaignId: string, number: number): Promise<StoredComment[]> {
    return this.aggregation.loadComments(campaignId, db, number);
  }

  async insert(tx: EntityManager, campaignId: string, version: NewVersion): Promise<void> {
    await tx.query(
      `INSERT INTO report_versions (campaign_id, number, created_at, released_at, frozen, figures, report) VALUES ($1, $2, $3, NULL, $4, $5, $6)`,
      [campaignId, version.number, version.createdAt, JSON.stringify(version.frozen), JSON.stringify(version.figures), JSON.stringify(version.report)],
    );
  }

  /**
   * Marks a version released, once; the frozen report records its release time too, written as
   * JavaScript writes its other times (ISO 8601 in UTC), not as the server's time zone would.
   */
  async release(campaignId: string, number: number, at: Date): Promise<void> {
    await this.db.query(
      `UPDATE report_versions SET released_at = $3, report = jsonb_set(report, '{version,releasedAt}', to_jsonb($4::text))
       WHERE campaign_id = $1 AND number = $2 AND released_at IS NULL`,
      [campaignId, number, at, at.toISOString()],
    );
  }
}
