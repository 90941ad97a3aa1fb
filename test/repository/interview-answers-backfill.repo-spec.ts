import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { InterviewAnswers1766900000000 } from '../../src/database/migrations/1766900000000-InterviewAnswers';
import { RowFactory } from '../factories/rows.factory';
import { surveyFactory } from '../factories/survey.factory';
import { databasesAround, insertCampaignRow, type MigrationDatabases } from '../utils/migration-databases';

let t: MigrationDatabases;
beforeAll(async () => {
  t = await databasesAround(InterviewAnswers1766900000000);
});
afterAll(async () => {
  await t?.close();
});

async function insertResponse(db: DataSource, campaignId: string, texts: Record<string, string> | null, aggregated: boolean): Promise<string> {
  const id = randomUUID();
  await db.query(
    `INSERT INTO responses (id, campaign_id, group_id, submitted_on, ratings, texts, aggregated) VALUES ($1, $2, 'peer', CURRENT_DATE, '{}', $3, $4)`,
    [id, campaignId, texts === null ? null : JSON.stringify(texts), aggregated],
  );
  return id;
}

describe('migration InterviewAnswers', () => {
  it('marks the interviews still waiting to be folded, by their notes, and no rater answer; counts those folded before per group, by their notes', async () => {
    const engagementId = (await new RowFactory(t.before).engagement()).id;
    const campaign = await insertCampaignRow(t.before, engagementId);
    // A survey that itself asks a question with the id "interview": its raters' answers are not interviews.
    const asking = randomUUID();
    const survey = surveyFactory();
    const withQuestion = { ...survey, questions: [...survey.questions, { ...survey.questions[0], id: 'interview' }] };
    await t.before.query(
      `INSERT INTO campaigns (id, engagement_id, survey_id, survey_version, survey_snapshot, status, launched_at) VALUES ($1, $2, $3, $4, $5, 'open', now())`,
      [asking, engagementId, survey.id, survey.version, JSON.stringify(withQuestion)],
    );
    const waitingInterview = await insertResponse(t.before, campaign, { interview: 'Listens well' }, false);
    const raterAnswer = await insertResponse(t.before, campaign, { strengths: 'Clear' }, false);
    const foldedInterview = await insertResponse(t.before, campaign, null, true);
    const askedQuestion = await insertResponse(t.before, asking, { interview: 'A rater answering the question "interview"' }, false);
    // Folded before: two peer interviews (one notes comment each) among five peer answers, and
    // an item cell of theirs, which cannot be told apart and keeps counting them as raters.
    const rows = new RowFactory(t.before);
    for (const notes of ['Listens', 'Decides fast']) await rows.comment(campaign, { questionId: 'interview', text: notes });
    await rows.comment(campaign, { questionId: 'strengths', text: 'A rater' });
    await rows.comment(asking, { questionId: 'interview', text: 'A rater answering the question "interview"' });
    const tally = `INSERT INTO aggregates (campaign_id, group_id, scope_kind, scope_id, raters, ratings, sum, sum_squares, histogram) VALUES ($1, 'peer', $2, $3, $4, 0, 0, 0, '{}')`;
    await t.before.query(tally, [campaign, 'responses', '*', 5]);
    await t.before.query(tally, [campaign, 'item', 'communication.listens', 5]);
    await t.before.query(tally, [asking, 'responses', '*', 3]);

    await t.after.runMigrations({ transaction: 'each' });

    const marked: { id: string; interview: boolean }[] = await t.after.query(`SELECT id, interview FROM responses WHERE id = ANY($1::uuid[])`, [
      [waitingInterview, raterAnswer, foldedInterview, askedQuestion],
    ]);
    const byId = new Map(marked.map((row) => [row.id, row.interview]));
    expect([byId.get(waitingInterview), byId.get(raterAnswer), byId.get(foldedInterview), byId.get(askedQuestion)]).toEqual([true, false, false, false]);
    const counted = await t.after.query(
      `SELECT campaign_id = $1 AS "ours", scope_kind, raters, interview_raters FROM aggregates WHERE campaign_id = ANY($2::uuid[]) ORDER BY 1 DESC, scope_kind`,
      [campaign, [campaign, asking]],
    );
    expect(counted).toEqual([
      { ours: true, scope_kind: 'item', raters: 5, interview_raters: 0 },
      { ours: true, scope_kind: 'responses', raters: 5, interview_raters: 2 },
      { ours: false, scope_kind: 'responses', raters: 3, interview_raters: 0 },
    ]);
  });
});
