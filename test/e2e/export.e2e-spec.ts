import { deriveRaterToken, hashToken } from '../../src/common/tokens';
import { draftIdForToken } from '../../src/responses/draft-crypto';
import { ApiClient, draftCampaign, raters, signUpCoach, waitForAggregated } from '../factories/api-client';
import { linkIn, tokenOf } from '../utils/mailbox';
import { startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(60_000);

interface RaterExport {
  name: string;
  email: string;
  group: string;
  delivery: { status: string };
}
interface CampaignExport {
  id: string;
  surveyId: string;
  surveyVersion: number;
  phase: string;
  status: string;
  closedAt: string | null;
  raters: RaterExport[];
  progress: { invited: number; responded: number; groups: Record<string, { invited: number; responded: number }> };
  nomination: { status: string; raters: { name: string; email: string; group: string }[] };
  report: { aggregatedResponses: number };
}
interface EngagementExport {
  notes: string;
  engagement: { id: string; title: string; leader: { name: string }; sponsor: { name: string } | null; outcomes: string[] };
  campaigns: CampaignExport[];
}

/** Every key of every object anywhere in a JSON value. */
function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, child]) => [key, ...keysOf(child)]);
  return [];
}

/** Every object anywhere in a JSON value. */
function objectsOf(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap(objectsOf);
  if (value && typeof value === 'object') return [value as Record<string, unknown>, ...Object.values(value).flatMap(objectsOf)];
  return [];
}

