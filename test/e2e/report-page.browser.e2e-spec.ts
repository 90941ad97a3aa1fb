import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Report } from '../../src/reports/assembly/report.types';
import { ApiClient, draftCampaign, raters, signUpCoach, waitForAggregated } from '../factories/api-client';
import { axeViolations } from '../utils/accessibility';
import { launchChromium } from '../utils/browser';
import { linkIn, tokenOf } from '../utils/mailbox';
import { readPdfText } from '../utils/pdf-text';
import { startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(120_000);

const PASSWORD = 'correct horse battery';
const SCRIPT_COMMENT = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">';
const SECTION_HEADINGS = [
  'Contents',
  'How to read this report',
  'Who answered',
  'Priorities for the development program',
  'Themes at a glance',
  'Themes: scores and classification',
  'Theme by theme',
  'Item highlights',
  'Start, stop, continue',
  'Emergent topics',
  'Other comments',
];

interface Questionnaire {
  group: { id: string };
  items: { id: string }[];
  questions: { id: string; type: string }[];
}

/** Ratings that differ by rater and item, with some "not observed". */
function rating(rater: number, item: number, group: string): number | null {
  if (group === 'self') return item % 3 === 0 ? 4 : 5;
  if ((rater * 5 + item) % 9 === 0) return null;
  return 1 + ((rater * 7 + item * 3) % 5);
}

const pwned = (page: Page): Promise<unknown> => page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned);

