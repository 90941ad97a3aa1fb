import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { EngagementFocusGoals1766400000000 } from '../../src/database/migrations/1766400000000-EngagementFocusGoals';
import { databasesAround, type MigrationDatabases } from '../utils/migration-databases';

let databases: MigrationDatabases;
let before: DataSource;
let after: DataSource;

beforeAll(async () => {
  databases = await databasesAround(EngagementFocusGoals1766400000000);
  ({ before, after } = databases);
});

afterAll(async () => {
  await databases?.close();
});

/** An engagement, and with `goals` a program of those goals on a baseline campaign, written with SQL as the schema stood. */
async function engagement(goals: { themeId: string; goal: string }[] | null): Promise<string> {
  const [coach, id, campaign] = [randomUUID(), randomUUID(), randomUUID()];
  await before.query(`INSERT INTO coaches (id, email, name, password_hash) VALUES ($1, $2, 'Casey', 'x')`, [coach, `${coach}@example.com`]);
  await before.query(`INSERT INTO engagements (id, coach_id, title, leader_name, leader_email, focus_theme_ids) VALUES ($1, $2, 'T', 'Alex', $3, $4)`, [
    id,
    coach,
    `${id}@example.com`,
    JSON.stringify((goals ?? []).map((goal) => goal.themeId)),
  ]);
  if (!goals) return id;
  await before.query(`INSERT INTO campaigns (id, engagement_id, survey_id, survey_version, survey_snapshot) VALUES ($1, $2, 'leadership-360', 1, '{}')`, [
    campaign,
    id,
  ]);
  await before.query(
    `INSERT INTO programs (engagement_id, baseline_campaign_id, baseline_version, goals, plan, milestones) VALUES ($1, $2, 1, $3, '[]', '[]')`,
    [id, campaign, JSON.stringify(goals.map((goal) => ({ ...goal, title: goal.themeId, baseline: { mean: 3, n: 5 }, target: 4 })))],
  );
  return id;
}

describe('migration EngagementFocusGoals', () => {
  it('gives each engagement with a program its goals in the program order, the others none', async () => {
    const goals = [
      { themeId: 'developing-others', goal: 'Delegate whole projects' },
      { themeId: 'communication', goal: 'Listen before answering' },
    ];
    const withProgram = await engagement(goals);
    const without = await engagement(null);
    await after.runMigrations({ transaction: 'each' });
    const rows: { id: string; focus_goals: unknown }[] = await after.query(`SELECT id, focus_goals FROM engagements WHERE id = ANY($1)`, [
      [withProgram, without],
    ]);
    expect(Object.fromEntries(rows.map((row) => [row.id, row.focus_goals]))).toEqual({ [withProgram]: goals, [without]: [] });
  });
});
