import { randomUUID } from 'node:crypto';
import { waitUntil } from '../../src/common/wait-until';
import { ApiClient, draftCampaign, raters, type RaterSpec, signUpCoach, waitForAggregated } from '../factories/api-client';
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

  /** Launches the campaign; the first of `answering` invitees answer its first item, one rating each. Returns that item. */
  async function launchAndAnswer(coach: ApiClient, campaignId: string, answering: RaterSpec[], ratings: number[]): Promise<string> {
    expect((await coach.post(`/api/campaigns/${campaignId}/launch`)).status).toBe(202);
    await waitUntil(() => answering.every((rater) => t.mailbox.to(rater.email).length > 0), { what: 'invitations', timeoutMs: 20_000 });
    const tokens = answering.map((rater) => tokenOf(linkIn(t.mailbox.to(rater.email)[0])));
    const item = (await new ApiClient(t.baseUrl).get<{ items: { id: string }[] }>(`/api/responses/${tokens[0]}`)).body.items[0].id;
    for (const [index, token] of tokens.entries())
      expect((await new ApiClient(t.baseUrl).post(`/api/responses/${token}`, { answers: { [item]: ratings[index] } })).status).toBe(201);
    return item;
  }

  it("count as answers of the interviewee's group, ratings and notes alike, beside enough rater answers or on their own", async () => {
    const coach = (await signUpCoach(new ApiClient(t.baseUrl))).api;
    const peers = raters('peer', 3);
    const { campaignId } = await draftCampaign(coach, { raters: [...raters('boss', 1), ...peers] });
    const notYet = await coach.post(`/api/campaigns/${campaignId}/interviews`, { group: 'peer', notes: 'Too early' });
    expect(notYet.status).toBe(409);
    const item = await launchAndAnswer(coach, campaignId, peers, [3, 4, 5]);

    const notes = 'She rarely listens in meetings; decisions arrive without explanation.';
    const recorded = await coach.post(`/api/campaigns/${campaignId}/interviews`, { group: 'peer', ratings: { [item]: 2 }, notes });
    expect(recorded.status).toBe(201);
    expect(recorded.body).toEqual({ received: true });
    // Three interviews with direct reports, none of whom was invited: a group of interviews alone.
    for (const rating of [4, 4, 5])
      expect((await coach.post(`/api/campaigns/${campaignId}/interviews`, { group: 'direct_report', ratings: { [item]: rating }, notes: 'Fine' })).status).toBe(
        201,
      );

    await waitForAggregated(coach, campaignId, 7);
    const report = (await coach.get<Report>(`/api/campaigns/${campaignId}/report`)).body;
    expect(report.aggregatedResponses).toBe(7);
    const scores = report.items.find((candidate) => candidate.id === item)?.scores;
    expect(scores?.peer).toMatchObject({ n: 4, mean: 3.5 });
    expect(scores?.direct_report).toMatchObject({ n: 3, mean: 4.33 });
    const communication = report.themes.find((theme) => theme.id === 'communication');
    expect(communication?.comments).toContainEqual({ text: notes, bucket: 'peer', sentiment: 'constructive' });
    // The report page gives no response rate above 100 % where interviews make more answers than invitations.
    const page = await fetch(`${t.baseUrl}/coach/campaigns/${campaignId}/report`, { headers: { authorization: `Bearer ${coach.token}` } });
    const html = await page.text();
    expect([page.status, html.match(/Includes interviews the coach held/g)?.length]).toEqual([200, 3]);
    expect(html).not.toContain('133%');
    // Progress counts invitations, and the interviews apart.
    const progress = (await coach.get<{ responded: number; interviews: Record<string, number> }>(`/api/campaigns/${campaignId}/progress`)).body;
    expect(progress).toMatchObject({ responded: 3, interviews: { peer: 1, direct_report: 3 } });
    // Marked as the coach's in storage, and only those: no rater's answer is.
    const marked = await t.db.query(
      `SELECT group_id, COUNT(*)::int AS count FROM responses WHERE campaign_id = $1 AND interview GROUP BY group_id ORDER BY group_id`,
      [campaignId],
    );
    expect(marked).toEqual([
      { group_id: 'direct_report', count: 3 },
      { group_id: 'peer', count: 1 },
    ]);
    // Past its close date, before any sweep marks it closed, the campaign takes no interview either.
    await t.db.query(`UPDATE campaigns SET closes_at = now() - interval '1 second' WHERE id = $1`, [campaignId]);
    expect((await coach.post(`/api/campaigns/${campaignId}/interviews`, { group: 'peer', notes: 'Late' })).status).toBe(409);
  });

  it('never make a group of too few raters reach its threshold: the coach, who knows the interviews, could take them out again', async () => {
    const coach = (await signUpCoach(new ApiClient(t.baseUrl))).api;
    const peers = raters('peer', 2);
    const { campaignId } = await draftCampaign(coach, { raters: [...raters('boss', 1), ...peers] });
    const item = await launchAndAnswer(coach, campaignId, peers, [3, 4]);
    const notes = 'Keeps promises to the team, but the roadmap changes every week.';
    for (const rating of [1, 5])
      expect((await coach.post(`/api/campaigns/${campaignId}/interviews`, { group: 'peer', ratings: { [item]: rating }, notes })).status).toBe(201);
    // Closing folds what waits: two peers and two interviews, four answers, only two of them raters'.
    expect((await coach.post(`/api/campaigns/${campaignId}/close`)).status).toBe(200);
    expect((await coach.post(`/api/campaigns/${campaignId}/interviews`, { group: 'peer', notes: 'Too late' })).status).toBe(409);
    await waitForAggregated(coach, campaignId, 4);

    const report = (await coach.get<Report & { mergeNotes: string[]; commentNotes: string[] }>(`/api/campaigns/${campaignId}/report`)).body;
    expect(report.buckets.find((bucket) => bucket.id === 'peer')).toMatchObject({ responses: 4, shown: false });
    const scores = report.items.find((candidate) => candidate.id === item)?.scores;
    expect(scores?.peer ?? null).toBeNull();
    expect(scores?.others ?? null).toBeNull();
    expect(JSON.stringify(report)).not.toContain('roadmap');
    // Readers read these notes too: they say that the group waits, not that interviews are among its answers.
    expect(report.mergeNotes).toContain('Peers (4 answers) are counted only within all others, until more of them have answered.');
    expect(report.commentNotes).toContain('Comments from Peers are held back until more of them have answered.');
  });

  it('can be read back, and removed as if never entered until a report version counts them; then they stay', async () => {
    const coach = (await signUpCoach(new ApiClient(t.baseUrl))).api;
    const peers = raters('peer', 3);
    const { campaignId } = await draftCampaign(coach, { raters: [...raters('boss', 1), ...peers] });
    const item = await launchAndAnswer(coach, campaignId, peers, [3, 4, 5]);
    await waitForAggregated(coach, campaignId, 3);
    const aggregates = (): Promise<unknown[]> =>
      t.db.query(
        `SELECT group_id, scope_kind, scope_id, raters, interview_raters, ratings, sum, sum_squares, histogram FROM aggregates WHERE campaign_id = $1 ORDER BY 1, 2, 3`,
        [campaignId],
      );
    const withoutInterviews = await aggregates();
    // Version 1: the three peers. The interview below does not bring peers up to date on its own.
    expect((await coach.get<Report>(`/api/campaigns/${campaignId}/report`)).body.aggregatedResponses).toBe(3);

    const notes = 'Talks over people in meetings.';
    expect((await coach.post(`/api/campaigns/${campaignId}/interviews`, { group: 'peer', ratings: { [item]: 1 }, notes })).status).toBe(201);
    await waitForAggregated(coach, campaignId, 4);
    expect((await coach.get<Report>(`/api/campaigns/${campaignId}/report`)).body.aggregatedResponses).toBe(3);
    type Listed = {
      id: string;
      group: string;
      enteredOn: string;
      notes: string | null;
      ratings: Record<string, number>;
      countedInVersion: number | null;
      removable: boolean;
    };
    const listed = (await coach.get<Listed[]>(`/api/campaigns/${campaignId}/interviews`)).body;
    const [{ day: today }] = await t.db.query<{ day: string }[]>(`SELECT CURRENT_DATE::text AS day`);
    expect(listed).toEqual([
      { id: expect.any(String), group: 'peer', enteredOn: today, notes, ratings: { [item]: 1 }, countedInVersion: null, removable: true },
    ]);
    expect(await aggregates()).not.toEqual(withoutInterviews);

    // Another coach cannot see or touch it; a malformed id names no interview.
    const stranger = (await signUpCoach(new ApiClient(t.baseUrl))).api;
    expect((await stranger.get(`/api/campaigns/${campaignId}/interviews`)).status).toBe(404);
    expect((await stranger.delete(`/api/campaigns/${campaignId}/interviews/${listed[0].id}`)).status).toBe(404);
    expect((await coach.delete(`/api/campaigns/${campaignId}/interviews/not-a-uuid`)).status).toBe(404);

    expect((await coach.delete(`/api/campaigns/${campaignId}/interviews/${listed[0].id}`)).status).toBe(204);
    expect(await aggregates()).toEqual(withoutInterviews);
    expect(await t.db.query(`SELECT COUNT(*)::int AS count FROM comments WHERE campaign_id = $1 AND text = $2`, [campaignId, notes])).toEqual([{ count: 0 }]);
    expect((await coach.get(`/api/campaigns/${campaignId}/interviews`)).body).toEqual([]);
    expect((await coach.get<{ interviews: Record<string, number> }>(`/api/campaigns/${campaignId}/progress`)).body.interviews).toEqual({});
    expect((await coach.delete(`/api/campaigns/${campaignId}/interviews/${listed[0].id}`)).status).toBe(404);

    // Three interviews with direct reports make a group of their own in the next version: from then on they stay.
    for (const rating of [2, 3, 4])
      expect((await coach.post(`/api/campaigns/${campaignId}/interviews`, { group: 'direct_report', ratings: { [item]: rating }, notes: 'Fine' })).status).toBe(
        201,
      );
    await waitForAggregated(coach, campaignId, 6);
    const report = (await coach.get<Report & { version: { number: number } }>(`/api/campaigns/${campaignId}/report`)).body;
    expect([report.version.number, report.aggregatedResponses]).toEqual([2, 6]);
    const counted = (await coach.get<Listed[]>(`/api/campaigns/${campaignId}/interviews`)).body;
    expect(counted.map((interview) => [interview.group, interview.countedInVersion, interview.removable])).toEqual([
      ['direct_report', 2, false],
      ['direct_report', 2, false],
      ['direct_report', 2, false],
    ]);
    const refused = await coach.delete<{ message: string }>(`/api/campaigns/${campaignId}/interviews/${counted[0].id}`);
    expect([refused.status, refused.body.message]).toEqual([409, 'Report version 2 counts this interview, and a version never changes: it stays']);
    expect((await coach.get<Report>(`/api/campaigns/${campaignId}/report`)).body.aggregatedResponses).toBe(6);
  });

  it('can be corrected while the campaign takes answers: the correction takes its place, bad input changes nothing', async () => {
    const coach = (await signUpCoach(new ApiClient(t.baseUrl))).api;
    const peers = raters('peer', 3);
    const { campaignId } = await draftCampaign(coach, { raters: peers });
    const item = await launchAndAnswer(coach, campaignId, peers, [3, 4, 5]);
    expect(
      (await coach.post(`/api/campaigns/${campaignId}/interviews`, { group: 'peer', ratings: { [item]: 1 }, notes: 'Typed for the wrong group' })).status,
    ).toBe(201);
    await waitForAggregated(coach, campaignId, 4);
    const list = async (): Promise<{ id: string; group: string; notes: string | null; ratings: Record<string, number> }[]> =>
      (await coach.get<{ id: string; group: string; notes: string | null; ratings: Record<string, number> }[]>(`/api/campaigns/${campaignId}/interviews`)).body;
    const [entered] = await list();

    const refused = await coach.put<{ message: string[] }>(`/api/campaigns/${campaignId}/interviews/${entered.id}`, { group: 'direct_report', notes: ' ' });
    expect([refused.status, JSON.stringify(refused.body.message)]).toEqual([400, expect.stringContaining('notes')]);
    expect(await list()).toEqual([entered]);

    const corrected = await coach.put(`/api/campaigns/${campaignId}/interviews/${entered.id}`, {
      group: 'direct_report',
      ratings: { [item]: 4 },
      notes: 'Said by a direct report',
    });
    expect([corrected.status, corrected.body]).toEqual([200, { received: true }]);
    await waitForAggregated(coach, campaignId, 4);
    const [correction] = await list();
    // In the interview's place: the same id and day, so the same correction sent again changes nothing more.
    expect(correction).toEqual({ ...entered, group: 'direct_report', notes: 'Said by a direct report', ratings: { [item]: 4 } });
    const again = await coach.put(`/api/campaigns/${campaignId}/interviews/${entered.id}`, {
      group: 'direct_report',
      ratings: { [item]: 4 },
      notes: 'Said by a direct report',
    });
    expect(again.status).toBe(200);
    await waitForAggregated(coach, campaignId, 4);
    expect(await list()).toEqual([correction]);
    expect((await coach.put(`/api/campaigns/${campaignId}/interviews/${randomUUID()}`, { group: 'peer', notes: 'No such interview' })).status).toBe(404);
    // The peers' cell holds the three raters again; the correction is the direct reports' own.
    const cells: { group_id: string; raters: number; interview_raters: number; sum: string }[] = await t.db.query(
      `SELECT group_id, raters, interview_raters, sum FROM aggregates WHERE campaign_id = $1 AND scope_kind = 'item' AND scope_id = $2 ORDER BY group_id`,
      [campaignId, item],
    );
    expect(cells).toEqual([
      { group_id: 'direct_report', raters: 1, interview_raters: 1, sum: '4' },
      { group_id: 'peer', raters: 3, interview_raters: 0, sum: '12' },
    ]);

    await t.db.query(`UPDATE campaigns SET closes_at = now() - interval '1 second' WHERE id = $1`, [campaignId]);
    expect((await coach.put(`/api/campaigns/${campaignId}/interviews/${correction.id}`, { group: 'peer', notes: 'Too late' })).status).toBe(409);
    expect(await list()).toEqual([correction]);
  });

  it('refuses bad input with 400 naming the field, storing nothing', async () => {
    const coach = (await signUpCoach(new ApiClient(t.baseUrl))).api;
    const { campaignId } = await draftCampaign(coach, { raters: raters('peer', 3) });
    await coach.post(`/api/campaigns/${campaignId}/launch`);
    const before = (await t.db.query(`SELECT COUNT(*)::int AS count FROM responses WHERE campaign_id = $1`, [campaignId]))[0].count;
    const cases: [unknown, string][] = [
      [{ group: 'janitor', notes: 'x' }, 'group'],
      [{ group: 'direct_report', notes: '' }, 'notes'],
      [{ group: 'direct_report', notes: ' \n ' }, 'notes'],
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
