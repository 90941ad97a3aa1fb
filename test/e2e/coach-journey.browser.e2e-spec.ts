import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { waitUntil } from '../../src/common/wait-until';
import { ApiClient } from '../factories/api-client';
import { axeViolations, WCAG22_AA } from '../utils/accessibility';
import { accessLinkIn } from '../utils/access-link';
import { linkIn, tokenOf } from '../utils/mailbox';
import { launchChromium } from '../utils/browser';
import { tabTo } from '../utils/keyboard';
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
  const PEERS = ['peer1@example.com', 'peer2@example.com', 'peer3@example.com', 'peer4@example.com'];
  const REPORTS = ['report1@example.com', 'report2@example.com', 'report3@example.com'];
  let campaignUrl = '';

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
    if (!SCREENSHOTS) return;
    await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOTS, `coach-${name}.png`), fullPage: false });
  }

  const heading = (target: Page = page) => target.getByRole('heading', { level: 1 }).textContent();

  /** Sends a form the page refuses: the problem stands beside its field, what was typed is kept, and the browser logs the 400. */
  async function refusedBeside(button: string, field: string, problem: string, kept: { label: string; value: string }): Promise<void> {
    await goTo(() => page.getByRole('button', { name: button }).click());
    await expect(page.locator(`#${field}-error`).textContent()).resolves.toContain(problem);
    expect(await page.getByLabel(kept.label).inputValue()).toBe(kept.value);
    expectedProblems.push('Failed to load resource: the server responded with a status of 400 (Bad Request)');
  }

  it('signs up and lands on an empty list of engagements', async () => {
    await goTo(() => page.goto(`${t.baseUrl}/coach/login`));
    await goTo(() => page.getByRole('link', { name: 'Create a coach account' }).click());
    await page.getByLabel('Your name').fill('Dana Coach');
    await page.getByLabel('Email').fill('dana@example.com');
    await page.getByLabel('Password').fill('short');
    await refusedBeside('Create my account', 'f-password', 'must be at least 10 characters', { label: 'Your name', value: 'Dana Coach' });
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
  });

  it('creates the baseline 360 after previewing the survey as a peer and as the manager see it', async () => {
    await goTo(() => page.getByRole('link', { name: 'New campaign' }).click());
    await goTo(() => page.getByRole('link', { name: 'Preview Leadership 360 as a rater sees it' }).click());
    await expect(page.getByRole('note').first().textContent()).resolves.toContain('exactly as one of the Peers sees it');
    await expect(page.getByText('Your answers are anonymous.').isVisible()).resolves.toBe(true);
    expect(await page.getByRole('button', { name: 'Review my answers' }).isDisabled()).toBe(true);
    await goTo(() => page.getByRole('link', { name: 'Manager' }).click());
    await expect(page.getByText('Your answers are not anonymous.').isVisible()).resolves.toBe(true);
    await goTo(() => page.getByRole('link', { name: 'Back to the new campaign' }).click());
    await page.getByLabel(/Leadership 360/).check();
    const closesOn = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('Closes on (optional)').fill(closesOn);
    await goTo(() => page.getByRole('button', { name: 'Create the campaign' }).click());
    await expect(page.getByRole('status').textContent()).resolves.toContain('The campaign is created as a draft');
    await expect(page.getByText('No raters yet: add them one by one or paste a list.').isVisible()).resolves.toBe(true);
    campaignUrl = page.url().replace(/\?.*$/, '');
  });

  it('adds the manager with the keyboard alone, then pastes a list whose mistakes the check catches before anything is saved', async () => {
    await tabTo(page, (focused) => focused?.name === 'name');
    await page.keyboard.type('Morgan Boss');
    await page.keyboard.press('Tab');
    await page.keyboard.type('boss@example.com');
    await page.keyboard.press('Tab');
    // The group list starts on Peers; the manager is the first choice.
    await page.keyboard.press('Home');
    // Their mail and form in French, the last language of the list.
    await page.keyboard.press('Tab');
    await page.keyboard.press('End');
    await tabTo(page, (focused) => focused?.text === 'Add this rater');
    await goTo(() => page.keyboard.press('Enter'));
    await expect(page.getByRole('status').textContent()).resolves.toBe('The rater is added.');
    await expect(page.getByRole('table', { name: /Who is asked/ }).textContent()).resolves.toMatch(/Morgan Boss\s*boss@example.com\s*Manager\s*Français/);

    const list = [
      'name,email,group,language',
      ...PEERS.map((email, index) => `Peer ${index + 1},${email},peer${index === PEERS.length - 1 ? ',fr' : ''}`),
      ...REPORTS.map((email, index) => `Report ${index + 1},${email},direct report`),
      'Pat Wrong,pat@example,peer',
    ].join('\n');
    await page.getByLabel('Paste a list').fill(list);
    await goTo(() => page.getByRole('button', { name: 'Check the list' }).click());
    await expect(page.getByRole('status').textContent()).resolves.toBe('7 raters ready to add; 1 line has a problem and will not be added until corrected.');
    await expect(page.getByRole('row', { name: /Pat Wrong/ }).textContent()).resolves.toContain('“pat@example” is not an email address');
    await expect(page.getByRole('row', { name: /Peer 4/ }).textContent()).resolves.toMatch(/Peers\s*Français\s*Ready/);
    await screenshot('raters-check');
    await page.getByLabel('The list').fill(list.replace('pat@example,', 'pat@example.com,'));
    await goTo(() => page.getByRole('button', { name: 'Check the list again' }).click());
    await expect(page.getByRole('status').textContent()).resolves.toBe('All 8 raters are ready to add.');
    await goTo(() => page.getByRole('button', { name: 'Add the 8 raters' }).click());
    await expect(page.getByRole('status').textContent()).resolves.toBe('The raters are added.');
    await expect(page.getByRole('row', { name: /Peers/ }).first().textContent()).resolves.toMatch(/Peers.*5.*3.*4 to 6/);
  });

  it('launches after reading the invitation each group will get', async () => {
    await goTo(() => page.getByRole('link', { name: 'Review the invitations and launch…' }).click());
    await expect(page.getByText(/get the same invitation in/).textContent()).resolves.toBe(
      '2 raters get the same invitation in Français, as you set for them.',
    );
    const mails = page.locator('section.card');
    await expect(mails.filter({ hasText: 'Peers' }).textContent()).resolves.toContain('Your answers are anonymous. You are one of the Peers.');
    await expect(mails.filter({ hasText: 'Manager' }).textContent()).resolves.toContain('Your answers are not anonymous');
    await screenshot('launch');
    await goTo(() => page.getByRole('button', { name: 'Launch and send 10 invitations' }).click());
    await expect(page.getByRole('status').textContent()).resolves.toContain('The campaign is launched');
    await t.mailbox.waitForCount(10);
  });

  /** Answers the rater of this email through the JSON API, from the link of their real email. */
  async function answerByApi(email: string, rating: number, comment: string): Promise<void> {
    const token = tokenOf(linkIn(t.mailbox.to(email)[0]));
    const api = new ApiClient(t.baseUrl);
    const q = (await api.get<{ items: { id: string }[]; questions: { id: string; type: string }[] }>(`/api/responses/${token}`)).body;
    const answers: Record<string, unknown> = Object.fromEntries(q.items.map((item, index) => [item.id, index % 4 === 0 ? Math.max(1, rating - 1) : rating]));
    for (const question of q.questions) if (question.type === 'text') answers[question.id] = comment;
    expect((await api.post(`/api/responses/${token}`, { answers })).status).toBe(201);
  }

  it('lets raters answer from the links in their emails: one on a phone, one with the keyboard only', async () => {
    // On a phone-sized screen, by touch.
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const onPhone = await phone.newPage();
    await goTo(() => onPhone.goto(linkIn(t.mailbox.to(PEERS[0])[0])), onPhone);
    const groups = onPhone.getByRole('radiogroup');
    for (let index = 0; index < 6; index += 1) await groups.nth(index).getByLabel('Usually').check();
    await onPhone.getByLabel(/do particularly well/).fill('Alex explains decisions clearly and listens in one-to-ones.');
    await goTo(() => onPhone.getByRole('button', { name: 'Review my answers' }).click(), onPhone);
    await expect(heading(onPhone)).resolves.toBe('Review your answers');
    await goTo(() => onPhone.getByRole('button', { name: 'Send my answers' }).click(), onPhone);
    await expect(heading(onPhone)).resolves.toBe('Thank you!');
    await phone.close();

    // With the keyboard alone: Tab into each group, arrows to choose, type the comment, Enter to send.
    const keys = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const byKeyboard = await keys.newPage();
    await goTo(() => byKeyboard.goto(linkIn(t.mailbox.to(PEERS[1])[0])), byKeyboard);
    await tabTo(byKeyboard, (focused) => focused?.type === 'radio');
    for (let group = 0; group < 5; group += 1) {
      // In a fresh group the first choice has the focus; three steps right is "Usually".
      for (let step = 0; step < 3; step += 1) await byKeyboard.keyboard.press('ArrowRight');
      await byKeyboard.keyboard.press('Tab');
    }
    await tabTo(byKeyboard, (focused) => focused?.tag === 'TEXTAREA');
    await byKeyboard.keyboard.type('Could share the reasons behind decisions earlier.');
    expect(await byKeyboard.locator('input[type="radio"][value="4"]:checked').count()).toBe(5);
    await tabTo(byKeyboard, (focused) => focused?.text === 'Review my answers');
    await goTo(() => byKeyboard.keyboard.press('Enter'), byKeyboard);
    await expect(heading(byKeyboard)).resolves.toBe('Review your answers');
    await tabTo(byKeyboard, (focused) => focused?.text === 'Send my answers');
    await goTo(() => byKeyboard.keyboard.press('Enter'), byKeyboard);
    await expect(heading(byKeyboard)).resolves.toBe('Thank you!');
    await keys.close();

    await answerByApi('alex@example.com', 5, 'I listen carefully to my team.');
    await answerByApi('boss@example.com', 3, 'Alex could listen more before deciding.');
    for (const email of [PEERS[2], PEERS[3], REPORTS[0], REPORTS[1]]) await answerByApi(email, 3, 'Listens, and could explain decisions earlier.');
  });

  it('shows progress in counts per group, reminds without naming anyone, and asks before reading a report that is still filling', async () => {
    await goTo(() => page.goto(campaignUrl));
    const progress = page.getByRole('table', { name: /Answers so far/ });
    await expect(progress.getByRole('row', { name: /^Peers/ }).textContent()).resolves.toMatch(/Peers\s*5\s*4\s*80%\s*0/);
    await expect(progress.getByRole('row', { name: /All raters/ }).textContent()).resolves.toMatch(/10\s*8\s*80%/);
    // Nothing on the page says who answered: no rater's row mentions an answer.
    expect(await page.getByRole('table', { name: /Who is asked/ }).textContent()).not.toMatch(/answered/i);
    await screenshot('campaign');
    await goTo(() => page.getByRole('button', { name: 'Remind those who have not answered' }).click());
    await expect(page.getByRole('status').textContent()).resolves.toBe('A reminder is on its way to the 2 people who have not answered yet.');
    await waitUntil(() => t.mailbox.messages.filter((mail) => mail.subject.startsWith('Reminder')).length === 2, { what: 'two reminders' });
    expect(
      t.mailbox.messages
        .filter((mail) => mail.subject.startsWith('Reminder'))
        .map((mail) => mail.to)
        .sort(),
    ).toEqual([expect.stringContaining('pat@example.com'), expect.stringContaining(REPORTS[2])]);

    await goTo(() => page.getByRole('link', { name: 'Read the report now…' }).click());
    await expect(page.getByRole('note').textContent()).resolves.toContain('Reading the report freezes it.');
    await expect(page.getByText('Peers: 4 of 5 answered').isVisible()).resolves.toBe(true);
    await goTo(() => page.getByRole('link', { name: 'Not yet: back to the campaign' }).click());
  });

  it('closes the campaign, reads the report and releases it to the leader', async () => {
    await goTo(() => page.getByRole('link', { name: 'Close the campaign…' }).click());
    await expect(page.getByText('8 of 10 raters have answered.').isVisible()).resolves.toBe(true);
    await goTo(() => page.getByRole('button', { name: 'Close the campaign' }).click());
    await expect(page.getByRole('status').textContent()).resolves.toContain('The campaign is closed');
    // The close queues the fold of the answers still waiting, and a worker does it: a read waits
    // a few seconds for it, and past that shows no version yet, only that answers are still being
    // added (see report-folding.e2e-spec.ts). On a busy machine the fold may take longer.
    const campaignId = /\/coach\/campaigns\/([0-9a-f-]{36})/.exec(page.url())?.[1];
    if (!campaignId) throw new Error(`no campaign id in ${page.url()}`);
    await waitUntil(
      async () => {
        const [{ count }] = await t.db.query<{ count: number }[]>(
          `SELECT COALESCE(SUM(raters), 0)::int AS count FROM aggregates WHERE campaign_id = $1 AND scope_kind = 'responses'`,
          [campaignId],
        );
        return count === 8;
      },
      { what: 'the 8 answers folded after the close', timeoutMs: 90_000 },
    );
    await goTo(() => page.getByRole('link', { name: 'Read the report', exact: true }).click());
    await expect(heading()).resolves.toBe('Alex Morgan');
    // Before releasing it, the coach stands behind the themes of the comments software was least sure of.
    await goTo(() => page.getByRole('link', { name: 'Review comment themes' }).click());
    await expect(heading()).resolves.toBe('Comment themes in version 1');
    await goTo(() =>
      page
        .getByRole('button', { name: /^Save / })
        .first()
        .click(),
    );
    await expect(page.getByRole('status').textContent()).resolves.toContain('Saved');
    await goTo(() => page.getByRole('link', { name: 'Read version 1 of the report' }).click());
    await expect(page.getByText(/The coach reviewed the themes of/).isVisible()).resolves.toBe(true);
    await goTo(() => page.getByRole('link', { name: 'Back to the campaign' }).click());
    await goTo(() => page.getByRole('link', { name: 'Report versions and release to the leader' }).click());
    await expect(page.getByRole('row', { name: /Version 1/ }).textContent()).resolves.toContain('8 answers');
    await goTo(() => page.getByRole('link', { name: 'Release version 1…' }).click());
    await expect(page.getByText('A released version never changes, and it cannot be withdrawn.').isVisible()).resolves.toBe(true);
    await goTo(() => page.getByRole('button', { name: 'Release version 1 to Alex Morgan' }).click());
    await expect(page.getByRole('status').textContent()).resolves.toContain('The version is released');
    await expect(page.getByRole('row', { name: /Version 1/ }).textContent()).resolves.toMatch(/Released \d+ \w+ \d{4}/);
  });

  const lastMailTo = (email: string, contains: string) => {
    const mails = t.mailbox.to(email).filter((mail) => mail.text.includes(contains));
    return mails[mails.length - 1];
  };

  it('saves the program from the proposal of the released report', async () => {
    await goTo(() =>
      page
        .getByRole('link', { name: /^Alex Morgan, VP Engineering/ })
        .first()
        .click(),
    );
    await goTo(() => page.getByRole('link', { name: 'Design the program' }).last().click());
    await expect(heading()).resolves.toBe('Development program');
    // The proposal fills in the goals of the report's priorities; the coach makes the first target their own.
    const firstTheme = await page.getByLabel('Focus theme 1').inputValue();
    expect(firstTheme).not.toBe('');
    await page.getByLabel('Target 1').fill('4.1');
    await page.getByLabel('Milestone 1', { exact: true }).fill('Mid-program review with Jordan');
    await goTo(() => page.getByRole('button', { name: 'Save the program' }).click());
    await expect(page.getByRole('status').textContent()).resolves.toContain('The program is saved');
    await expect(page.locator('dl.facts').textContent()).resolves.toContain('PhaseCoaching');
    await screenshot('engagement');
    await goTo(() => page.getByRole('link', { name: 'The program', exact: true }).click());
    await expect(page.getByRole('table', { name: /One goal per focus theme/ }).textContent()).resolves.toContain('4.1');
    await goTo(() => page.getByRole('link', { name: '← Back to your overview' }).click());
  });

  it('logs a session with private notes, corrects it, and records and deletes a mistaken action', async () => {
    await goTo(() => page.getByRole('link', { name: "Check-ins: sessions and the leader's actions" }).click());
    await expect(page.getByText('No session recorded yet').isVisible()).resolves.toBe(true);
    await page.getByLabel('Minutes').fill('2');
    await page.getByLabel('Agreed actions').fill('Speak last in the Monday staff meeting\nAsk one open question per one-to-one');
    await page.getByLabel('Private notes').fill('Tense about the reorganisation; come back to it.');
    await refusedBeside('Log the session', 'f-durationMinutes', 'must be at least 5 minutes', {
      label: 'Private notes',
      value: 'Tense about the reorganisation; come back to it.',
    });
    await page.getByLabel('Minutes').fill('60');
    await goTo(() => page.getByRole('button', { name: 'Log the session' }).click());
    await expect(page.getByRole('status').textContent()).resolves.toBe('The session is recorded.');
    await expect(page.getByRole('table', { name: /Sessions held/ }).textContent()).resolves.toContain('Tense about the reorganisation');
    await goTo(() => page.getByRole('link', { name: /^Edit the session of/ }).click());
    await page.getByLabel('Minutes').fill('75');
    await goTo(() => page.getByRole('button', { name: 'Save the correction' }).click());
    await expect(page.getByRole('table', { name: /Sessions held/ }).textContent()).resolves.toContain('75');
    await screenshot('check-ins');

    await goTo(() => page.getByRole('button', { name: 'Record it' }).click());
    await expect(page.getByRole('status').textContent()).resolves.toBe("The leader's action is recorded.");
    await goTo(() =>
      page
        .getByRole('table', { name: /The leader's actions/ })
        .getByRole('link', { name: /^Delete/ })
        .click(),
    );
    await goTo(() => page.getByRole('button', { name: 'Delete it' }).click());
    await expect(page.getByRole('status').textContent()).resolves.toBe('The entry is deleted.');
    await expect(page.getByText('Nothing recorded yet.').isVisible()).resolves.toBe(true);
  });

  it('sends the leader a sign-in link; the leader records what they did and previews what the sponsor would see before sharing it', async () => {
    await goTo(() => page.getByRole('link', { name: 'Alex Morgan, VP Engineering: 2026 program' }).first().click());
    await goTo(() => page.getByRole('button', { name: 'Email Alex Morgan a sign-in link' }).click());
    await expect(page.getByRole('status').textContent()).resolves.toContain('A one-time sign-in link is on its way to the leader');
    await waitUntil(() => Boolean(lastMailTo('alex@example.com', '/a/')), { what: "the leader's sign-in mail" });
    const leaderContext = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    const leader = await leaderContext.newPage();
    await goTo(() => leader.goto(accessLinkIn(lastMailTo('alex@example.com', '/a/'))), leader);
    await goTo(() => leader.getByRole('button', { name: 'Continue' }).click(), leader);
    await expect(heading(leader)).resolves.toBe('Alex Morgan: your feedback and development program');
    await leader.getByLabel('How it went (optional)').fill('Spoke last in the staff meeting; two quiet people spoke up.');
    await goTo(() => leader.getByRole('button', { name: 'Record it' }).click(), leader);
    await expect(leader.getByRole('status').textContent()).resolves.toContain('Recorded');
    await leader.getByLabel(/Goals/).check();
    await goTo(() => leader.getByRole('button', { name: 'Preview what Jordan Lee would see' }).click(), leader);
    await expect(leader.getByRole('note').first().textContent()).resolves.toContain('Nothing is shared until you save them.');
    await expect(leader.getByRole('heading', { name: 'Goals' }).first().isVisible()).resolves.toBe(true);
    await goTo(() => leader.getByRole('button', { name: 'Share this with Jordan Lee' }).click(), leader);
    await expect(leader.getByRole('status').textContent()).resolves.toContain('Saved');
    await leaderContext.close();

    await goTo(() => page.getByRole('link', { name: 'See what Jordan Lee sees now' }).click());
    await expect(page.getByText('Alex Morgan chose what you see here: the goals.').isVisible()).resolves.toBe(true);
    await goTo(() => page.getByRole('link', { name: '← Back to the engagement' }).click());
    await goTo(() => page.getByRole('link', { name: "Check-ins: sessions and the leader's actions" }).click());
    await expect(page.getByRole('table', { name: /The leader's actions/ }).textContent()).resolves.toContain('two quiet people spoke up');
  });

  it('launches the mid review to the same raters, who answer it, and reads the review', async () => {
    await goTo(() => page.getByRole('link', { name: 'Alex Morgan, VP Engineering: 2026 program' }).first().click());
    await goTo(() => page.getByRole('button', { name: 'Prepare the mid-program review' }).click());
    await expect(heading()).resolves.toBe('Progress review');
    await expect(
      page
        .getByRole('row', { name: /^Peers/ })
        .first()
        .textContent(),
    ).resolves.toMatch(/Peers\s*5/);
    const before = t.mailbox.messages.length;
    await goTo(() => page.getByRole('link', { name: 'Review the invitations and launch…' }).click());
    await goTo(() => page.getByRole('button', { name: /^Launch and send \d+ invitations$/ }).click());
    await t.mailbox.waitForCount(before + 10);
    for (const email of ['alex@example.com', 'boss@example.com', ...PEERS, 'pat@example.com', ...REPORTS]) {
      const token = tokenOf(linkIn(lastMailTo(email, '/r/')));
      const api = new ApiClient(t.baseUrl);
      const q = (await api.get<{ items: { id: string }[] }>(`/api/responses/${token}`)).body;
      expect((await api.post(`/api/responses/${token}`, { answers: Object.fromEntries(q.items.map((item) => [item.id, 2])) })).status).toBe(201);
    }
    await goTo(() => page.reload());
    await goTo(() => page.getByRole('link', { name: 'Close the campaign…' }).click());
    await goTo(() => page.getByRole('button', { name: 'Close the campaign' }).click());
    await goTo(() =>
      page
        .getByRole('link', { name: /^Alex Morgan, VP Engineering/ })
        .first()
        .click(),
    );
    await goTo(() => page.getByRole('link', { name: 'The review: baseline, midpoint and final against the goals' }).click());
    await expect(heading()).resolves.toBe('Alex Morgan: progress review');
    await expect(page.getByText('The baseline 360 compared with the mid-program review.').isVisible()).resolves.toBe(true);
  });

  it('passes axe on the pages the journey has not needed: outcomes, deletion, a campaign preview, a sponsor meeting, a 404', async () => {
    await goTo(() => page.goto(`${t.baseUrl}/coach`));
    await goTo(() =>
      page
        .getByRole('link', { name: /^Alex Morgan, VP Engineering/ })
        .first()
        .click(),
    );
    const engagementUrl = page.url();
    await goTo(() => page.getByRole('link', { name: 'Edit the intended outcomes' }).click());
    expect(await page.getByLabel('Outcome 1', { exact: true }).inputValue()).toBe('People leave meetings with Alex feeling heard');
    await goTo(() => page.getByRole('link', { name: 'Cancel' }).click());
    await goTo(() => page.getByRole('link', { name: 'Delete this engagement and everything stored about it' }).click());
    await expect(page.getByRole('note').textContent()).resolves.toContain('2 campaigns, with 18 raters besides the leader');
    await goTo(() => page.getByRole('link', { name: 'Keep it' }).click());
    await goTo(() => page.getByRole('link', { name: 'See what Jordan Lee sees now' }).click());
    await goTo(() => page.getByRole('link', { name: 'Mid-program: progress' }).click());
    await goTo(() => page.goto(campaignUrl));
    await goTo(() => page.getByRole('link', { name: 'Preview the survey as each group of raters sees it' }).click());
    await goTo(() => page.getByRole('link', { name: 'Direct reports' }).click());
    await expect(page.getByRole('note').first().textContent()).resolves.toContain('one of the Direct reports');
    await goTo(() => page.goto(engagementUrl.replace(/[0-9a-f-]{36}$/, '6f1c0d7e-0000-4000-8000-000000000000')));
    await expect(heading()).resolves.toBe('Not found');
    expectedProblems.push('Failed to load resource: the server responded with a status of 404 (Not Found)');
  });

  it('chooses a new password by the emailed link, signed out', async () => {
    const signedOut = await browser.newContext();
    const visitor = await signedOut.newPage();
    await goTo(() => visitor.goto(`${t.baseUrl}/coach/login`), visitor);
    await goTo(() => visitor.getByRole('link', { name: 'Forgot your password?' }).click(), visitor);
    await visitor.getByLabel('Email').fill('dana@example.com');
    await goTo(() => visitor.getByRole('button', { name: 'Email me a link' }).click(), visitor);
    await expect(visitor.getByRole('status').textContent()).resolves.toContain('If an account has this email');
    await waitUntil(() => Boolean(lastMailTo('dana@example.com', '/coach/password/reset/')), { what: 'the password mail' });
    const link = /(https?:\/\/\S+\/coach\/password\/reset\/[A-Za-z0-9_-]{43})/.exec(lastMailTo('dana@example.com', '/coach/password/reset/').text)?.[1] ?? '';
    await goTo(() => visitor.goto(link), visitor);
    expect(visitor.url()).toBe(`${t.baseUrl}/coach/password/reset`);
    await visitor.getByLabel('New password', { exact: true }).fill('a brand new passphrase');
    await visitor.getByLabel('The new password again').fill('a brand new passphrase');
    await goTo(() => visitor.getByRole('button', { name: 'Save my new password' }).click(), visitor);
    await expect(visitor.getByRole('status').textContent()).resolves.toContain('Your new password is saved');
    await signedOut.close();
    // The coach's other session ended with the new password.
    await goTo(() => page.goto(`${t.baseUrl}/coach`));
    expect(page.url()).toBe(`${t.baseUrl}/coach/login`);
    await page.getByLabel('Email').fill('dana@example.com');
    await page.getByLabel('Password').fill('a brand new passphrase');
    await goTo(() => page.getByRole('button', { name: 'Sign in' }).click());
    await expect(heading()).resolves.toBe('Your engagements');
  });

  it('reads the main pages on a phone: nothing wider than the screen, still no axe violation', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await goTo(() => page.goto(`${t.baseUrl}/coach`));
    const pages = [
      `${t.baseUrl}/coach`,
      await page
        .getByRole('link', { name: /^Alex Morgan, VP Engineering/ })
        .first()
        .getAttribute('href'),
      campaignUrl,
      `${campaignUrl}/versions`,
    ];
    for (const url of pages) {
      await goTo(() => page.goto(new URL(url ?? '', t.baseUrl).toString()));
      const overflow = await page.evaluate(() => {
        const root = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document.documentElement;
        return root.scrollWidth - root.clientWidth;
      });
      expect([url, overflow]).toEqual([url, 0]);
    }
    await page.setViewportSize({ width: 1100, height: 900 });
  });

  it('visited every page without an unexpected console error', () => {
    expect(problems).toEqual(expectedProblems);
    expect(visited.size).toBeGreaterThan(3);
  });
});
