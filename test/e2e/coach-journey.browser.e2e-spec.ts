import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, WCAG22_AA } from '../utils/accessibility';
import { launchChromium } from '../utils/browser';
import { startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(240_000);

/** With SAVE_SCREENSHOTS=1 the journey saves its main pages under docs/ for the README. */
const SCREENSHOTS = process.env.SAVE_SCREENSHOTS === '1' ? join(__dirname, '..', '..', 'docs') : null;

/**
 * The whole engagement as a coach runs it, through the pages only: every page it visits is
 * checked with axe-core (WCAG 2.2 A and AA) and must log no error.
 */
describe('a coach runs a whole engagement in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const visited = new Set<string>();
  const problems: string[] = [];
  const expectedProblems: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    page = await context.newPage();
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    if (SCREENSHOTS) mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** Checks the page the browser is on: no axe violation, nothing fetched from elsewhere. */
  async function checked(target: Page = page): Promise<void> {
    expect([target.url(), await axeViolations(target, WCAG22_AA)]).toEqual([target.url(), []]);
    visited.add(new URL(target.url()).pathname.replace(/[0-9a-f-]{36}/g, ':id'));
  }

  /** Does what leads to another page (a click, a form), waits for it, and checks it. */
  async function goTo(action: () => Promise<unknown>, target: Page = page): Promise<void> {
    await Promise.all([target.waitForEvent('load'), action()]);
    await checked(target);
  }

  async function screenshot(name: string): Promise<void> {
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, `coach-${name}.png`), fullPage: false });
  }

  const heading = (target: Page = page) => target.getByRole('heading', { level: 1 }).textContent();

  it('signs up and lands on an empty list of engagements', async () => {
    await goTo(() => page.goto(`${t.baseUrl}/coach/login`));
    await goTo(() => page.getByRole('link', { name: 'Create a coach account' }).click());
    await page.getByLabel('Your name').fill('Dana Coach');
    await page.getByLabel('Email').fill('dana@example.com');
    await page.getByLabel('Password').fill('short');
    await goTo(() => page.getByRole('button', { name: 'Create my account' }).click());
    // Refused beside the field, with what was typed kept.
    await expect(page.locator('#f-password-error').textContent()).resolves.toContain('must be at least 10 characters');
    expect(await page.getByLabel('Your name').inputValue()).toBe('Dana Coach');
    expectedProblems.push('Failed to load resource: the server responded with a status of 400 (Bad Request)');
    await page.getByLabel('Password').fill('correct horse battery');
    await goTo(() => page.getByRole('button', { name: 'Create my account' }).click());
    await expect(heading()).resolves.toBe('Your engagements');
    await expect(page.getByText('No engagements yet.').isVisible()).resolves.toBe(true);
  });

  it('creates an engagement with its leader, sponsor and an intended outcome with its indicator', async () => {
    await goTo(() => page.getByRole('link', { name: 'New engagement' }).click());
    await page.getByLabel('Title').fill('Alex Morgan, VP Engineering: 2026 program');
    await page.getByLabel("Leader's name").fill('Alex Morgan');
    await page.getByLabel("Leader's email").fill('alex@example.com');
    await page.getByLabel("Sponsor's name (optional)").fill('Jordan Lee');
    await page.getByLabel("Sponsor's email (optional)").fill('jordan@example.com');
    await page.getByLabel('Outcome 1', { exact: true }).fill('People leave meetings with Alex feeling heard');
    await page.locator('#f-outcomes-0-scope').selectOption('theme:communication');
    await page.locator('#f-outcomes-0-value').fill('3.5');
    await page.getByLabel('Outcome 2', { exact: true }).fill('A successor for the platform team is identified');
    await goTo(() => page.getByRole('button', { name: 'Create the engagement' }).click());
    await expect(heading()).resolves.toBe('Alex Morgan, VP Engineering: 2026 program');
    await expect(page.getByText("Measured by others' average for Communication and listening at or above 3.5").isVisible()).resolves.toBe(true);
    await screenshot('engagement');
  });

  it('visited every page without an unexpected console error', () => {
    expect(problems).toEqual(expectedProblems);
    expect(visited.size).toBeGreaterThan(3);
  });
});