describe('GET /api/engagements/:id/export: everything stored about an engagement, without rater identities in answers', () => {
  let t: TestApp;
  let coach: ApiClient;
  let engagementId: string;
  let campaignId: string;
  const tokens: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    coach = (await signUpCoach(new ApiClient(t.baseUrl))).api;
    ({ engagementId, campaignId } = await draftCampaign(coach, { raters: [...raters('boss', 1), ...raters('peer', 3), ...raters('direct_report', 3)] }));
    // A second campaign, never launched: exported as it stands, with the raters the leader proposed for it.
    const second = await coach.post<{ id: string }>(`/api/engagements/${engagementId}/campaigns`, { surveyId: 'boss-start-stop-continue' });
    await t.db.query(`INSERT INTO rater_nominations (campaign_id, status, raters) VALUES ($1, 'submitted', $2::jsonb)`, [
      second.body.id,
      JSON.stringify([{ name: 'Pat Proposed', email: 'pat@example.com', group: 'boss' }]),
    ]);
    await coach.post(`/api/campaigns/${campaignId}/launch`);
    for (const mail of await t.mailbox.waitForCount(8)) {
      const token = tokenOf(linkIn(mail));
      tokens.push(token);
      if (mail.to.includes('direct-report-3-')) {
        // One rater only saves a draft and never submits.
        await new ApiClient(t.baseUrl).put(`/api/responses/${token}/draft`, { answers: { strengths: 'A draft only this rater has seen' } });
        continue;
      }
      const q = (await new ApiClient(t.baseUrl).get<{ items: { id: string }[]; questions: { id: string; type: string }[] }>(`/api/responses/${token}`)).body;
      const answers: Record<string, unknown> = Object.fromEntries(q.items.map((item, index) => [item.id, (index % 5) + 1]));
      const text = q.questions.find((question) => question.type === 'text');
      if (text) answers[text.id] = `Clear communication in meetings, says rater ${tokens.length}`;
      expect((await new ApiClient(t.baseUrl).post(`/api/responses/${token}`, { answers })).status).toBe(201);
    }
    // Closing queues the fold of every answer still waiting for a batch; a worker runs it at once.
    expect((await coach.post(`/api/campaigns/${campaignId}/close`)).status).toBe(200);
    await waitForAggregated(coach, campaignId, 7);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('holds the engagement, its campaigns, their raters with delivery, progress per group and each report as the API gives it', async () => {
    const exported = await coach.get<EngagementExport>(`/api/engagements/${engagementId}/export`);
    expect(exported.status).toBe(200);
    const { engagement, campaigns, notes } = exported.body;
    expect(engagement).toMatchObject({
      id: engagementId,
      title: 'Alex Morgan: leadership program',
      leader: { name: 'Alex Morgan' },
      sponsor: { name: 'Jordan Lee' },
      outcomes: [{ text: 'Others rate communication at 4.0 or more by the final review', indicator: null, measuredBy: null }],
    });
    expect(campaigns.map((campaign) => [campaign.surveyId, campaign.phase, campaign.status])).toEqual([
      ['leadership-360', 'baseline', 'closed'],
      ['boss-start-stop-continue', 'baseline', 'draft'],
    ]);
    const [finished] = campaigns;
    expect(finished.closedAt).not.toBeNull();
    expect(finished.raters).toHaveLength(8);
    expect(finished.raters.map((rater) => rater.group).sort()).toEqual([
      'boss',
      'direct_report',
      'direct_report',
      'direct_report',
      'peer',
      'peer',
      'peer',
      'self',
    ]);
    expect(finished.raters.every((rater) => rater.delivery.status === 'sent' && rater.email.includes('@'))).toBe(true);
    expect(finished.progress).toMatchObject({
      invited: 8,
      responded: 7,
      groups: { direct_report: { invited: 3, responded: 2 }, peer: { invited: 3, responded: 3 } },
    });
    expect(finished.nomination).toMatchObject({ status: 'none', raters: [] });
    expect(campaigns[1].nomination).toMatchObject({ status: 'submitted', raters: [{ name: 'Pat Proposed', email: 'pat@example.com', group: 'boss' }] });
    const report = await coach.get(`/api/campaigns/${campaignId}/report`);
    expect(finished.report).toEqual(report.body);
    expect(finished.report.aggregatedResponses).toBe(7);
    expect(notes).toMatch(/same anonymity rules as the report/);
    expect(notes).toMatch(/whether any given rater answered/);
  });

  it('holds no response id, raw ratings, draft, token, nonce or token hash, and no per-rater answered flag', async () => {
    const exported = (await coach.get<EngagementExport>(`/api/engagements/${engagementId}/export`)).body;
    const text = JSON.stringify(exported);
    const responses: { id: string; ratings: Record<string, number | null> }[] = await t.db.query(`SELECT id, ratings FROM responses`);
    expect(responses).toHaveLength(7);
    const invitations: { token_nonce: string; token_hash: string }[] = await t.db.query(`SELECT token_nonce, token_hash FROM invitations`);
    const secrets = [
      ...responses.map((response) => response.id),
      ...invitations.flatMap((invitation) => [invitation.token_nonce, invitation.token_hash, deriveRaterToken(t.config.tokenSecret, invitation.token_nonce)]),
      ...tokens.flatMap((token) => [token, hashToken(token), draftIdForToken(token)]),
      'A draft only this rater has seen',
    ];
    for (const secret of secrets) expect(text.includes(secret)).toBe(false);

    const keys = new Set(keysOf(exported));
    for (const forbidden of ['answered', 'answeredAt', 'token', 'tokenHash', 'tokenNonce', 'responseId', 'sum', 'sumSquares', 'histogram', 'draft', 'texts'])
      expect([forbidden, keys.has(forbidden)]).toEqual([forbidden, false]);
    // No object maps item ids to ratings, as a stored answer does.
    const itemIds = new Set(Object.keys(responses[0].ratings));
    for (const object of objectsOf(exported)) expect(Object.keys(object).filter((key) => itemIds.has(key))).toEqual([]);
  });

  it('is another coach’s business only as a 404', async () => {
    const intruder = (await signUpCoach(new ApiClient(t.baseUrl), 'Intruder')).api;
    const attempt = await intruder.get<{ statusCode: number }>(`/api/engagements/${engagementId}/export`);
    expect(attempt.status).toBe(404);
    expect(JSON.stringify(attempt.body)).not.toContain('Alex Morgan');
    expect((await new ApiClient(t.baseUrl).get(`/api/engagements/${engagementId}/export`)).status).toBe(401);
  });
});
