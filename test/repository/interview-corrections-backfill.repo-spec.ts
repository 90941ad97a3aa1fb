import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { InterviewCorrections1767000000000 } from '../../src/database/migrations/1767000000000-InterviewCorrections';
import { RowFactory } from '../factories/rows.factory';
import { databasesAround, insertCampaignRow, type MigrationDatabases } from '../utils/migration-databases';

let t: MigrationDatabases;
beforeAll(async () => {
  t = await databasesAround(InterviewCorrections1767000000000);
});
afterAll(async () => {
  await t?.close();
});

async function insertResponse(db: DataSource, campaignId: string, columns: { interview: boolean; aggregated: boolean }): Promise<string> {
  const id = randomUUID();
  await db.query(
    `INSERT INTO responses (id, campaign_id, group_id, submitted_on, ratings, texts, aggregated, interview) VALUES ($1, $2, 'peer', CURRENT_DATE, '{}', NULL, $3, $4)`,
    [id, campaignId, columns.aggregated, columns.interview],
  );
  return id;
}

async function insertVersion(db: DataSource, campaignId: string, number: number): Promise<void> {
  await db.query(`INSERT INTO report_versions (campaign_id, number, created_at, frozen, figures, report) VALUES ($1, $2, now(), '{}', '[]', '{}')`, [
    campaignId,
    number,
  ]);
}

describe('migration InterviewCorrections', () => {
  it('takes the interviews folded before it as counted by their campaign’s latest version, and no other answer; ties no comment to an answer', async () => {
    const engagementId = (await new RowFactory(t.before).engagement()).id;
    const versioned = await insertCampaignRow(t.before, engagementId);
    const unversioned = await insertCampaignRow(t.before, engagementId);
    await insertVersion(t.before, versioned, 1);
    await insertVersion(t.before, versioned, 2);
    const folded = await insertResponse(t.before, versioned, { interview: true, aggregated: true });
    const waiting = await insertResponse(t.before, versioned, { interview: true, aggregated: false });
    const rater = await insertResponse(t.before, versioned, { interview: false, aggregated: true });
    const foldedWithoutVersion = await insertResponse(t.before, unversioned, { interview: true, aggregated: true });
    const notes = await new RowFactory(t.before).comment(versioned, { questionId: 'interview', text: 'Interview notes' });

    await t.after.runMigrations({ transaction: 'each' });

    const rows: { id: string; counted_in: number | null }[] = await t.after.query(`SELECT id, counted_in FROM responses`);
    const countedIn = new Map(rows.map((row) => [row.id, row.counted_in]));
    expect([folded, waiting, rater, foldedWithoutVersion].map((id) => countedIn.get(id))).toEqual([2, null, null, null]);
    expect(await t.after.query(`SELECT interview_id FROM comments WHERE id = $1`, [notes.id])).toEqual([{ interview_id: null }]);
  });
});
