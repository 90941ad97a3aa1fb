import { ReminderRoundsQueued1766810000000 } from '../../src/database/migrations/1766810000000-ReminderRoundsQueued';
import { RowFactory } from '../factories/rows.factory';
import { databasesAround, insertCampaignRow, type MigrationDatabases } from '../utils/migration-databases';

let t: MigrationDatabases;
beforeAll(async () => {
  t = await databasesAround(ReminderRoundsQueued1766810000000);
});
afterAll(async () => {
  await t?.close();
});

describe('migration ReminderRoundsQueued', () => {
  it('records every round counted before it as queued (each was queued in the transaction that counted it), so the sweep queues none again', async () => {
    const engagementId = (await new RowFactory(t.before).engagement()).id;
    const reminded = await insertCampaignRow(t.before, engagementId, { reminderRounds: 3 });
    const never = await insertCampaignRow(t.before, engagementId);
    const closed = await insertCampaignRow(t.before, engagementId, { status: 'closed', reminderRounds: 1 });

    await t.after.runMigrations({ transaction: 'each' });

    const stored: { id: string; counted: number; queued: number }[] = await t.after.query(
      `SELECT id, reminder_rounds AS counted, reminder_rounds_queued AS queued FROM campaigns WHERE id = ANY($1::uuid[])`,
      [[reminded, never, closed]],
    );
    const byId = new Map(stored.map((row) => [row.id, [row.counted, row.queued]]));
    expect([byId.get(reminded), byId.get(never), byId.get(closed)]).toEqual([
      [3, 3],
      [0, 0],
      [1, 1],
    ]);
  });
});
