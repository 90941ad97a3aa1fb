import { ApiClient, draftCampaign, raters, signUpCoach, waitForAggregated } from '../factories/api-client';
import { linkIn, tokenOf } from '../utils/mailbox';
import { startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(60_000);

interface Cell {
  n: number;
  mean: number;
}
interface Report {
  aggregatedResponses: number;
  buckets: { id: string; shown: boolean }[];
  items: { id: string; scores: Record<string, Cell | null> }[];
  themes: { id: string; comments: { text: string; bucket: string | null }[] }[];
}

describe('interviews entered by the coach', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it("count as one more anonymous answer of the interviewee's group, ratings and notes alike", async () => {
    const coach = (await signUpCoach(new ApiClient(t.baseUrl))).api;
    const { campaignId } = await draftCampaign(coach, { raters: [...raters('boss', 1), ...raters('peer', 2)] });
    const notYet = await coach.post(`/api/campaigns/${campaignId}/interviews`, { group: 'peer', notes: 'Too early' });
    expect(notYet.status).toBe(409);
    await coach.post(`/api/campaigns/${campaignId}/launch`);
    const peers = (await t.mailbox.waitForCount(4)).filter((mail) => mail.to.includes('peer-')).map((mail) => tokenOf(linkIn(mail)));
    const item = (await new ApiClient(t.baseUrl).get<{ items: { id: string }[] }>(`/api/responses/${peers[0]}`)).body.items[0].id;
    for (const [index, token] of peers.entries())
      expect((await new ApiClient(t.baseUrl).post(`/api/responses/${token}`, { answers: { [item]: 3 + index } })).status).toBe(201);

    const recorded = await coach.post(`/api/campaigns/${campaignId}/interviews`, {
      group: 'peer',
      ratings: { [item]: 2 },
      notes: 'She rarely listens in meetings; decisions arrive without explanation.',
    });
    expect(recorded.status).toBe(201);
    expect(recorded.body).toEqual({ received: true });

    await waitForAggregated(coach, campaignId, 3);
    const report = (await coach.get<Report>(`/api/campaigns/${campaignId}/report`)).body;
    expect(report.aggregatedResponses).toBe(3);
    // Two peers alone could not be shown; with the interview the group reaches 3.
    expect(report.buckets.find((bucket) => bucket.id === 'peer')?.shown).toBe(true);
    expect(report.items.find((candidate) => candidate.id === item)?.scores.peer).toMatchObject({ n: 3, mean: 3 });
    const communication = report.themes.find((theme) => theme.id === 'communication');
    expect(communication?.comments).toContainEqual({
      text: 'She rarely listens in meetings; decisions arrive without explanation.',
      bucket: 'peer',
      sentiment: 'constructive',
    });
    // Progress counts invitations, not interviews.
    expect((await coach.get<{ responded: number }>(`/api/campaigns/${campaignId}/progress`)).body.responded).toBe(2);
  });

  it('refuses bad input with 400 naming the field, storing nothing', async () => {
    const coach = (await signUpCoach(new ApiClient(t.baseUrl))).api;
    const { campaignId } = await draftCampaign(coach, { raters: raters('peer', 3) });
    await coach.post(`/api/campaigns/${campaignId}/launch`);
    const before = (await t.db.query(`SELECT COUNT(*)::int AS count FROM responses WHERE campaign_id = $1`, [campaignId]))[0].count;
    const cases: [unknown, string][] = [
      [{ group: 'janitor', notes: 'x' }, 'group'],
      [{ group: 'direct_report', notes: '' }, 'notes'],
      [{ group: 'peer' }, 'notes'],
      [{ group: 'peer', notes: 'x', ratings: { 'communication.listens': 9 } }, 'ratings.communication.listens'],
      [{ group: 'peer', notes: 'x', ratings: { strengths: 'text' } }, 'ratings.strengths'],
      [{ group: 'peer', notes: 'x', ratings: { 'no.such-item': 3 } }, 'ratings.no.such-item'],
    ];
    for (const [body, field] of cases) {
      const result = await coach.post<{ message: string[] }>(`/api/campaigns/${campaignId}/interviews`, body);
      expect([field, result.status]).toEqual([field, 400]);
      expect(JSON.stringify(result.body.message)).toContain(field);
    }
    expect((await t.db.query(`SELECT COUNT(*)::int AS count FROM responses WHERE campaign_id = $1`, [campaignId]))[0].count).toBe(before);
  });
});
