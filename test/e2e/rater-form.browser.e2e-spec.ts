import type { Browser, Page } from 'playwright-core';
import { ApiClient, draftCampaign, raters, signUpCoach, waitForAggregated } from '../factories/api-client';
import { launchChromium } from '../utils/browser';
import { linkIn } from '../utils/mailbox';
import { startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(90_000);

describe('the rater form in a real browser, with JavaScript switched off', () => {
  let t: TestApp;
  let browser: Browser;
  let coach: ApiClient;
  let campaignId: string;

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchChromium();
    coach = (await signUpCoach(new ApiClient(t.baseUrl))).api;
    ({ campaignId } = await draftCampaign(coach, { raters: [...raters('boss', 1), ...raters('peer', 3)] }));
    await coach.post(`/api/campaigns/${campaignId}/launch`);
    await t.mailbox.waitForCount(5);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function openPage(link: string): Promise<{ page: Page; problems: string[] }> {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    const response = await page.goto(link);
    expect(response?.status()).toBe(200);
    return { page, problems };
  }

  it('lets a peer rate, comment, save, come back, and send, all without JavaScript', async () => {
    const { page, problems } = await openPage(linkIn(t.mailbox.to('peer-1-')[0]));
    await expect(page.getByRole('note').textContent()).resolves.toContain('Your answers are anonymous');
    const survey = await coach.get<{ themes: { items: unknown[] }[] }>('/api/surveys/leadership-360');
    const itemCount = survey.body.themes.flatMap((theme) => theme.items).length;
    const groups = page.getByRole('radiogroup');
    expect(itemCount).toBeGreaterThan(20);
    expect(await groups.count()).toBe(itemCount);

    await groups.nth(0).getByLabel('Usually').check();
    await groups.nth(1).getByLabel('Not observed').check();
    await groups.nth(2).getByLabel('Rarely').check();
    await page.getByLabel(/do particularly well/).fill('Runs calm, clear meetings & <b>listens</b>');
    await page.getByLabel('Start', { exact: true }).fill('Delegate the weekly report');
    await page.getByRole('button', { name: 'Save and finish later' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toContain('Your answers are saved');

    // Coming back later: the saved answers are there again, from the encrypted draft.
    await page.reload();
    expect(await groups.nth(0).getByLabel('Usually').isChecked()).toBe(true);
    expect(await groups.nth(2).getByLabel('Rarely').isChecked()).toBe(true);
    expect(await page.getByLabel(/do particularly well/).inputValue()).toBe('Runs calm, clear meetings & <b>listens</b>');

    // One section per theme, then the open questions, each saying where the rater is.
    const themes = survey.body.themes.length;
    await expect(page.getByRole('heading', { level: 2, name: `Section 1 of ${themes + 1}: Vision and direction` }).count()).resolves.toBe(1);
    await expect(page.getByRole('heading', { level: 2, name: `Section ${themes + 1} of ${themes + 1}: In your own words` }).count()).resolves.toBe(1);

    // A review step before anything is sent: every answer once more, and a way back to change one.
    await page.getByRole('button', { name: 'Review my answers' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Review your answers');
    await expect(page.getByText('Runs calm, clear meetings & <b>listens</b>').count()).resolves.toBe(1);
    await expect(page.getByText('Delegate the weekly report').count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Change my answers' }).click();
    expect(await groups.nth(2).getByLabel('Rarely').isChecked()).toBe(true);
    await groups.nth(2).getByLabel('Often').check();
    await page.getByRole('button', { name: 'Review my answers' }).click();
    const rows = await page.locator('dl.review').first().textContent();
    expect(rows).toMatch(/Usually/);
    expect(rows).toMatch(/Often/);
    expect(rows).not.toMatch(/Rarely/);
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Thank you!');
    expect(problems).toEqual([]);
    const again = await page.goto(linkIn(t.mailbox.to('peer-1-')[0]));
    expect(again?.status()).toBe(409);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Thank you, your answers are in');

    await waitForAggregated(coach, campaignId, 1);
    const [stored] = await t.db.query(`SELECT COUNT(*)::int AS comments FROM comments WHERE text = $1`, ['Runs calm, clear meetings & <b>listens</b>']);
    expect(stored.comments).toBe(1);
  });

  it('keeps what was typed and names the problem when the answer cannot be sent', async () => {
    const { page } = await openPage(linkIn(t.mailbox.to('peer-2-')[0]));
    await page.getByRole('button', { name: 'Review my answers' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('rate at least one statement or write a comment');
  });

  it('tells the manager plainly that their answers are not anonymous', async () => {
    const { page } = await openPage(linkIn(t.mailbox.to('boss-1-')[0]));
    const notice = await page.getByRole('note').textContent();
    expect(notice).toContain('Your answers are not anonymous');
    expect(notice).toContain('will know these answers are yours');
  });
});
