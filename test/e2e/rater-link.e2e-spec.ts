import { ApiClient, draftCampaign, raters, signUpCoach } from '../factories/api-client';
import { linkIn, tokenOf } from '../utils/mailbox';
import { startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(60_000);

describe('the emailed link trades its token for a cookie', () => {
  let t: TestApp;
  let links: string[];

  beforeAll(async () => {
    t = await startTestApp();
    const coach = (await signUpCoach(new ApiClient(t.baseUrl))).api;
    const { campaignId } = await draftCampaign(coach, { raters: raters('peer', 3) });
    await coach.post(`/api/campaigns/${campaignId}/launch`);
    links = (await t.mailbox.waitForCount(4)).filter((mail) => mail.to.includes('peer-')).map(linkIn);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('redirects to an address without the token, setting a short-lived, script-proof, same-site cookie', async () => {
    const token = tokenOf(links[0]);
    const first = await fetch(links[0], { redirect: 'manual' });
    expect(first.status).toBe(303);
    const location = first.headers.get('location') ?? '';
    expect(location).toMatch(/^\/r\/s\/[0-9a-f]{32}$/);
    expect(location).not.toContain(token);
    expect(first.headers.get('referrer-policy')).toBe('no-referrer');
    const cookie = first.headers.get('set-cookie') ?? '';
    expect(cookie).toContain(`Path=${location}`);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Max-Age=14400/);

    const page = await fetch(`${t.baseUrl}${location}`, { headers: { cookie: cookie.split(';')[0] } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`action="${location}"`);
    expect(html).not.toContain(token);
  });

  it("shows nothing at the redirected address without the cookie, or with another link's cookie", async () => {
    const first = await fetch(links[1], { redirect: 'manual' });
    const location = first.headers.get('location') ?? '';
    expect((await fetch(`${t.baseUrl}${location}`)).status).toBe(404);
    const other = (await fetch(links[2], { redirect: 'manual' })).headers.get('set-cookie')?.split(';')[0] ?? '';
    expect((await fetch(`${t.baseUrl}${location}`, { headers: { cookie: other } })).status).toBe(404);
  });

  it('takes the form only with the guard field of its own page', async () => {
    const first = await fetch(links[1], { redirect: 'manual' });
    const location = first.headers.get('location') ?? '';
    const cookie = first.headers.get('set-cookie')?.split(';')[0] ?? '';
    const page = await (await fetch(`${t.baseUrl}${location}`, { headers: { cookie } })).text();
    const guard = /name="guard" value="([0-9a-f]{64})"/.exec(page)?.[1] ?? '';
    const item = /type="radio" name="([^"]+)"/.exec(page)?.[1] ?? '';
    const post = (fields: Record<string, string>) =>
      fetch(`${t.baseUrl}${location}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields).toString(),
      });
    expect((await post({ [item]: '4', action: 'submit' })).status).toBe(403);
    expect((await post({ [item]: '4', action: 'submit', guard: 'f'.repeat(64) })).status).toBe(403);
    const sent = await post({ [item]: '4', action: 'submit', guard });
    expect(sent.status).toBe(201);
    expect(await sent.text()).toContain('Thank you!');
    expect((await fetch(links[1], { redirect: 'manual' })).status).toBe(409);
  });
});
