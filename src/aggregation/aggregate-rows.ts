import type { DataSource, EntityManager } from 'typeorm';
import type { RaterGroupId } from '../surveys/survey.types';
import type { CampaignAggregates, CellAggregate, GroupFold } from './aggregate.types';
import { emptyCell, subtractCells } from './cell-statistics';

/**
 * The rows of `aggregates`: per campaign, group and scope (an item, a theme, or the group's
 * response tally), the running totals a fold adds to and a removed interview is taken back out of.
 */

/** The per-group response tally lives beside the item and theme cells. */
const RESPONSES_SCOPE = { kind: 'responses', id: '*' } as const;

/** An aggregates row as Postgres gives it (bigint columns come as text). */
interface AggregateRow {
  scope_kind: string;
  scope_id: string;
  raters: number;
  interview_raters: number;
  ratings: number;
  sum: string;
  sum_squares: string;
  histogram: Record<string, number>;
}

const cellOfRow = (row: AggregateRow): CellAggregate => ({
  raters: row.raters,
  ratings: row.ratings,
  sum: Number(row.sum),
  sumSquares: Number(row.sum_squares),
  histogram: row.histogram,
  ...(row.interview_raters > 0 ? { interviews: row.interview_raters } : {}),
});

/** Every cell a group's batch touches, its response tally first (a tally counts answers, not ratings). */
function cellsOf(group: GroupFold): { kind: string; id: string; cell: CellAggregate }[] {
  return [
    { kind: RESPONSES_SCOPE.kind, id: RESPONSES_SCOPE.id, cell: { ...emptyCell(), raters: group.responses, interviews: group.interviews } },
    ...group.deltas.map((delta) => ({ kind: delta.scopeKind, id: delta.scopeId, cell: delta.cell })),
  ];
}

/** A cell as a record of CELL_RECORDS, the shape both writes read their rows in. */
const recordOf = (kind: string, id: string, cell: CellAggregate) => ({
  kind,
  id,
  raters: cell.raters,
  interview_raters: cell.interviews ?? 0,
  ratings: cell.ratings,
  sum: cell.sum,
  sum_squares: cell.sumSquares,
  histogram: cell.histogram,
});

const CELL_RECORDS = `jsonb_to_recordset($3::jsonb) AS d(kind text, id text, raters int, interview_raters int, ratings int, sum bigint, sum_squares bigint, histogram jsonb)`;

/** Every aggregate of a campaign, as the report builder reads them. */
export async function readAggregates(db: DataSource | EntityManager, campaignId: string): Promise<CampaignAggregates> {
  const rows: (AggregateRow & { group_id: RaterGroupId })[] = await db.query(
    `SELECT group_id, scope_kind, scope_id, raters, interview_raters, ratings, sum, sum_squares, histogram FROM aggregates WHERE campaign_id = $1`,
    [campaignId],
  );
  const aggregates: CampaignAggregates = { responses: {}, items: {}, themes: {} };
  for (const row of rows) {
    if (row.scope_kind === RESPONSES_SCOPE.kind) {
      aggregates.responses[row.group_id] = row.raters;
      if (row.interview_raters > 0) (aggregates.interviews ??= {})[row.group_id] = row.interview_raters;
      continue;
    }
    const cell = cellOfRow(row);
    const byGroup = row.scope_kind === 'item' ? aggregates.items : aggregates.themes;
    (byGroup[row.group_id] ??= {})[row.scope_id] = cell;
  }
  return aggregates;
}

/**
 * One upsert for every cell a group's batch touches. Rows are sorted so that concurrent folds
 * lock aggregate rows in the same order and cannot deadlock.
 */
export async function addToAggregates(tx: EntityManager, campaignId: string, group: GroupFold): Promise<void> {
  const rows = cellsOf(group)
    .map(({ kind, id, cell }) => recordOf(kind, id, cell))
    .sort((a, b) => (a.kind === b.kind ? a.id.localeCompare(b.id) : a.kind.localeCompare(b.kind)));
  await tx.query(
    `INSERT INTO aggregates (campaign_id, group_id, scope_kind, scope_id, raters, interview_raters, ratings, sum, sum_squares, histogram)
     SELECT $1, $2, d.kind, d.id, d.raters, d.interview_raters, d.ratings, d.sum, d.sum_squares, d.histogram
     FROM ${CELL_RECORDS}
     ON CONFLICT (campaign_id, group_id, scope_kind, scope_id) DO UPDATE SET
       raters = aggregates.raters + EXCLUDED.raters,
       interview_raters = aggregates.interview_raters + EXCLUDED.interview_raters,
       ratings = aggregates.ratings + EXCLUDED.ratings,
       sum = aggregates.sum + EXCLUDED.sum,
       sum_squares = aggregates.sum_squares + EXCLUDED.sum_squares,
       histogram = add_histograms(aggregates.histogram, EXCLUDED.histogram)`,
    [campaignId, group.groupId, JSON.stringify(rows)],
  );
}

/**
 * Takes a folded batch back out of its group's aggregates (an interview the coach removes), in a
 * transaction holding the campaign's row as a settle does. A cell left with no answer goes, as if
 * the batch had never been folded.
 */
export async function subtractFromAggregates(tx: EntityManager, campaignId: string, group: GroupFold): Promise<void> {
  const stored: AggregateRow[] = await tx.query(
    `SELECT scope_kind, scope_id, raters, interview_raters, ratings, sum, sum_squares, histogram FROM aggregates
     WHERE campaign_id = $1 AND group_id = $2 ORDER BY scope_kind, scope_id FOR UPDATE`,
    [campaignId, group.groupId],
  );
  const byScope = new Map(stored.map((row) => [`${row.scope_kind}:${row.scope_id}`, row]));
  const kept: ReturnType<typeof recordOf>[] = [];
  const gone: { kind: string; id: string }[] = [];
  for (const { kind, id, cell } of cellsOf(group)) {
    const row = byScope.get(`${kind}:${id}`);
    if (!row) throw new RangeError(`subtractFromAggregates: no ${kind} cell ${id} to take an answer from`);
    const left = subtractCells(cellOfRow(row), cell);
    if (left) kept.push(recordOf(kind, id, left));
    else gone.push({ kind, id });
  }
  if (gone.length > 0)
    await tx.query(
      `DELETE FROM aggregates a USING jsonb_to_recordset($3::jsonb) AS d(kind text, id text)
       WHERE a.campaign_id = $1 AND a.group_id = $2 AND a.scope_kind = d.kind AND a.scope_id = d.id`,
      [campaignId, group.groupId, JSON.stringify(gone)],
    );
  if (kept.length > 0)
    await tx.query(
      `UPDATE aggregates a SET raters = d.raters, interview_raters = d.interview_raters, ratings = d.ratings, sum = d.sum, sum_squares = d.sum_squares, histogram = d.histogram
       FROM ${CELL_RECORDS}
       WHERE a.campaign_id = $1 AND a.group_id = $2 AND a.scope_kind = d.kind AND a.scope_id = d.id`,
      [campaignId, group.groupId, JSON.stringify(kept)],
    );
}
