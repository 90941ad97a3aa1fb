import { waitUntil } from '../../src/common/wait-until';
import { ApiClient, draftCampaign, raters, type RaterView, ratersOf, signUpCoach } from '../factories/api-client';
import { axeViolations, WCAG22_AA } from '../utils/accessibility';
import { launchChromium } from '../utils/browser';
import { type CoachBrowser, decodeEntities, fieldError, idIn, signUpInBrowser } from '../utils/coach-pages';
import { countSweeps, waitForSweepAndMailJobs } from '../utils/mail-sweeps';
import { linkIn, tokenOf } from '../utils/mailbox';
import { startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(90_000);

describe('mail that arrives, and addresses that do not', () => {
  let t: TestApp;
  let sweeps: () => number;

  beforeAll(async () => {
    t = await startTestApp();
    sweeps = countSweeps(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('sends invitations as HTML and plain text, with the names, the deadline and a link that works when copied', async () => {
    const coach = (await signUpCoach(new ApiClient(t.baseUrl), 'Robin Coach')).api;
    const peers = raters('peer', 3);
    const { campaignId } = await draftCampaign(coach, { raters: peers });
    const before = t.mailbox.messages.length;
    expect((await coach.post(`/api/campaigns/${campaignId}/launch`)).status).toBe(202);
    await waitUntil(() => t.mailbox.to(peers[0].email).length === 1, { what: 'the first peer’s invitation' });
    const [mail] = t.mailbox.messages.slice(before).filter((message) => message.to.includes(peers[0].email));
    const link = linkIn(mail);
    for (const part of [mail.text, decodeEntities(mail.html)]) {
      expect(part).toContain('Robin Coach');
      expect(part).toContain('Alex Morgan');
      expect(part).toContain('anonymous');
      expect(part).toContain(link);
    }
    // A layout of tables, which every mail client lays out alike; no script, no external asset.
    expect(mail.html).toMatch(/<table role="presentation"/);
    expect(mail.html).not.toMatch(/<script|<link |src="http/i);
    expect((await new ApiClient(t.baseUrl).get(`/api/responses/${tokenOf(link)}`)).status).toBe(200);
  });

  it('takes an address the mail server refuses for good as not delivered, without retrying or reminding it, until the coach corrects it', async () => {
    const coach = (await signUpCoach(new ApiClient(t.baseUrl))).api;
    const peers = raters('peer', 3);
    const unknown = peers[2].email;
    t.mailbox.unknownRecipients.add(unknown);
    const { campaignId } = await draftCampaign(coach, { raters: peers });
    expect((await coach.post(`/api/campaigns/${campaignId}/launch`)).status).toBe(202);

    let refused: RaterView | undefined;
    await waitUntil(
      async () => {
        refused = (await ratersOf(coach, campaignId)).find((rater) => rater.email === unknown && rater.delivery.status === 'refused');
        return refused !== undefined;
      },
      { what: 'the unknown address refused' },
    );
    expect(refused?.delivery.error).toMatch(/550 .*User unknown/);

    expect((await coach.post(`/api/campaigns/${campaignId}/remind`)).status).toBe(202);
    await waitForSweepAndMailJobs(t, sweeps);
    // One attempt: no job retry, no retry round, no reminder to an address that does not exist.
    expect(t.mailbox.refusedRecipients.get(unknown)).toBe(1);
    expect(t.mailbox.to(peers[0].email)).toHaveLength(2);

    const id = refused?.id ?? '';
    const delivered = (await ratersOf(coach, campaignId)).find((rater) => rater.email === peers[0].email);
    const bad = await coach.patch(`/api/campaigns/${campaignId}/raters/${id}`, { email: 'not an address' });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ message: ['email: must be an email address'] });
    expect((await coach.patch(`/api/campaigns/${campaignId}/raters/00000000-0000-4000-8000-000000000000`, { email: 'x@example.com' })).status).toBe(404);
    expect((await coach.patch(`/api/campaigns/${campaignId}/raters/${delivered?.id}`, { email: 'elsewhere@example.com' })).status).toBe(409);
    expect((await coach.patch(`/api/campaigns/${campaignId}/raters/${id}`, { email: peers[1].email })).status).toBe(409);

    const corrected = `fixed-${unknown}`;
    const fixed = await coach.patch<RaterView>(`/api/campaigns/${campaignId}/raters/${id}`, { email: corrected.toUpperCase() });
    expect(fixed.status).toBe(200);
    expect(fixed.body).toMatchObject({ email: corrected, delivery: { status: 'queued', error: null } });
    await waitUntil(() => t.mailbox.to(corrected).length === 1, { what: 'the invitation at the corrected address' });
    expect((await new ApiClient(t.baseUrl).get(`/api/responses/${tokenOf(linkIn(t.mailbox.to(corrected)[0]))}`)).status).toBe(200);
    expect((await ratersOf(coach, campaignId)).find((rater) => rater.id === id)?.delivery.status).toBe('sent');
  });

  it('takes no bounce by HTTP without MAIL_BOUNCE_WEBHOOK_SECRET: the route answers as absent', async () => {
    const forwarded = await new ApiClient(t.baseUrl)
      .as('x'.repeat(40))
      .request('POST', '/api/mail/bounces', 'Subject: x\r\n\r\nx', { 'content-type': 'message/rfc822' });
    expect(forwarded.status).toBe(404);
  });

  it('thanks those who answered once the campaign closes, exactly once, and nobody else', async () => {
    const coach = (await signUpCoach(new ApiClient(t.baseUrl))).api;
    const peers = raters('peer', 3);
    const { campaignId, leaderEmail } = await draftCampaign(coach, { raters: peers });
    const before = t.mailbox.messages.length;
    expect((await coach.post(`/api/campaigns/${campaignId}/launch`)).status).toBe(202);
    await waitUntil(() => t.mailbox.messages.length >= before + 4, { what: 'four invitations' });
    const tokenOfRater = (email: string) => tokenOf(linkIn(t.mailbox.to(email)[0]));
    const thankYous = () => t.mailbox.messages.filter((mail) => mail.subject.startsWith('Thank you for your feedback on Alex Morgan'));

    for (const peer of peers.slice(0, 2)) {
      const token = tokenOfRater(peer.email);
      const rater = new ApiClient(t.baseUrl);
      const q = (await rater.get<{ items: { id: string }[] }>(`/api/responses/${token}`)).body;
      expect((await rater.post(`/api/responses/${token}`, { answers: { [q.items[0].id]: 4 } })).status).toBe(201);
    }
    await waitForSweepAndMailJobs(t, sweeps);
    expect(thankYous()).toHaveLength(0); // not while the campaign is open: its time would tell when they answered

    expect((await coach.post(`/api/campaigns/${campaignId}/close`)).status).toBe(200);
    await waitUntil(() => thankYous().length === 2, { what: 'two thank-you mails' });
    await waitForSweepAndMailJobs(t, sweeps);
    const thanked = thankYous();
    expect(thanked).toHaveLength(2);
    expect(thanked.map((mail) => peers.findIndex((peer) => mail.to.includes(peer.email))).sort()).toEqual([0, 1]);
    expect(thanked.some((mail) => mail.to.includes(leaderEmail))).toBe(false);
    expect(thanked[0].text).not.toMatch(/\/r\//);
    expect(thanked[0].html).toMatch(/<table role="presentation"/);
  });

  describe('on the campaign page', () => {
    let browser: CoachBrowser;
    let campaignId: string;
    const unknown = `nobody-${Date.now()}@example.com`;

    beforeAll(async () => {
      ({ browser } = await signUpInBrowser(t.baseUrl));
      const form = await browser.get('/coach/engagements/new');
      const engagement = await browser.post(
        '/coach/engagements',
        { title: 'Alex', 'leader[name]': 'Alex Morgan', 'leader[email]': `alex-${Date.now()}@example.com`, 'sponsor[name]': '', 'sponsor[email]': '' },
        form.html,
      );
      const created = await browser.post(
        `/coach/engagements/${idIn(engagement.location, 'engagements')}/campaigns`,
        { surveyId: 'leadership-360', phase: 'baseline', closesOn: '' },
        form.html,
      );
      campaignId = idIn(created.location, 'campaigns');
      t.mailbox.unknownRecipients.add(unknown);
      const page = await browser.get(`/coach/campaigns/${campaignId}`);
      for (const [name, email] of [
        ['Sam Lee', `sam-${Date.now()}@example.com`],
        ['Kim Park', unknown],
      ])
        expect((await browser.post(`/coach/campaigns/${campaignId}/raters`, { name, email, group: 'peer' }, page.html)).status).toBe(303);
      expect((await browser.post(`/coach/campaigns/${campaignId}/launch`, {}, page.html)).status).toBe(303);
    });

    it('counts the refused address as not delivered and offers to correct it, beside its field', async () => {
      let page = await browser.get(`/coach/campaigns/${campaignId}`);
      await waitUntil(
        async () => {
          page = await browser.get(`/coach/campaigns/${campaignId}`);
          return page.html.includes('Addresses that did not work');
        },
        { what: 'the refused address on the campaign page' },
      );
      expect(decodeEntities(page.html)).toMatch(/Address refused: 550 /);
      const label = /<label class="block" for="(f-email-[0-9a-f-]{36})">New email for Kim Park<\/label>/.exec(page.html);
      expect(label).not.toBeNull();
      const fieldId = label?.[1] ?? '';
      const action = new RegExp(`<form method="post" action="(/coach/campaigns/${campaignId}/raters/[0-9a-f-]{36}/email)"`).exec(page.html)?.[1] ?? '';
      const fieldName = fieldId.slice('f-'.length);

      const refusedForm = await browser.post(action, { [fieldName]: 'kim at example' }, page.html);
      expect(refusedForm.status).toBe(400);
      expect(fieldError(refusedForm.html, fieldId)).toBe('must be an email address');
      expect(refusedForm.html).toContain('value="kim at example"');

      const chromium = await launchChromium();
      try {
        const context = await chromium.newContext();
        await context.addCookies(
          browser.cookie.split('; ').map((pair) => ({ name: pair.slice(0, pair.indexOf('=')), value: pair.slice(pair.indexOf('=') + 1), url: t.baseUrl })),
        );
        const tab = await context.newPage();
        await tab.goto(`${t.baseUrl}/coach/campaigns/${campaignId}`);
        await tab.getByLabel('New email for Kim Park').focus();
        expect(await axeViolations(tab, WCAG22_AA)).toEqual([]);
      } finally {
        await chromium.close();
      }

      const corrected = `kim-${Date.now()}@example.com`;
      const saved = await browser.post(action, { [fieldName]: corrected }, page.html);
      expect(saved.status).toBe(303);
      expect(saved.location).toBe(`/coach/campaigns/${campaignId}?done=resent`);
      await waitUntil(() => t.mailbox.to(corrected).length === 1, { what: 'the invitation at the corrected address' });
    });
  });
});