describe('the report page and its PDF, in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let coach: ApiClient;
  let coachEmail: string;
  let campaignId: string;
  let report: Report;
  const sentTexts: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchChromium();
    const signedUp = await signUpCoach(new ApiClient(t.baseUrl), 'Dana Coach');
    coach = signedUp.api;
    coachEmail = signedUp.email;
    ({ campaignId } = await draftCampaign(coach, {
      raters: [...raters('boss', 1), ...raters('peer', 4), ...raters('direct_report', 4), ...raters('other', 3)],
    }));
    await coach.post(`/api/campaigns/${campaignId}/launch`);
    const mails = await t.mailbox.waitForCount(13);
    for (const [index, mail] of mails.entries()) {
      const token = tokenOf(linkIn(mail));
      const q = (await new ApiClient(t.baseUrl).get<Questionnaire>(`/api/responses/${token}`)).body;
      const answers: Record<string, unknown> = Object.fromEntries(q.items.map((item, itemIndex) => [item.id, rating(index, itemIndex, q.group.id)]));
      for (const question of q.questions) {
        if (question.type === 'text') {
          const text =
            index === 3 && question.id === 'strengths'
              ? SCRIPT_COMMENT
              : `Rater ${index} on ${question.id}: listens well in meetings and explains decisions clearly`;
          answers[question.id] = text;
          sentTexts.push(text);
        } else {
          answers[question.id] = { start: `Rater ${index}: start delegating more to the team`, continue: `Rater ${index}: continue the weekly one-to-ones` };
          sentTexts.push(`Rater ${index}: start delegating more to the team`, `Rater ${index}: continue the weekly one-to-ones`);
        }
      }
      const sent = await new ApiClient(t.baseUrl).post(`/api/responses/${token}`, { answers });
      expect(sent.status).toBe(201);
    }
    await waitForAggregated(coach, campaignId, 13);
    report = (await coach.get<Report>(`/api/campaigns/${campaignId}/report`)).body;
    expect(report.aggregatedResponses).toBe(13);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const reportUrl = (): string => `${t.baseUrl}/coach/campaigns/${campaignId}/report`;
  const theme = (id: string) => {
    const found = report.themes.find((candidate) => candidate.id === id);
    if (!found) throw new Error(`no theme ${id}`);
    return found;
  };

  async function open(context: BrowserContext, url: string): Promise<{ page: Page; problems: string[]; requests: string[] }> {
    const page = await context.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(url);
    return { page, problems, requests };
  }

  it('shows every section with the figures of the JSON report, inert comments, no console errors and no axe violations', async () => {
    const context = await browser.newContext({ extraHTTPHeaders: { authorization: `Bearer ${coach.token}` }, viewport: { width: 1200, height: 900 } });
    const { page, problems, requests } = await open(context, reportUrl());
    expect(await page.title()).toBe(`360° feedback report: Alex Morgan, ${report.surveyTitle}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Alex Morgan');
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings).toEqual(SECTION_HEADINGS);
    const themeHeadings = await page.getByRole('heading', { level: 3 }).allTextContents();
    for (const { title } of report.themes) expect(themeHeadings).toContain(title);
    await expect(page.getByText('Confidential', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.getByText('About anonymity.').isVisible()).resolves.toBe(true);

    // Figures as the JSON states them: a theme's others mean and gap in the theme table, an item's in its table.
    const communication = theme('communication');
    const row = page.locator('tbody.theme-rows', { hasText: communication.title });
    expect(await row.textContent()).toContain((communication.scores.others?.mean ?? Number.NaN).toFixed(2));
    expect(await row.textContent()).toContain(communication.classificationReason);
    const item = report.items.find((candidate) => candidate.themeId === 'communication' && candidate.scores.others);
    const itemRow = page.locator('table.items tr', { hasText: item?.text ?? '?' }).first();
    expect(await itemRow.textContent()).toContain((item?.scores.others?.mean ?? Number.NaN).toFixed(2));
    // The distribution chart of that item says its counts in words.
    const counts = Object.values(item?.scores.others?.distribution ?? {});
    expect(await itemRow.locator('svg[role="img"] desc').textContent()).toContain(`: ${counts[0]}, `);
    // Every priority with its reason.
    for (const priority of report.priorities) await expect(page.getByRole('article').filter({ hasText: priority.title }).count()).resolves.toBe(1);
    expect(await page.getByRole('article').count()).toBe(report.priorities.length);
    // Charts are inline SVG with a name; nothing was fetched but the page itself.
    expect(await page.locator('svg[role="img"][aria-labelledby]').count()).toBeGreaterThan(2 + report.items.length / 2);
    expect(requests).toEqual([reportUrl()]);

    // The comment's markup is text on the page: no script ran, no image was made.
    expect(await pwned(page)).toBeUndefined();
    expect(await page.evaluate(() => (globalThis as unknown as { document: { scripts: unknown[]; images: unknown[] } }).document.scripts.length)).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('q', { hasText: SCRIPT_COMMENT }).count()).toBeGreaterThan(0);

    expect(problems).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    // On a phone the wide tables scroll sideways: still no violation.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('hides a figure the JSON does not show behind a dash with a spoken explanation, never a zero', async () => {
    const hidden = report.items.flatMap((candidate) =>
      Object.entries(candidate.scores)
        .filter(([, cell]) => cell === null)
        .map(([key]) => ({ text: candidate.text, key })),
    );
    expect(hidden.length).toBeGreaterThan(0);
    const context = await browser.newContext({ extraHTTPHeaders: { authorization: `Bearer ${coach.token}` } });
    const { page } = await open(context, reportUrl());
    const row = page.locator('table.items tr', { hasText: hidden[0].text }).first();
    expect(await row.locator('.na').count()).toBeGreaterThan(0);
    expect(await row.locator('.na .visually-hidden').first().textContent()).toBe('not shown');
    expect(await row.locator('.na [aria-hidden="true"]').first().textContent()).toBe('—');
    await context.close();
  });

  it('lets a browser sign in with the form, keeps the session in a cookie for /coach only, and signs out for good', async () => {
    const context = await browser.newContext();
    const { page, problems } = await open(context, reportUrl());
    expect(page.url()).toBe(`${t.baseUrl}/coach/login?next=${encodeURIComponent(`/coach/campaigns/${campaignId}/report`)}`);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Email').fill(coachEmail);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Wrong email or password');
    expect(await page.getByLabel('Email').inputValue()).toBe(coachEmail);
    // The refused sign-in is a 401 page, which Chromium logs; nothing else may be.
    expect(problems).toEqual(['Failed to load resource: the server responded with a status of 401 (Unauthorized)']);
    problems.length = 0;

    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(reportUrl());
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Alex Morgan');
    const [cookie] = (await context.cookies()).filter((candidate) => candidate.name === 'f360_coach');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/coach', secure: false });
    expect(await pwned(page)).toBeUndefined();
    expect(await axeViolations(page)).toEqual([]);

    // The PDF link works with the same session; the JSON API does not accept the cookie.
    const pdf = await page.request.get(`${reportUrl()}.pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await page.request.get(`${t.baseUrl}/api/campaigns/${campaignId}/report`)).status()).toBe(401);
    expect(
      (await new ApiClient(t.baseUrl).request('GET', `/api/campaigns/${campaignId}/report`, undefined, { cookie: `f360_coach=${cookie.value}` })).status,
    ).toBe(401);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${t.baseUrl}/coach/login`);
    expect((await context.cookies()).filter((candidate) => candidate.name === 'f360_coach')).toEqual([]);
    // Revoked, not just forgotten: the old cookie value no longer opens anything.
    expect((await fetch(reportUrl(), { headers: { cookie: `f360_coach=${cookie.value}` }, redirect: 'manual' })).status).toBe(401);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('returns only to a coach page after signing in', async () => {
    const anonymous = new ApiClient(t.baseUrl);
    for (const next of ['//evil.example/coach', 'https://evil.example/', '/coach/../api/engagements', '/\\evil.example']) {
      const result = await anonymous.postForm('/coach/login', [
        ['email', coachEmail],
        ['password', PASSWORD],
        ['next', next],
      ]);
      expect([next, result.status, result.headers.get('location')]).toEqual([next, 303, '/coach']);
    }
    // A form on another site posting here (login CSRF) is refused, as browsers label it.
    for (const headers of [{ 'sec-fetch-site': 'cross-site' }, { origin: 'https://evil.example' }] as Record<string, string>[]) {
      const cross = await fetch(`${t.baseUrl}/coach/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body: new URLSearchParams({ email: coachEmail, password: PASSWORD }).toString(),
        redirect: 'manual',
      });
      expect(cross.status).toBe(403);
      expect(cross.headers.get('set-cookie')).toBeNull();
    }
  });

  it('prints the same report to PDF: a cover page, page numbers, themes, figures and comments as literal text', async () => {
    const response = await coach.getFile(`/coach/campaigns/${campaignId}/report.pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe('inline; filename="feedback360-report-alex-morgan-v1.pdf"');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const pdf = readPdfText(response.body);

    // The cover alone on page 1, then at least a page per theme.
    expect(pdf.pageCount).toBeGreaterThan(report.themes.length + 2);
    expect(pdf.pages).toHaveLength(pdf.pageCount);
    expect(pdf.pages[0]).toContain('Alex Morgan');
    expect(pdf.pages[0]).toContain(report.surveyTitle);
    expect(pdf.pages[0]).toContain('CONFIDENTIAL');
    expect(pdf.pages[0]).not.toContain('How to read this report');
    pdf.pages.forEach((text, index) => expect(text).toContain(`Page ${index + 1} of ${pdf.pageCount}`));
    const all = pdf.pages.join('\n');
    for (const heading of SECTION_HEADINGS) expect(pdf.flowing).toContain(heading);
    const communication = theme('communication');
    expect(all).toContain(communication.title);
    expect(pdf.pages.find((text) => text.includes('Mean rating per theme and rater group, gap, agreement and classification'))).toMatch(
      new RegExp(`${(communication.scores.others?.mean ?? Number.NaN).toFixed(2)}`),
    );
    // As literal text; wrapped in a column of two, its words may be read between the other column's lines.
    for (const word of SCRIPT_COMMENT.split(' ')) expect(pdf.flowing).toContain(word);
  });

  it('keeps every comment out of the CSV', async () => {
    const csv = await coach.request<string>('GET', `/api/campaigns/${campaignId}/report.csv`);
    expect(csv.status).toBe(200);
    const text = csv.body;
    expect(text).toContain('Communication and listening');
    expect(text).not.toContain('<script');
    expect(text).not.toContain('pwned');
    for (const sent of sentTexts) expect(text).not.toContain(sent);
  });

  it('answers 401 or the sign-in page without a session, and the same 404 for another coach and an unknown id', async () => {
    for (const path of [`/coach/campaigns/${campaignId}/report`, `/coach/campaigns/${campaignId}/report.pdf`]) {
      expect((await new ApiClient(t.baseUrl).get(path)).status).toBe(401);
      const browserLike = await new ApiClient(t.baseUrl).request('GET', path, undefined, { accept: 'text/html' });
      expect([browserLike.status, browserLike.headers.get('location')]).toEqual([303, `/coach/login?next=${encodeURIComponent(path)}`]);
    }
    const intruder = (await signUpCoach(new ApiClient(t.baseUrl), 'Intruder')).api;
    const html = { accept: 'text/html' };
    for (const path of [
      `/coach/campaigns/${campaignId}/report`,
      `/coach/campaigns/${campaignId}/report.pdf`,
      '/coach/campaigns/6f1c0d7e-0000-4000-8000-000000000000/report',
      '/coach/campaigns/not-an-id/report',
    ]) {
      const page = await intruder.request<string>('GET', path, undefined, html);
      expect([path, page.status]).toEqual([path, 404]);
      expect(page.body).toContain('<h1>Report not found</h1>');
      expect(page.body).not.toContain('Alex Morgan');
      expect((await intruder.get(path)).status).toBe(404);
    }
    const badVersion = await coach.request<string>('GET', `/coach/campaigns/${campaignId}/report?version=first`, undefined, html);
    expect(badVersion.status).toBe(400);
    expect(badVersion.body).toContain('version: must be a whole number of at least 1');
    const list = await coach.request<string>('GET', '/coach', undefined, html);
    expect(list.status).toBe(200);
    expect(list.body).toContain('Alex Morgan: leadership program');
    expect((await intruder.request<string>('GET', '/coach', undefined, html)).body).not.toContain('Alex Morgan');
  });
});
