import { waitUntil } from '../../src/common/wait-until';
import { ApiClient, draftCampaign, raters, signUpCoach } from '../factories/api-client';
import { launchAndCollectTokens } from '../factories/campaign-run';
import { startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(60_000);

interface Progress {
  invited: number;
  responded: number;
  declined: number;
  groups: Record<string, { invited: number; responded: number; declined: number; notDelivered: number }>;
  declineReasons: { group: string; reasons: string[] }[];
}

const reasons = (body: { message: string[] | string }): string[] => (Array.isArray(body.message) ? body.message : [body.message]);

describe('a rater declines from their link: the link takes no answer, reminders skip them, the coach sees counts only', () => {
  let t: TestApp;
  let coach: ApiClient;
  let campaignId: string;
  let tokens: Map<string, string>;
  const peers = raters('peer', 4, 'dcl');
  const reports = raters('direct_report', 3, 'dcl');
  const progress = async () => (await coach.get<Progress>(`/api/campaigns/${campaignId}/progress`)).body;

  beforeAll(async () => {
    t = await startTestApp();
    coach = (await signUpCoach(new ApiClient(t.baseUrl))).api;
    ({ campaignId } = await draftCampaign(coach, { raters: [...peers, ...reports] }));
    tokens = await launchAndCollectTokens(t, coach, campaignId);
  });
  afterAll(async () => {
    await t?.close();
  });

  const decline = (email: string, body: unknown) =>
    new ApiClient(t.baseUrl).post<{ declined?: true; message: string[] | string }>(`/api/responses/${tokens.get(email)}/decline`, body);

  it('declines with an optional reason; the link then answers 409 to every use, and a second decline too', async () => {
    const tooLong = await decline(peers[0].email, { reason: 'x'.repeat(1001) });
    expect(tooLong.status).toBe(400);
    expect(reasons(tooLong.body)).toEqual(['reason: must be at most 1000 characters']);

    const declined = await decline(peers[0].email, { reason: 'I joined the team last week.' });
    expect([declined.status, declined.body]).toEqual([200, { declined: true }]);
    const token = tokens.get(peers[0].email);
    const api = new ApiClient(t.baseUrl);
    for (const result of [
      await api.get<{ message: string }>(`/api/responses/${token}`),
      await api.post<{ message: string }>(`/api/responses/${token}`, { answers: {} }),
      await api.put<{ message: string }>(`/api/responses/${token}/draft`, { answers: {} }),
      await decline(peers[0].email, {}),
    ])
      expect([result.status, result.body.message]).toEqual([409, 'You chose not to answer this survey. Thank you for letting us know.']);
    const page = await fetch(`${t.baseUrl}/r/${token}`, { redirect: 'manual', headers: { accept: 'text/html' } });
    expect(page.status).toBe(409);
    expect(await page.text()).toContain('<h1>You declined this survey</h1>');
  });

  it('cannot decline once answered', async () => {
    const api = new ApiClient(t.baseUrl);
    const token = tokens.get(peers[1].email);
    const q = (await api.get<{ items: { id: string }[] }>(`/api/responses/${token}`)).body;
    expect((await api.post(`/api/responses/${token}`, { answers: { [q.items[0].id]: 4 } })).status).toBe(201);
    const late = await decline(peers[1].email, {});
    expect([late.status, late.body.message]).toEqual([409, 'Your answers were already received. Thank you!']);
  });

  it('counts declines per group in progress, never by name, and reminds only those who neither answered nor declined', async () => {
    expect((await decline(reports[0].email, { reason: 'Too busy this month.' })).status).toBe(200);
    expect((await decline(reports[1].email, {})).status).toBe(200);
    const now = await progress();
    expect(now).toMatchObject({ declined: 3, responded: 1, declineReasons: [] });
    expect(now.groups.peer).toEqual({ invited: 4, responded: 1, declined: 1, notDelivered: 0 });
    expect(now.groups.direct_report).toEqual({ invited: 3, responded: 0, declined: 2, notDelivered: 0 });
    const raterList = JSON.stringify((await coach.get(`/api/campaigns/${campaignId}/raters`)).body);
    expect(raterList).not.toMatch(/declin|answer/i);

    const before = t.mailbox.messages.length;
    const reminded = await coach.post<{ reminded: number }>(`/api/campaigns/${campaignId}/remind`);
    // 8 invited (the leader as self included), 1 answered, 3 declined.
    expect(reminded.body.reminded).toBe(4);
    await waitUntil(() => t.mailbox.messages.length >= before + 4, { what: '4 reminders' });
    const remindedTo = t.mailbox.messages.slice(before).flatMap((mail) => mail.to);
    for (const email of [peers[0].email, reports[0].email, reports[1].email, peers[1].email]) expect(remindedTo.join(' ')).not.toContain(email);
  });

  it('keeps reasons apart from invitations, and shows them only after the close for a group that reached its threshold of declines', async () => {
    const columns: { column_name: string }[] = await t.db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'decline_reasons'`);
    expect(columns.map((column) => column.column_name).sort()).toEqual(['campaign_id', 'group_id', 'id', 'reason']);

    expect((await decline(peers[2].email, { reason: 'On leave until June.' })).status).toBe(200);
    expect((await decline(peers[3].email, { reason: '  ' })).status).toBe(200);
    expect((await progress()).declineReasons).toEqual([]);
    expect((await coach.post(`/api/campaigns/${campaignId}/close`)).status).toBe(200);
    const closed = await progress();
    expect(closed.groups.peer.declined).toBe(3);
    // Peers: 3 declined, at their threshold; direct reports: 2 of 3, so their reason stays unread.
    expect(closed.declineReasons.map((entry) => entry.group)).toEqual(['peer']);
    expect(closed.declineReasons[0].reasons.sort()).toEqual(['I joined the team last week.', 'On leave until June.']);
    const stored: { reason: string }[] = await t.db.query(`SELECT reason FROM decline_reasons`);
    expect(stored.map((row) => row.reason).sort()).toEqual(['I joined the team last week.', 'On leave until June.', 'Too busy this month.']);
    // Rewritten at the close under one transaction: their transaction ids no longer follow the declines.
    const xmins: { xmin: string }[] = await t.db.query(`SELECT DISTINCT xmin::text AS xmin FROM decline_reasons`);
    expect(xmins).toHaveLength(1);
  });
});
