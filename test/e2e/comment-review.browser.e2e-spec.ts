import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Report } from '../../src/reports/assembly/report.types';
import { ApiClient, draftCampaign, raters, signUpCoach, waitForAggregated } from '../factories/api-client';
import { axeViolations, WCAG22_AA } from '../utils/accessibility';
import { launchChromium } from '../utils/browser';
import { linkIn, tokenOf } from '../utils/mailbox';
import { readPdfText } from '../utils/pdf-text';
import { startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(120_000);

const COMMENTS = ['Has a strong sense of where the product should go.', 'Always calm when a launch slips.', 'Lovely person, really glad he joined us.'];
const HELD_BACK = 'Only one direct report wrote this, so nobody may read it yet.';

/** The review page in Chromium: reached from the report, worked with the keyboard alone, with no script of its own, and clean under axe. */
describe('the comment review page, in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let coach: ApiClient;
  let coachEmail: string;
  let campaignId: string;
  const problems: string[] = [];

  const answer = async (token: string, comment: string): Promise<void> => {
    const questionnaire = (await new ApiClient(t.baseUrl).get<{ items: { id: string }[] }>(`/api/responses/${token}`)).body;
    const answers: Record<string, unknown> = Object.fromEntries(questionnaire.items.map((item) => [item.id, 3]));
    answers.strengths = comment;
    expect((await new ApiClient(t.baseUrl).post(`/api/responses/${token}`, { answers })).status).toBe(201);
  };

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchChromium();
    const signedUp = await signUpCoach(new ApiClient(t.baseUrl));
    coach = signedUp.api;
    coachEmail = signedUp.email;
    ({ campaignId } = await draftCampaign(coach, { raters: [...raters('peer', 3), ...raters('direct_report', 3)] }));
    await coach.post(`/api/campaigns/${campaignId}/launch`);
    const mails = await t.mailbox.waitForCount(7);
    const tokens = (prefix: string) => mails.filter((mail) => mail.to.includes(prefix)).map((mail) => tokenOf(linkIn(mail)));
    for (const [index, token] of tokens('peer-').entries()) await answer(token, COMMENTS[index]);
    await answer(tokens('direct-report-')[0], HELD_BACK);
    await waitForAggregated(coach, campaignId, 4);
    expect((await coach.get<Report>(`/api/campaigns/${campaignId}/report`)).body.version?.number).toBe(1);
    context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await t?.close();
  });

  const watched = async (): Promise<Page> => {
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    return page;
  };

  it('is reached from the report page with the keyboard, lists the comments with how sure software was, and nothing about who wrote them', async () => {
    const page = await watched();
    await page.goto(`${t.baseUrl}/coach/login?next=${encodeURIComponent(`/coach/campaigns/${campaignId}/report`)}`);
    await page.getByLabel('Email').fill(coachEmail);
    await page.getByLabel('Password').fill('correct horse battery');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${t.baseUrl}/coach/campaigns/${campaignId}/report`);
    expect(await page.locator('main').textContent()).toContain('placed by software and not reviewed by the coach');

    await page.getByRole('link', { name: 'Review comment themes' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${t.baseUrl}/coach/campaigns/${campaignId}/report/review?version=1`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Comment themes in version 1');
    const main = (await page.locator('main').textContent()) ?? '';
    for (const text of COMMENTS) expect(main).toContain(text);
    expect(main).not.toContain(HELD_BACK);
    expect(main).not.toMatch(/Peers|Direct reports|answered at|submitted/);
    expect(await page.getByRole('article').count()).toBe(3);
    // Plain forms: nothing needs JavaScript.
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.getByText('How sure software was').count()).toBe(3);
    expect(await axeViolations(page, WCAG22_AA)).toEqual([]);
    await page.close();
  });

  it('moves a comment to another theme with the keyboard alone, and the report files it there and says so on its page and in its PDF', async () => {
    const page = await watched();
    await page.goto(`${t.baseUrl}/coach/campaigns/${campaignId}/report/review?version=1`);
    const article = page.getByRole('article').filter({ hasText: COMMENTS[0] });
    const heading = ((await article.getByRole('heading', { level: 2 }).textContent()) ?? '').replace(/\s*check$/, '').trim();
    // The radio group is one stop of the Tab key; the arrow keys choose within it.
    await article.getByRole('radio', { name: /^Keep it under/ }).focus();
    await page.keyboard.press('ArrowDown');
    expect(await article.getByRole('radio', { name: 'Move it to the theme chosen below' }).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    const select = article.getByLabel(`Theme to move ${heading} to, or to add`);
    expect(await select.evaluate((element) => element.matches(':focus'))).toBe(true);
    await page.keyboard.press('Home');
    expect(await select.inputValue()).toBe('vision');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/done=saved/);
    expect(await page.getByRole('status').textContent()).toContain('Saved');
    const saved = page.getByRole('article').filter({ hasText: COMMENTS[0] });
    expect(await saved.locator('dl').textContent()).toContain('Vision and direction');
    expect(await saved.textContent()).toContain('You moved it.');
    expect(await axeViolations(page, WCAG22_AA)).toEqual([]);

    const report = (await coach.get<Report>(`/api/campaigns/${campaignId}/report?version=1`)).body;
    expect(report.themes.find((theme) => theme.id === 'vision')?.comments.map((comment) => comment.text)).toContain(COMMENTS[0]);
    expect(report.commentReview).toMatchObject({ reviewed: 1, comments: 3 });
    await page.goto(`${t.baseUrl}/coach/campaigns/${campaignId}/report?version=1`);
    expect(await page.locator('main').textContent()).toContain(report.commentReview.statement);
    const pdf = await page.request.get(`${t.baseUrl}/coach/campaigns/${campaignId}/report.pdf?version=1`);
    expect(pdf.status()).toBe(200);
    expect(readPdfText(await pdf.body()).flowing).toContain(report.commentReview.statement);
    await page.close();
  });

  it('shows a refusal beside the theme it is about, keeping the page usable', async () => {
    const page = await watched();
    await page.goto(`${t.baseUrl}/coach/campaigns/${campaignId}/report/review?version=1`);
    const article = page.getByRole('article').filter({ hasText: COMMENTS[0] });
    await article.getByRole('radio', { name: 'Add the theme chosen below as a second theme' }).check();
    await article.getByRole('combobox').selectOption('vision');
    await article.getByRole('button').click();
    const refused = page.getByRole('article').filter({ hasText: COMMENTS[0] });
    expect(await refused.locator('.field-error').textContent()).toContain('the comment already has this theme');
    expect(await axeViolations(page, WCAG22_AA)).toEqual([]);
    // The refusal is a 400 page, which Chromium logs; nothing else may be.
    expect(problems).toEqual(['Failed to load resource: the server responded with a status of 400 (Bad Request)']);
    await page.close();
  });

  it('shows a released version read-only', async () => {
    expect((await coach.post(`/api/campaigns/${campaignId}/report/release`, { version: 1 })).status).toBe(200);
    const page = await watched();
    await page.goto(`${t.baseUrl}/coach/campaigns/${campaignId}/report/review?version=1`);
    expect(await page.locator('main').textContent()).toContain('was released to the leader: it never changes');
    expect(await page.getByRole('button', { name: /^Save/ }).count()).toBe(0);
    await page.goto(`${t.baseUrl}/coach/campaigns/${campaignId}/report?version=1`);
    expect(await page.getByRole('link', { name: 'Review comment themes' }).count()).toBe(0);
    expect(await axeViolations(page, WCAG22_AA)).toEqual([]);
    await page.close();
  });
});
