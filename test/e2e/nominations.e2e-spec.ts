import { waitUntil } from '../../src/common/wait-until';
import { ApiClient, draftCampaign, raters, signUpCoach } from '../factories/api-client';
import { accessLinkIn, signInWith, withCookie } from '../utils/access-link';
import { startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(60_000);

/** A 400's reasons, one a field. */
const reasons = (body: { message: string[] | string }): string[] => (Array.isArray(body.message) ? body.message : [body.message]);

interface Nomination {
  campaignId: string;
  status: string;
  locked: boolean;
  coachNote: string | null;
  raters: { name: string; email: string; group: string }[];
  groups: { id: string; label: string; minimum: number; recommended: string; count: number; warning: string | null }[];
}

describe('the leader nominates raters, the coach edits, sends back and approves, and the list locks at launch', () => {
  let t: TestApp;
  let coach: ApiClient;
  let campaign: { engagementId: string; campaignId: string; leaderEmail: string };
  let cookie: string;
  const peers = raters('peer', 4, 'nom');

  const leaderCall = async (method: string, path: string, body?: unknown): Promise<{ status: number; body: Nomination & { message: string[] | string } }> => {
    const result = await withCookie(`${t.baseUrl}/leader/${campaign.engagementId}/api/nominations/${campaign.campaignId}${path}`, cookie, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: result.status, body: JSON.parse(result.text) as Nomination & { message: string[] | string } };
  };
  const coachCall = (method: string, path = '', body?: unknown) =>
    coach.request<Nomination & { message: string[] | string }>(
      method,
      `/api/campaigns/${campaign.campaignId}/nomination${path}`,
      body ?? (method === 'GET' ? undefined : {}),
    );

  beforeAll(async () => {
    t = await startTestApp();
    coach = (await signUpCoach(new ApiClient(t.baseUrl))).api;
    campaign = await draftCampaign(coach, { raters: raters('boss', 1, 'nom') });
    const links = () => t.mailbox.to(campaign.leaderEmail).filter((mail) => mail.text.includes('/a/'));
    expect((await coach.post(`/api/engagements/${campaign.engagementId}/leader-link`)).status).toBe(202);
    await waitUntil(() => links().length > 0, { what: 'sign-in mail to the leader' });
    cookie = (await signInWith(accessLinkIn(links()[0]))).cookie;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('shows the leader each group with its minimum for anonymity and recommended count, and nothing proposed yet', async () => {
    const { status, body } = await leaderCall('GET', '');
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'none', locked: false, coachNote: null, raters: [] });
    const peer = body.groups.find((group) => group.id === 'peer');
    expect(peer).toMatchObject({ minimum: 3, recommended: '4 to 6', count: 0, warning: null });
    // The boss the coach already added counts; self is not a group anyone proposes.
    expect(body.groups.find((group) => group.id === 'boss')).toMatchObject({ count: 1 });
    expect(body.groups.map((group) => group.id)).not.toContain('self');
  });

  it("answers 404 to the leader for a campaign of another engagement, and to the coach's API for another coach's campaign", async () => {
    const other = await draftCampaign(coach, { raters: raters('boss', 1) });
    const result = await withCookie(`${t.baseUrl}/leader/${campaign.engagementId}/api/nominations/${other.campaignId}`, cookie, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ raters: peers.slice(0, 1) }),
    });
    expect(result.status).toBe(404);
    const stranger = (await signUpCoach(new ApiClient(t.baseUrl), 'Stranger')).api;
    expect((await stranger.get(`/api/campaigns/${campaign.campaignId}/nomination`)).status).toBe(404);
    expect((await coach.get<Nomination>(`/api/campaigns/${other.campaignId}/nomination`)).body).toMatchObject({ status: 'none', raters: [] });
  });

  it('refuses a bad proposal with a 400 naming each field and the reason', async () => {
    const badEmail = await leaderCall('PUT', '', { raters: [{ name: 'A', email: 'not-an-email', group: 'peer' }] });
    expect(badEmail.status).toBe(400);
    expect(reasons(badEmail.body)).toContain('raters.0.email: must be an email address');
    const unknownGroup = await leaderCall('PUT', '', { raters: [{ name: 'A', email: 'a@example.com', group: 'cousins' }] });
    expect(unknownGroup.status).toBe(400);
    expect(reasons(unknownGroup.body)).toEqual(['raters.0.group: must be one of: self, boss, peer, direct_report, other']);
    const rules = await leaderCall('PUT', '', {
      raters: [
        { name: 'Me', email: campaign.leaderEmail, group: 'peer' },
        { name: 'Twice', email: 'twice@example.com', group: 'peer' },
        { name: 'Twice again', email: 'TWICE@example.com', group: 'peer' },
        { name: 'The boss', email: 'boss-1-nom@example.com', group: 'peer' },
        { name: 'Myself', email: 'myself@example.com', group: 'self' },
      ],
    });
    expect(rules.status).toBe(400);
    expect(reasons(rules.body)).toEqual([
      "raters[0].email: is the leader's email: the leader answers the self-assessment, added automatically",
      'raters[2].email: is listed twice (also on raters[1])',
      'raters[3].email: is already a rater of this campaign',
      'raters[4].group: the leader answers as self, added automatically',
    ]);
    expect((await leaderCall('GET', '')).body.status).toBe('none');
  });

  it('keeps the proposal as the leader writes it, warns below a minimum, and lets the coach act only once it is sent', async () => {
    const written = await leaderCall('PUT', '', { raters: peers.slice(0, 2) });
    expect(written.status).toBe(200);
    expect(written.body).toMatchObject({ status: 'draft', raters: peers.slice(0, 2) });
    expect(written.body.groups.find((group) => group.id === 'peer')?.warning).toMatch(/Peers: 2 of at least 3/);

    expect((await coachCall('GET')).body).toMatchObject({ status: 'draft', raters: peers.slice(0, 2) });
    const early = await coachCall('POST', '/approve');
    expect(early.status).toBe(409);
    expect(early.body.message).toMatch(/no proposal waiting/);

    expect((await leaderCall('PUT', '', { raters: peers.slice(0, 3) })).body.groups.find((group) => group.id === 'peer')?.warning).toBeNull();
    const sent = await leaderCall('POST', '/submit');
    expect(sent.status).toBe(200);
    expect(sent.body.status).toBe('submitted');
    const meanwhile = await leaderCall('PUT', '', { raters: peers });
    expect(meanwhile.status).toBe(409);
    expect(meanwhile.body.message).toMatch(/with your coach/);
  });

  it('lets the coach correct the proposal and send it back with a note the leader reads', async () => {
    const edited = await coachCall('PUT', '', { raters: [...peers.slice(0, 2), peers[3]] });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ status: 'submitted', raters: [...peers.slice(0, 2), peers[3]] });
    const badEdit = await coachCall('PUT', '', { raters: [{ name: 'Alex', email: campaign.leaderEmail, group: 'peer' }] });
    expect(badEdit.status).toBe(400);
    expect(reasons(badEdit.body)).toEqual(["raters[0].email: is the leader's email: the leader answers the self-assessment, added automatically"]);

    const noNote = await coachCall('POST', '/return', { note: '   ' });
    expect(noNote.status).toBe(400);
    expect(reasons(noNote.body)).toEqual(['note: must say what to change']);
    const returned = await coachCall('POST', '/return', { note: 'Please add two direct reports.' });
    expect(returned.status).toBe(200);
    expect(returned.body.status).toBe('returned');

    const seen = await leaderCall('GET', '');
    expect(seen.body).toMatchObject({ status: 'returned', coachNote: 'Please add two direct reports.', raters: [...peers.slice(0, 2), peers[3]] });
    const reports = raters('direct_report', 2, 'nom');
    const corrected = await leaderCall('PUT', '', { raters: [...seen.body.raters, ...reports] });
    expect(corrected.body.status).toBe('returned');
    expect((await leaderCall('POST', '/submit')).body).toMatchObject({ status: 'submitted', coachNote: null });
  });

  it("approves: the proposal's raters become the campaign's raters", async () => {
    const approved = await coachCall('POST', '/approve');
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', raters: [] });
    const { body } = await coach.get<{ raters: { email: string; group: string }[] }>(`/api/campaigns/${campaign.campaignId}/raters`);
    expect(body.raters.map((rater) => rater.email).sort()).toEqual(
      [
        campaign.leaderEmail,
        'boss-1-nom@example.com',
        ...peers.slice(0, 2).map((rater) => rater.email),
        peers[3].email,
        'direct-report-1-nom@example.com',
        'direct-report-2-nom@example.com',
      ].sort(),
    );
    expect((await coachCall('POST', '/approve')).status).toBe(409);
  });

  it('locks the list at launch: the leader can no longer propose, the coach can still add raters, and the leader never sees who answered', async () => {
    expect((await leaderCall('PUT', '', { raters: [peers[2]] })).body.status).toBe('draft');
    expect((await coach.post(`/api/campaigns/${campaign.campaignId}/launch`)).status).toBe(202);

    const late = await leaderCall('PUT', '', { raters: [peers[2], ...raters('other', 1, 'late')] });
    expect(late.status).toBe(409);
    expect(late.body.message).toMatch(/locked/);
    expect((await leaderCall('POST', '/submit')).status).toBe(409);
    expect((await coachCall('PUT', '', { raters: [peers[2]] })).status).toBe(409);
    expect((await coach.post(`/api/campaigns/${campaign.campaignId}/raters`, { raters: [peers[2]] })).status).toBe(201);

    const locked = await leaderCall('GET', '');
    expect(locked.body).toMatchObject({ locked: true, status: 'draft', raters: [peers[2]] });
    // What the leader reads: the proposal and group guidance, nothing about invitations or answers.
    expect(Object.keys(locked.body).sort()).toEqual(['campaignId', 'coachNote', 'groups', 'locked', 'raters', 'status', 'title']);
    expect(Object.keys(locked.body.groups[0]).sort()).toEqual(['count', 'id', 'identified', 'label', 'minimum', 'recommended', 'warning']);
    // Once locked, a proposal never approved no longer counts towards a group.
    expect(locked.body.groups.find((group) => group.id === 'peer')?.count).toBe(4);
  });
});
