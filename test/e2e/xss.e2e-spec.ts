import type { Browser } from 'playwright-core';
import { ApiClient, signUpCoach } from '../factories/api-client';
import { launchChromium } from '../utils/browser';
import { linkIn } from '../utils/mailbox';
import { startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(60_000);

const SCRIPT = '<script>window.__pwned = 1</script>';
const IMAGE = '<img src=x onerror="window.__pwned = 1">';

describe('script and HTML typed by coaches or raters stay inert', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('in invitation emails and on the rater page, shown as the text that was typed', async () => {
    const { api: coach } = await signUpCoach(new ApiClient(t.baseUrl), `Dana ${IMAGE}`);
    const engagement = await coach.post<{ id: string }>('/api/engagements', { title: SCRIPT, leader: { name: `Alex ${SCRIPT}`, email: 'alex@example.com' } });
    const campaign = await coach.post<{ id: string }>(`/api/engagements/${engagement.body.id}/campaigns`, { surveyId: 'leadership-360' });
    await coach.post(`/api/campaigns/${campaign.body.id}/raters`, { raters: [{ name: `Sam ${IMAGE}`, email: 'sam@example.com', group: 'peer' }] });
    await coach.post(`/api/campaigns/${campaign.body.id}/launch`);
    const mails = await t.mailbox.waitForCount(2);
    const peerMail = mails.find((mail) => mail.to.includes('sam@example.com'));
    expect(peerMail?.html).not.toContain('<script>');
    expect(peerMail?.html).not.toContain('<img src=x');
    expect(peerMail?.html).toContain('Alex &lt;script&gt;');
    // The plain-text part is not HTML: it shows the name exactly as typed.
    expect(peerMail?.text).toContain(`Alex ${SCRIPT}`);

    for (const mail of mails) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.setContent(mail.html);
      await page.goto(linkIn(mail));
      expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(`Alex ${SCRIPT}`);
      await page.getByLabel(/do particularly well|do you do particularly well/).fill(`${SCRIPT}${IMAGE}`);
      await page.getByRole('button', { name: 'Save and finish later' }).click();
      expect(await page.getByLabel(/do particularly well|do you do particularly well/).inputValue()).toBe(`${SCRIPT}${IMAGE}`);
      expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      await context.close();
    }
  });
});
