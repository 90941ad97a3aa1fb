import { ApiClient, draftCampaign, raters, signUpCoach } from '../factories/api-client';
import { linkIn, tokenOf } from '../utils/mailbox';
import { openRaterLink } from '../utils/rater-link';
import { startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(60_000);

/** The Content-Security-Policy's directives by name. */
function directives(headers: Headers): Map<string, string> {
  const policy = headers.get('content-security-policy') ?? '';
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name, values.join(' ')]),
  );
}

describe('security headers, served over http', () => {
  let t: TestApp;
  let coach: ApiClient;
  let campaignId: string;
  let engagementId: string;
  let link: string;

  beforeAll(async () => {
    t = await startTestApp();
    coach = (await signUpCoach(new ApiClient(t.baseUrl))).api;
    ({ campaignId, engagementId } = await draftCampaign(coach, { raters: raters('peer', 3) }));
    await coach.post(`/api/campaigns/${campaignId}/launch`);
    link = linkIn((await t.mailbox.waitForCount(4)).find((mail) => mail.to.includes('peer-'))!);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("keeps a rater's questionnaire and decrypted draft out of every cache", async () => {
    const token = tokenOf(link);
    const rater = new ApiClient(t.baseUrl);
    expect((await rater.put(`/api/responses/${token}/draft`, { answers: { strengths: 'Listens before deciding' } })).status).toBe(204);
    const read = await rater.get<{ draft: { answers: Record<string, unknown> } }>(`/api/responses/${token}`);
    expect(read.status).toBe(200);
    expect(read.body.draft.answers.strengths).toBe('Listens before deciding');
    expect(read.headers.get('cache-control')).toBe('no-store');
  });

  it("keeps the coach's JSON reads of raters, reports and exports out of every cache", async () => {
    for (const path of [
      `/api/campaigns/${campaignId}/raters`,
      `/api/campaigns/${campaignId}/progress`,
      `/api/campaigns/${campaignId}/report`,
      `/api/campaigns/${campaignId}/report.csv`,
      `/api/engagements/${engagementId}/export`,
    ]) {
      const read = await coach.get(path);
      expect([path, read.status, read.headers.get('cache-control')]).toEqual([path, 200, 'no-store']);
    }
  });

  it('lets no page or JSON answer be framed, anywhere', async () => {
    const page = await openRaterLink(link);
    expect(page.status).toBe(200);
    const json = await coach.get(`/api/campaigns/${campaignId}/progress`);
    for (const headers of [page.headers, json.headers]) {
      expect(directives(headers).get('frame-ancestors')).toBe("'none'");
      expect(headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it('sends no HSTS and asks for no https upgrade when the app is served over http', async () => {
    const page = await openRaterLink(link);
    expect(page.headers.get('strict-transport-security')).toBeNull();
    expect(directives(page.headers).has('upgrade-insecure-requests')).toBe(false);
    // The rest of the policy still holds.
    expect(directives(page.headers).get('script-src')).toBe("'self'");
  });
});

describe('security headers, served over https (PUBLIC_URL behind a TLS proxy)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL: 'https://feedback.example.com' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('sends HSTS for a year and asks browsers to upgrade what the page loads', async () => {
    for (const path of ['/coach/login', '/api/health']) {
      const response = await fetch(`${t.baseUrl}${path}`);
      expect([path, response.headers.get('strict-transport-security')]).toEqual([path, 'max-age=31536000; includeSubDomains']);
      expect(directives(response.headers).has('upgrade-insecure-requests')).toBe(true);
      expect(directives(response.headers).get('frame-ancestors')).toBe("'none'");
    }
  });
});
