import type { Browser, Page } from 'playwright-core';
import { ApiClient, signUpCoach } from '../factories/api-client';
import { type EngagementRun, runWholeEngagement } from '../factories/engagement.factory';
import { axeViolations, WCAG22_AA } from '../utils/accessibility';
import { launchChromium } from '../utils/browser';
import { startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(180_000);

/** The coach schedules pulses and reads the review's change over the pulses, in Chromium, under axe. */
describe('scheduled pulses and the review, in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let run: EngagementRun;
  const problems: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    const signedUp = await signUpCoach(new ApiClient(t.baseUrl));
    run = await runWholeEngagement(t, signedUp.api, { through: 'midpoint' });
    browser = await launchChromium();
    page = await (await browser.newContext()).newPage();
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${t.baseUrl}/coach/login`);
    await page.getByLabel('Email').fill(signedUp.email);
    await page.getByLabel('Password').fill('correct horse battery');
    await Promise.all([page.waitForURL(`${t.baseUrl}/coach`), page.getByRole('button', { name: 'Sign in' }).click()]);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const heading = (): Promise<string | null> => page.getByRole('heading', { level: 1 }).textContent();

  it('reaches the pulses from the engagement, schedules one by label, refuses a form without a day beside its field, and cancels', async () => {
    await page.goto(`${t.baseUrl}/coach/engagements/${run.engagementId}`);
    await page.getByRole('link', { name: /^Scheduled pulses/ }).click();
    await expect(heading()).resolves.toBe('Scheduled pulses');
    expect(await axeViolations(page, WCAG22_AA)).toEqual([]);

    await page.getByLabel('Months after the program started').selectOption('6');
    await page.getByLabel('Round').selectOption('final');
    await page.getByLabel('Days it stays open').fill('10');
    await page.getByRole('button', { name: 'Schedule the pulse' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toContain('The pulse is scheduled');
    const row = page.getByRole('row').filter({ hasText: 'Final review' });
    await expect(row.textContent()).resolves.toContain('Open 10 days once launched');
    expect(await axeViolations(page, WCAG22_AA)).toEqual([]);

    // Neither months nor a date: refused, the problem beside the months field, what was typed kept.
    await page.getByLabel('Months after the program started').selectOption('');
    await page.getByLabel('Days it stays open').fill('20');
    await page.getByRole('button', { name: 'Schedule the pulse' }).click();
    await expect(page.locator('#f-monthsAfterStart-error').textContent()).resolves.toContain('give either monthsAfterStart or dueOn');
    expect(await page.getByLabel('Days it stays open').inputValue()).toBe('20');
    // The refusal is a 400, which Chromium logs; nothing else was logged.
    expect(problems.splice(0)).toEqual(['Failed to load resource: the server responded with a status of 400 (Bad Request)']);
    expect(await axeViolations(page, WCAG22_AA)).toEqual([]);

    // With the keyboard alone: the cancel button of the scheduled pulse.
    await page.getByRole('button', { name: /^Cancel the pulse of / }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').textContent()).resolves.toContain('The pulse is cancelled');
    expect(await page.getByRole('row').filter({ hasText: 'Final review' }).count()).toBe(0);
  });

  it('shows the review with the change over the pulses, and no accessibility violation', async () => {
    await page.goto(`${t.baseUrl}/coach/engagements/${run.engagementId}/review`);
    await expect(page.getByRole('heading', { name: 'Change over the pulses' }).isVisible()).resolves.toBe(true);
    const table = page.getByRole('table').filter({ hasText: 'share better minus share worse' });
    await expect(table.getByRole('columnheader').nth(1).textContent()).resolves.toMatch(/^Pulse 1 \(progress, \d{4}-\d{2}-\d{2}\)$/);
    await expect(table.getByRole('row').nth(1).textContent()).resolves.toMatch(/net [+-]\d\.\d\d; \d+% saw improvement, \d+% a decline \(\d+ raters\)/);
    expect(await axeViolations(page, WCAG22_AA)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
