import { execFileSync } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { waitUntil } from '../../src/common/wait-until';
import { ApiClient, draftCampaign, raters, signUpCoach } from '../factories/api-client';
import { axeViolations } from '../utils/accessibility';
import { launchChromium } from '../utils/browser';
import { startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(60_000);

/** Chromium processes this test process started itself (the app runs in it). */
function chromiumChildren(): number {
  const out = execFileSync('ps', ['-o', 'comm=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  return out.split('\n').filter((name) => /chrom/i.test(name)).length;
}

describe('report PDFs without a usable Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    t = await startTestApp({ CHROMIUM_PATH: '/nonexistent/chromium' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('answer 503 naming CHROMIUM_PATH, while the page itself still works, even for a report with no answers yet', async () => {
    const { api: coach } = await signUpCoach(new ApiClient(t.baseUrl));
    const { campaignId } = await draftCampaign(coach, { raters: raters('peer', 3) });
    const pdf = await coach.get<{ statusCode: number; message: string }>(`/coach/campaigns/${campaignId}/report.pdf`);
    expect(pdf.status).toBe(503);
    expect(pdf.body.message).toContain('CHROMIUM_PATH=/nonexistent/chromium');
    const html = await coach.request<string>('GET', `/coach/campaigns/${campaignId}/report.pdf`, undefined, { accept: 'text/html' });
    expect(html.status).toBe(503);
    expect(html.body).toContain('<h1>Not available right now</h1>');

    const context = await browser.newContext({ extraHTTPHeaders: { authorization: `Bearer ${coach.token}` } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    expect((await page.goto(`${t.baseUrl}/coach/campaigns/${campaignId}/report`))?.status()).toBe(200);
    await expect(page.getByText('No priorities yet').isVisible()).resolves.toBe(true);
    expect(await page.getByRole('heading', { level: 2 }).count()).toBe(11);
    expect(problems).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('the Chromium that prints PDFs', () => {
  it('starts with the first PDF, serves the next ones, and stops with the app', async () => {
    const t = await startTestApp();
    try {
      const { api: coach } = await signUpCoach(new ApiClient(t.baseUrl));
      const { campaignId } = await draftCampaign(coach, { raters: raters('peer', 3) });
      expect(chromiumChildren()).toBe(0);
      const statuses = await Promise.all([1, 2, 3].map(async () => (await coach.get(`/coach/campaigns/${campaignId}/report.pdf`)).status));
      expect(statuses).toEqual([200, 200, 200]);
      expect(chromiumChildren()).toBe(1);
    } finally {
      await t.close();
    }
    await waitUntil(() => chromiumChildren() === 0, { what: 'Chromium to stop with the app', timeoutMs: 10_000 });
  });
});
