import type { Browser, BrowserContext, Page } from 'playwright-core';
import { formWords } from '../../src/responses/form-words';
import type { SurveyDefinition } from '../../src/surveys/survey.types';
import { ApiClient, signUpCoach, waitForAggregated } from '../factories/api-client';
import { launchAndCollectTokens } from '../factories/campaign-run';
import { type EngagementRun, runWholeEngagement } from '../factories/engagement.factory';
import { loadShippedSurvey } from '../factories/shipped-survey';
import { axeViolations, WCAG22_AA } from '../utils/accessibility';
import { launchChromium } from '../utils/browser';
import { tabTo } from '../utils/keyboard';
import { startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(240_000);

const PHONE = { width: 390, height: 844 };
const fr = formWords('fr');

/**
 * Every English text of the survey a rater could read, cut at its placeholders: the pieces
 * between {{leader}} and {{goal}} are what a French page must not show.
 */
function englishPieces(survey: SurveyDefinition): string[] {
  const texts = [
    survey.title,
    survey.intro ?? '',
    ...survey.scale.labels,
    survey.scale.notObserved,
    ...(survey.changeScale?.labels ?? []),
    ...(survey.followUpScale?.labels ?? []),
    ...survey.groups.map((group) => group.label),
    ...survey.themes.flatMap((theme) => [theme.title, ...theme.items.flatMap((item) => [item.text, item.selfText])]),
    ...survey.questions.flatMap((question) => [question.prompt, question.selfPrompt ?? '']),
    ...(survey.perGoal?.items ?? []).flatMap((item) => [item.text, item.selfText]),
    ...(survey.perGoal?.questions ?? []).flatMap((question) => [question.prompt, question.selfPrompt ?? '']),
  ];
  const pieces = texts
    .flatMap((text) => text.split(/\{\{\s*\w+\s*\}\}/))
    .map((piece) =>
      piece
        .trim()
        .replace(/^[:?.,]+|[:?.,]+$/g, '')
        .trim(),
    );
  return [...new Set(pieces.filter((piece) => /[A-Za-z]{3}/.test(piece)))];
}

/** A rater in French opens a progress pulse's link on a phone, answers it by keyboard, declines, and meets its error pages. */
describe('a progress pulse answered in French', () => {
  let t: TestApp;
  let browser: Browser;
  let coach: ApiClient;
  let run: EngagementRun;
  let campaignId: string;
  let tokens: Map<string, string>;
  let goals: string[];
  const pulse = loadShippedSurvey('progress-pulse');
  const english = englishPieces(pulse);
  const linkOf = (prefix: string): string => {
    const entry = [...tokens].find(([email]) => email.startsWith(prefix));
    if (!entry) throw new Error(`no rater ${prefix}`);
    return `${t.baseUrl}/r/${entry[1]}`;
  };

  beforeAll(async () => {
    t = await startTestApp();
    coach = (await signUpCoach(new ApiClient(t.baseUrl))).api;
    run = await runWholeEngagement(t, coach, { through: 'baseline' });
    const program = await coach.get<{ goals: { goal: string }[] }>(`/api/engagements/${run.engagementId}/program`);
    goals = program.body.goals.map((goal) => goal.goal).filter((goal) => goal.trim() !== '');
    const created = await coach.post<{ id: string }>(`/api/engagements/${run.engagementId}/campaigns`, { surveyId: 'progress-pulse', phase: 'midpoint' });
    expect(created.status).toBe(201);
    campaignId = created.body.id;
    tokens = await launchAndCollectTokens(t, coach, campaignId);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function frenchPhone(): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
    const context = await browser.newContext({ viewport: PHONE, locale: 'fr-FR' });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    return { context, page, problems };
  }

  /** The page's text, the program's goals taken out: the coach wrote them, in whatever language. */
  async function surveyTextLeft(page: Page): Promise<string[]> {
    let text = await page.locator('body').innerText();
    for (const goal of goals) text = text.split(goal).join(' ');
    return english.filter((piece) => text.includes(piece));
  }

  it('shows the whole form in French, the goals as the program words them, and takes the answers by keyboard', async () => {
    expect(english.length).toBeGreaterThan(60);
    expect(goals.length).toBe(2);
    // The check finds English where there is some: the same form for an English browser shows most of it.
    const englishContext = await browser.newContext({ viewport: PHONE, locale: 'en-GB' });
    const englishPage = await englishContext.newPage();
    expect((await englishPage.goto(linkOf('direct-report-1-')))?.status()).toBe(200);
    expect((await surveyTextLeft(englishPage)).length).toBeGreaterThan(40);
    await englishContext.close();

    const { context, page, problems } = await frenchPhone();
    expect((await page.goto(linkOf('peer-1-')))?.status()).toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Bilan des progrès pour Alex Morgan');
    // Each goal's own questions, in French, the goal as written by the coach.
    for (const goal of goals) {
      await expect(page.getByText(`l'efficacité de Alex Morgan a-t-elle progressé ou reculé sur cet objectif\u00a0: ${goal}\u00a0?`).count()).resolves.toBe(1);
      await expect(page.getByLabel(`Une suggestion pour Alex Morgan sur cet objectif, pour les mois à venir\u00a0: ${goal}`).count()).resolves.toBe(1);
    }
    await expect(page.getByRole('radiogroup').first().getByLabel('Nettement mieux').count()).resolves.toBe(1);
    await expect(page.getByRole('radiogroup').nth(1).getByLabel('Quelques fois').count()).resolves.toBe(1);
    expect(await surveyTextLeft(page)).toEqual([]);
    expect(await axeViolations(page, WCAG22_AA)).toEqual([]);
    expect(
      await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth),
    ).toBeLessThanOrEqual(PHONE.width);

    // Keyboard only: into the first goal's change question, four steps right ("Légèrement mieux"), two steps on the follow-up ("Quelques fois"), then a comment.
    await tabTo(page, (focused) => focused?.type === 'radio');
    for (let step = 0; step < 4; step += 1) await page.keyboard.press('ArrowRight');
    await tabTo(page, (focused) => focused?.type === 'radio' && focused.name !== null && /follow-up$/.test(focused.name));
    for (let step = 0; step < 2; step += 1) await page.keyboard.press('ArrowRight');
    await tabTo(page, (focused) => focused?.tag === 'TEXTAREA');
    await page.keyboard.type('Faire le point chaque mois avec l’équipe');
    expect(await page.getByRole('radiogroup').first().getByLabel('Légèrement mieux').isChecked()).toBe(true);

    await tabTo(page, (focused) => focused?.text === fr.reviewButton);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: fr.reviewHeading }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    const review = await page.locator('main').innerText();
    expect(review).toContain('Légèrement mieux');
    expect(review).toContain('Quelques fois');
    expect(review).toContain('Faire le point chaque mois avec l’équipe');
    expect(await surveyTextLeft(page)).toEqual([]);
    expect(await axeViolations(page, WCAG22_AA)).toEqual([]);
    await tabTo(page, (focused) => focused?.text === fr.sendButton);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: fr.thanksHeading }).waitFor();
    expect(await axeViolations(page, WCAG22_AA)).toEqual([]);

    // The link again: answers are in, said in French.
    expect((await page.goto(linkOf('peer-1-')))?.status()).toBe(409);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(fr.answeredHeading);
    await expect(page.locator('main p').first().textContent()).resolves.toBe(fr.alreadyAnswered);
    expect(await axeViolations(page, WCAG22_AA)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();

    await waitForAggregated(coach, campaignId, 1);
    const [stored] = await t.db.query(`SELECT COUNT(*)::int AS n FROM comments WHERE text = $1`, ['Faire le point chaque mois avec l’équipe']);
    expect(stored.n).toBe(1);
  });

  it('declines in French, and a second visit says so in French', async () => {
    const { context, page, problems } = await frenchPhone();
    await page.goto(linkOf('peer-2-'));
    await page.getByRole('link', { name: fr.decline }).click();
    await page.getByRole('heading', { level: 1, name: fr.declineHeading }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    const shown = await page.locator('main').innerText();
    expect(shown).toContain(fr.declineCounted);
    expect(shown).not.toMatch(/Decline|survey|Your reason|Back to/);
    expect(await axeViolations(page, WCAG22_AA)).toEqual([]);
    await page.getByLabel(fr.declineReason).fill('Je travaille trop peu avec Alex');
    await page.getByRole('button', { name: fr.declineButton }).click();
    await page.getByRole('heading', { level: 1, name: fr.declinedHeading }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await axeViolations(page, WCAG22_AA)).toEqual([]);

    expect((await page.goto(linkOf('peer-2-')))?.status()).toBe(409);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(fr.declinedBeforeHeading);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('tells a French browser in French that a link is unknown or that the survey has closed, while typing and after', async () => {
    const { context, page } = await frenchPhone();
    expect((await page.goto(`${t.baseUrl}/r/${'A'.repeat(43)}`))?.status()).toBe(404);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(fr.unknownLinkHeading);
    await expect(page.locator('main p').first().textContent()).resolves.toBe(fr.unknownLink);
    expect(await axeViolations(page, WCAG22_AA)).toEqual([]);

    // A rater typing when the survey closes: the autosave's refusal is said in French too.
    expect((await page.goto(linkOf('peer-3-')))?.status()).toBe(200);
    expect((await coach.post(`/api/campaigns/${campaignId}/close`)).status).toBe(200);
    await page.getByLabel(/^Que devrait faire Alex Morgan davantage/).fill('Trop tard');
    await page.getByRole('status').filter({ hasText: fr.closed }).waitFor();
    expect(await page.getByRole('status').textContent()).toMatch(/^Non enregistré/);

    expect((await page.goto(linkOf('peer-3-')))?.status()).toBe(410);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(fr.closedHeading);
    await expect(page.locator('main p').first().textContent()).resolves.toBe(fr.closed);
    expect(await axeViolations(page, WCAG22_AA)).toEqual([]);
    await context.close();

    // The same closed link, for an English browser: in English.
    const englishContext = await browser.newContext({ viewport: PHONE, locale: 'en-GB' });
    const englishPage = await englishContext.newPage();
    expect((await englishPage.goto(linkOf('peer-3-')))?.status()).toBe(410);
    expect(await englishPage.locator('html').getAttribute('lang')).toBe('en');
    await expect(englishPage.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('This survey has closed');
    await englishContext.close();
  });
});
