import type { Browser, Page } from 'playwright-core';
import { deadlineInWords } from '../../src/common/deadline-words';
import { ApiClient, draftCampaign, raters, signUpCoach, waitForAggregated } from '../factories/api-client';
import { axeViolations, WCAG22_AA } from '../utils/accessibility';
import { launchChromium } from '../utils/browser';
import { focusedOn, tabTo } from '../utils/keyboard';
import { linkIn } from '../utils/mailbox';
import { startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(90_000);

describe('the rater form in a real browser, without JavaScript and with it', () => {
  let t: TestApp;
  let browser: Browser;
  let coach: ApiClient;
  let campaignId: string;
  const closesAt = new Date(Date.now() + 10 * 86_400_000);

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchChromium();
    coach = (await signUpCoach(new ApiClient(t.baseUrl))).api;
    ({ campaignId } = await draftCampaign(coach, { raters: [...raters('boss', 1), ...raters('peer', 4)], closesAt }));
    await coach.post(`/api/campaigns/${campaignId}/launch`);
    await t.mailbox.waitForCount(6);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function openPage(link: string, javaScriptEnabled = false): Promise<{ page: Page; problems: string[] }> {
    const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 390, height: 844 } });
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
    // Before the first question: the close date in words, and who will see what, group by group.
    const before = page.getByRole('region', { name: 'Before you start' });
    const said = await before.textContent();
    expect(said).toContain(`Please answer by ${deadlineInWords(closesAt)}.`);
    expect(said).toMatch(/Peers \(your group\): anonymous\. .*only once at least 3 of them have answered/);
    expect(said).toMatch(/Manager: not anonymous: Alex Morgan and the coach see these answers as theirs\./);
    expect(said).toMatch(/Alex Morgan \(self-assessment\): not anonymous/);
    const survey = await coach.get<{ themes: { items: unknown[] }[] }>('/api/surveys/leadership-360');
    const itemCount = survey.body.themes.flatMap((theme) => theme.items).length;
    const groups = page.getByRole('radiogroup');
    expect(itemCount).toBeGreaterThan(20);
    expect(await groups.count()).toBe(itemCount);
    for (let index = 0; index < itemCount; index += 1) expect(await groups.nth(index).getByLabel('Not observed').count()).toBe(1);

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
    const next = await page.getByRole('list').textContent();
    expect(next).toContain('once at least 3 of you have answered');
    expect(next).toContain(`The survey closes on ${deadlineInWords(closesAt)}.`);
    expect(next).toContain('you will get a short thank-you email');
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
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Rate at least one statement or write a comment before sending.');
  });

  it('tells the manager plainly that their answers are not anonymous', async () => {
    const { page } = await openPage(linkIn(t.mailbox.to('boss-1-')[0]));
    const notice = await page.getByRole('note').textContent();
    expect(notice).toContain('Your answers are not anonymous');
    expect(notice).toContain('will know these answers are yours');
  });

  it('with JavaScript on, saves the draft as a peer types by keyboard alone, says so in a live status, and thanks them after sending', async () => {
    const link = linkIn(t.mailbox.to('peer-3-')[0]);
    const { page, problems } = await openPage(link, true);
    expect(await axeViolations(page, WCAG22_AA)).toEqual([]);
    const status = page.getByRole('status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.textContent()).toBe('');

    // Keyboard only: Tab into the first statement, arrows to "Usually", then Tab on to the first comment box.
    await tabTo(page, (focused) => focused?.type === 'radio');
    for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowRight');
    await tabTo(page, (focused) => focused?.tag === 'TEXTAREA');
    await page.keyboard.type('Asks the quiet people first');
    await status.filter({ hasText: /^Saved at \d{1,2}:\d\d( [AP]M)?\. You can close this page/ }).waitFor({ timeout: 15_000 });
    // Saving neither left the page nor took the focus away from what the rater is typing.
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/Leadership 360/);
    expect(await focusedOn(page)).toMatchObject({ tag: 'TEXTAREA' });
    expect(await axeViolations(page, WCAG22_AA)).toEqual([]);

    // The draft is the encrypted one: the database cannot read it, and the link brings it back, even without JavaScript.
    const drafts = await t.db.query(`SELECT encode(ciphertext, 'escape') AS content FROM drafts`);
    expect(drafts.length).toBeGreaterThan(0);
    for (const draft of drafts) expect(draft.content).not.toContain('Asks the quiet people first');
    const { page: later } = await openPage(link);
    expect(await later.getByRole('radiogroup').nth(0).getByLabel('Usually').isChecked()).toBe(true);
    expect(await later.getByLabel(/do particularly well/).inputValue()).toBe('Asks the quiet people first');
    await later.context().close();

    await tabTo(page, (focused) => focused?.text === 'Review my answers');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Review your answers' }).waitFor();
    await tabTo(page, (focused) => focused?.text === 'Send my answers');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Thank you!' }).waitFor();
    await expect(page.getByRole('heading', { level: 2, name: 'What happens next' }).count()).resolves.toBe(1);
    expect(await axeViolations(page, WCAG22_AA)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("answers in French on a phone: the browser's language first, a switch to English and back that keeps what was typed", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'fr-FR' });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    expect((await page.goto(linkIn(t.mailbox.to('peer-4-')[0])))?.status()).toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await expect(page.getByRole('note').textContent()).resolves.toContain('Vos réponses sont anonymes.');
    expect(await page.getByRole('region', { name: 'Avant de commencer' }).textContent()).toContain(
      `Merci de répondre avant le ${deadlineInWords(closesAt, 'fr')}.`,
    );
    await expect(page.getByRole('heading', { level: 2, name: 'Partie 1 sur 9\u00a0: Vision et cap' }).count()).resolves.toBe(1);
    const groups = page.getByRole('radiogroup');
    await groups.nth(0).getByLabel('Habituellement').check();
    await groups.nth(1).getByLabel('Non observé / je ne sais pas').check();
    await page.getByLabel(/fait particulièrement bien/).fill('Anime des réunions claires et écoute chacun');
    expect(await axeViolations(page, WCAG22_AA)).toEqual([]);
    // Nothing wider than the phone's screen.
    expect(
      await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth),
    ).toBeLessThanOrEqual(390);

    await page.getByLabel('Langue du formulaire').selectOption('en');
    await page.getByRole('button', { name: 'Afficher le formulaire dans cette langue' }).click();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await groups.nth(0).getByLabel('Usually').isChecked()).toBe(true);
    expect(await page.getByLabel(/do particularly well/).inputValue()).toBe('Anime des réunions claires et écoute chacun');
    // The pick is remembered over the browser's language.
    await page.reload();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByLabel('Language of the form').selectOption('fr');
    await page.getByRole('button', { name: 'Show the form in this language' }).click();

    await page.getByRole('button', { name: 'Relire mes réponses' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Relisez vos réponses');
    expect(await page.locator('dl.review').first().textContent()).toContain('Habituellement');
    await page.getByRole('button', { name: 'Envoyer mes réponses' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Merci\u00a0!');
    expect(await page.getByRole('list').textContent()).toContain('vous recevrez un court e-mail de remerciement');
    expect(await axeViolations(page, WCAG22_AA)).toEqual([]);
    await context.close();
  });

  it('says plainly when an autosave is refused, here because the campaign closed while the rater was typing', async () => {
    const { page } = await openPage(linkIn(t.mailbox.to('peer-2-')[0]), true);
    expect((await coach.post(`/api/campaigns/${campaignId}/close`)).status).toBe(200);
    await page.getByLabel(/do particularly well/).fill('Too late');
    const refused = page.getByRole('status').filter({ hasText: /^Not saved: This survey has closed/ });
    await refused.waitFor({ timeout: 15_000 });
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/Leadership 360/);
    await page.context().close();
  });
});
