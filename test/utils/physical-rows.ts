import type { DataSource } from 'typeorm';

export interface PhysicalRow {
  id: string;
  /** The id of the transaction that wrote this version of the row. */
  xmin: string;
}

/**
 * A campaign's rows of `table` in physical order (`ctid`), as a dump or a sequential scan reads
 * them; `where` may narrow them down with parameters from $2 on, given in `values`.
 */
export async function physicalRows(
  db: DataSource,
  table: 'responses' | 'invitations',
  campaignId: string,
  where = 'true',
  values: unknown[] = [],
): Promise<PhysicalRow[]> {
  return db.query(`SELECT id, xmin::text AS xmin FROM ${table} WHERE campaign_id = $1 AND (${where}) ORDER BY ctid`, [campaignId, ...values]);
}

/** The transaction that last wrote the campaign's row: a settle always does, so this is its id. */
export async function campaignXmin(db: DataSource, campaignId: string): Promise<string> {
  const [row]: { xmin: string }[] = await db.query(`SELECT xmin::text AS xmin FROM campaigns WHERE id = $1`, [campaignId]);
  return row.xmin;
}
