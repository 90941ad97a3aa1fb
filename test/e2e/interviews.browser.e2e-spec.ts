import type { Browser, BrowserContext } from 'playwright-core';
import { ApiClient, draftCampaign, raters, signUpCoach } from '../factories/api-client';
import { axeViolations, WCAG22_AA } from '../utils/accessibility';
import { launchChromium } from '../utils/browser';
import { tabTo } from '../utils/keyboard';
import { startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(120_000);

/** The interview form in Chromium: reached from the campaign page and filled in with the keyboard alone, labelled, clean under axe. */
describe('entering an interview on its page, in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let coachEmail: string;
  let campaignId: string;

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchChromium();
    const signedUp = await signUpCoach(new ApiClient(t.baseUrl));
    coachEmail = signedUp.email;
    ({ campaignId } = await draftCampaign(signedUp.api, { raters: raters('peer', 3) }));
    expect((await signedUp.api.post(`/api/campaigns/${campaignId}/launch`)).status).toBe(202);
    context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await t?.close();
  });

  it('shows each problem beside its field, then saves the interview as one more answer of its group', async () => {
    const page = await context.newPage();
    await page.goto(`${t.baseUrl}/coach/login?next=${encodeURIComponent(`/coach/campaigns/${campaignId}`)}`);
    await page.getByLabel('Email').fill(coachEmail);
    await page.getByLabel('Password').fill('correct horse battery');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${t.baseUrl}/coach/campaigns/${campaignId}`);

    await tabTo(page, (focused) => focused?.text === 'Enter an interview you held…');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${t.baseUrl}/coach/campaigns/${campaignId}/interviews/new`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Enter an interview');
    expect(await axeViolations(page, WCAG22_AA)).toEqual([]);
    // Every rating is a labelled select, theme by theme, "Not asked" until the coach picks one.
    const ratings = page.getByRole('group').first().getByRole('combobox');
    expect(await ratings.count()).toBeGreaterThan(1);
    expect(await ratings.first().inputValue()).toBe('');

    // Nothing chosen, nothing typed: refused, each problem beside its field.
    await page.getByRole('button', { name: 'Save the interview' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForLoadState();
    expect(await page.locator('#f-group-error').textContent()).toContain('choose the group of the person you interviewed');
    expect(await page.locator('#f-notes-error').textContent()).toContain('must not be empty');
    expect(await axeViolations(page, WCAG22_AA)).toEqual([]);

    await page.getByLabel('Whom you interviewed').focus();
    await page.keyboard.type('Peers');
    expect(await page.getByLabel('Whom you interviewed').inputValue()).toBe('peer');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Listens well one to one; in meetings decisions arrive without the why.');
    await ratings.first().focus();
    await page.keyboard.press('End');
    const rated = await ratings.first().getAttribute('name');
    await page.getByRole('button', { name: 'Save the interview' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${t.baseUrl}/coach/campaigns/${campaignId}?done=interview`);
    expect(await page.getByRole('status').textContent()).toBe('The interview is saved as one more answer of its group.');
    expect(await page.locator('main').textContent()).toContain('Interviews you entered: 1 with Peers.');
    expect(await axeViolations(page, WCAG22_AA)).toEqual([]);

    const stored: { group_id: string; ratings: Record<string, number>; interview: boolean }[] = await t.db.query(
      `SELECT group_id, ratings, interview FROM responses WHERE campaign_id = $1`,
      [campaignId],
    );
    const itemId = /^ratings\[(.+)\]$/.exec(rated ?? '')?.[1] ?? '';
    expect(stored).toMatchObject([{ group_id: 'peer', ratings: { [itemId]: 5 }, interview: true }]);
    // The items not asked about are stored as not observed, as the API stores them.
    expect(Object.entries(stored[0].ratings).filter(([id, rating]) => id !== itemId && rating !== null)).toEqual([]);
    await page.close();
  });

  it('lists the interviews entered, corrects one, and removes one after asking, with the keyboard alone', async () => {
    const page = await context.newPage();
    await page.goto(`${t.baseUrl}/coach/campaigns/${campaignId}`);
    await tabTo(page, (focused) => focused?.text === 'Read or remove your interviews');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${t.baseUrl}/coach/campaigns/${campaignId}/interviews`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Interviews you entered');
    const row = page.getByRole('row').nth(1);
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      expect.stringMatching(/^\d{1,2} [A-Z][a-z]{2} \d{4}$/),
      'Peers',
      'Listens well one to one; in meetings decisions arrive without the why.',
      '1 rating',
      expect.stringMatching(/^Correct the interview of .+ with Peers…Remove the interview of .+ with Peers…$/),
    ]);
    expect(await axeViolations(page, WCAG22_AA)).toEqual([]);

    // The correction form starts from the interview as entered; an emptied field is refused beside it.
    await tabTo(page, (focused) => focused?.text?.startsWith('Correct the interview of') === true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/interviews\/[0-9a-f-]{36}\/edit$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Correct an interview');
    expect(await page.getByLabel('Whom you interviewed').inputValue()).toBe('peer');
    expect(await page.getByLabel('What was said').inputValue()).toBe('Listens well one to one; in meetings decisions arrive without the why.');
    expect(await axeViolations(page, WCAG22_AA)).toEqual([]);
    await page.getByLabel('What was said').focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.getByRole('button', { name: 'Save the correction' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForLoadState();
    expect(await page.locator('#f-notes-error').textContent()).toContain('must not be empty');
    expect(await page.getByLabel('Whom you interviewed').inputValue()).toBe('peer');
    expect(await axeViolations(page, WCAG22_AA)).toEqual([]);
    await page.getByLabel('What was said').focus();
    await page.keyboard.type('Listens well one to one; in meetings too, since the spring.');
    await page.getByRole('button', { name: 'Save the correction' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${t.baseUrl}/coach/campaigns/${campaignId}/interviews?done=corrected`);
    expect(await page.getByRole('status').textContent()).toBe('The interview is corrected: the correction is in its place.');
    expect(await row.getByRole('cell').nth(2).textContent()).toBe('Listens well one to one; in meetings too, since the spring.');
    expect(await row.getByRole('cell').nth(3).textContent()).toBe('1 rating');

    await tabTo(page, (focused) => focused?.text?.startsWith('Remove the interview of') === true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/interviews\/[0-9a-f-]{36}\/remove$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Remove this interview?');
    expect(await page.locator('main').textContent()).toContain('Listens well one to one');
    expect(await axeViolations(page, WCAG22_AA)).toEqual([]);
    const confirmUrl = page.url();
    const csrf = (await page.locator('input[name="csrf"]').first().getAttribute('value')) ?? '';
    await tabTo(page, (focused) => focused?.text === 'Remove the interview');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${t.baseUrl}/coach/campaigns/${campaignId}/interviews?done=removed`);
    expect(await page.getByRole('status').textContent()).toBe('The interview is removed: its notes and ratings are no longer in the campaign.');
    expect(await page.locator('main').textContent()).toContain('You have not entered any interview in this campaign.');
    expect(await axeViolations(page, WCAG22_AA)).toEqual([]);
    expect(await t.db.query(`SELECT COUNT(*)::int AS count FROM responses WHERE campaign_id = $1`, [campaignId])).toEqual([{ count: 0 }]);
    // The same form posted again (a double click, another tab), or its page opened again: the list, not an error.
    const again = await context.request.post(confirmUrl, { form: { csrf }, maxRedirects: 0 });
    expect([again.status(), again.headers().location]).toEqual([303, `/coach/campaigns/${campaignId}/interviews`]);
    await page.goto(confirmUrl);
    expect(page.url()).toBe(`${t.baseUrl}/coach/campaigns/${campaignId}/interviews`);
    await page.close();
  });
});
