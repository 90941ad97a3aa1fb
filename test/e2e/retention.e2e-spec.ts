import { waitUntil } from '../../src/common/wait-until';
import { ApiClient, draftCampaign, raters, signUpCoach } from '../factories/api-client';
import { linkIn, tokenOf } from '../utils/mailbox';
import { startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(60_000);

const TABLES = ['campaigns', 'raters', 'invitations', 'drafts', 'responses', 'aggregates', 'comments', 'report_versions'];
/** What the coaching loop stores about an engagement: the program, check-ins, sign-in links and sessions, sharing choices. */
const ENGAGEMENT_TABLES = ['programs', 'coaching_sessions', 'practice_actions', 'access_links', 'access_sessions', 'sponsor_shares'];

describe('deleting an engagement', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  async function counts(campaignId: string): Promise<Record<string, number>> {
    const result: Record<string, number> = {};
    for (const table of TABLES) {
      const column = table === 'campaigns' ? 'id' : 'campaign_id';
      result[table] = (await t.db.query(`SELECT COUNT(*)::int AS count FROM ${table} WHERE ${column} = $1`, [campaignId]))[0].count;
    }
    return result;
  }

  it('purges its campaigns, raters, invitations, drafts, answers, aggregates, comments, report versions, program, check-ins and sign-in links, and nothing of other engagements', async () => {
    const coach = (await signUpCoach(new ApiClient(t.baseUrl))).api;
    const doomed = await draftCampaign(coach, { raters: raters('peer', 3) });
    const kept = await draftCampaign(coach, { raters: raters('peer', 3) });
    for (const { campaignId } of [doomed, kept]) await coach.post(`/api/campaigns/${campaignId}/launch`);
    await t.mailbox.waitForCount(8);
    const linksOf = async (campaignId: string): Promise<string[]> => {
      const emails = (await coach.get<{ raters: { email: string }[] }>(`/api/campaigns/${campaignId}/raters`)).body.raters.map((rater) => rater.email);
      return t.mailbox.messages.filter((message) => emails.some((email) => message.to.includes(email))).map(linkIn);
    };
    const answer = async (link: string): Promise<void> => {
      const token = tokenOf(link);
      const q = (await new ApiClient(t.baseUrl).get<{ items: { id: string }[]; questions: { id: string; type: string }[] }>(`/api/responses/${token}`)).body;
      expect(
        (await new ApiClient(t.baseUrl).post(`/api/responses/${token}`, { answers: { [q.items[0].id]: 4, [q.questions[0].id]: 'Listens well' } })).status,
      ).toBe(201);
    };
    // In the engagement to delete, three raters answer and one saves a draft; in the other, three answer.
    const [doomedLinks, keptLinks] = [await linksOf(doomed.campaignId), await linksOf(kept.campaignId)];
    expect([doomedLinks.length, keptLinks.length]).toEqual([4, 4]);
    for (const link of [...doomedLinks.slice(0, 3), ...keptLinks.slice(0, 3)]) await answer(link);
    expect((await new ApiClient(t.baseUrl).put(`/api/responses/${tokenOf(doomedLinks[3])}/draft`, { answers: { strengths: 'draft' } })).status).toBe(204);
    await waitUntil(async () => (await t.db.query(`SELECT COUNT(*)::int AS count FROM responses WHERE NOT aggregated`))[0].count === 0, {
      what: 'aggregation',
    });
    for (const { campaignId } of [doomed, kept]) expect((await coach.get(`/api/campaigns/${campaignId}/report`)).status).toBe(200);
    // Rows of the coaching loop for both engagements, as the program and access routes store them.
    for (const { engagementId, campaignId } of [doomed, kept]) {
      await t.db.query(
        `INSERT INTO programs (engagement_id, baseline_campaign_id, baseline_version, goals, plan, milestones) VALUES ($1, $2, 1, '[]', '[]', '[]')`,
        [engagementId, campaignId],
      );
      await t.db.query(
        `INSERT INTO coaching_sessions (id, engagement_id, held_on, duration_minutes, focus_theme_id, agreed_actions, private_notes) VALUES (gen_random_uuid(), $1, '2026-02-02', 60, 'communication', '[]', 'private')`,
        [engagementId],
      );
      await t.db.query(`INSERT INTO practice_actions (id, engagement_id, practice_id, done_on) VALUES (gen_random_uuid(), $1, 'speak-last', '2026-02-03')`, [
        engagementId,
      ]);
      await t.db.query(`INSERT INTO sponsor_shares (engagement_id, goals, progress) VALUES ($1, true, true)`, [engagementId]);
      await coach.post(`/api/engagements/${engagementId}/leader-link`);
    }
    await waitUntil(async () => (await t.db.query(`SELECT COUNT(*)::int AS count FROM access_links WHERE sent_at IS NOT NULL`))[0].count === 2, {
      what: 'sign-in links sent',
    });
    await t.db.query(
      `INSERT INTO access_sessions (id, engagement_id, role, token_hash, expires_at) SELECT gen_random_uuid(), engagement_id, role, md5(id::text), now() + interval '1 hour' FROM access_links`,
    );
    const engagementCounts = async (engagementId: string): Promise<Record<string, number>> =>
      Object.fromEntries(
        await Promise.all(
          ENGAGEMENT_TABLES.map(async (table) => [
            table,
            (await t.db.query(`SELECT COUNT(*)::int AS count FROM ${table} WHERE engagement_id = $1`, [engagementId]))[0].count as number,
          ]),
        ),
      );
    expect(Object.values(await engagementCounts(doomed.engagementId)).every((count) => count > 0)).toBe(true);
    const keptEngagementBefore = await engagementCounts(kept.engagementId);
    const before = await counts(doomed.campaignId);
    expect(Object.entries(before).filter(([, count]) => count === 0)).toEqual([]);
    const keptBefore = await counts(kept.campaignId);

    const other = (await signUpCoach(new ApiClient(t.baseUrl), 'Other')).api;
    expect((await other.request('DELETE', `/api/engagements/${doomed.engagementId}`)).status).toBe(404);
    expect((await coach.request('DELETE', `/api/engagements/${doomed.engagementId}`)).status).toBe(204);

    expect(await counts(doomed.campaignId)).toEqual(Object.fromEntries(TABLES.map((table) => [table, 0])));
    expect(await counts(kept.campaignId)).toEqual(keptBefore);
    expect(await engagementCounts(doomed.engagementId)).toEqual(Object.fromEntries(ENGAGEMENT_TABLES.map((table) => [table, 0])));
    expect(await engagementCounts(kept.engagementId)).toEqual(keptEngagementBefore);
    expect((await coach.get(`/api/engagements/${doomed.engagementId}`)).status).toBe(404);
    expect((await coach.request('DELETE', `/api/engagements/${doomed.engagementId}`)).status).toBe(404);
  });
});
