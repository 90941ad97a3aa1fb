import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs an UPDATE or DELETE ... RETURNING and gives back the returned rows. TypeORM hands such
 * statements back as `[rows, rowCount]` (unlike SELECT and INSERT), which is easy to misread as
 * "two rows"; conditional updates guard double submissions, so this must be exact.
 */
export async function updateReturning<T>(db: DataSource | EntityManager, sql: string, parameters: unknown[]): Promise<T[]> {
  if (!/^\s*(UPDATE|DELETE)\b/i.test(sql)) throw new Error('updateReturning is for UPDATE and DELETE statements');
  const result: unknown = await db.query(sql, parameters);
  const rows = Array.isArray(result) && Array.isArray(result[0]) ? (result[0] as T[]) : null;
  if (!rows) throw new Error('Unexpected result shape from an UPDATE/DELETE ... RETURNING');
  return rows;
}
