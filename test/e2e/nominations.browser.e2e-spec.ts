import type { Browser, Page } from 'playwright-core';
import { waitUntil } from '../../src/common/wait-until';
import { ApiClient, draftCampaign, raters, signUpCoach } from '../factories/api-client';
import { accessLinkIn } from '../utils/access-link';
import { linkIn } from '../utils/mailbox';
import { axeViolations, WCAG22_AA } from '../utils/accessibility';
import { launchChromium } from '../utils/browser';
import { startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(120_000);

/**
 * The leader proposes raters from their pages, the coach corrects the list and approves it from
 * the campaign page: each page checked with axe-core (WCAG 2.2 A and AA), no JavaScript needed.
 */
describe('in the browser: the leader nominates raters, the coach approves them, and a rater declines', () => {
  let t: TestApp;
  let browser: Browser;
  let leader: Page;
  let coachPage: Page;
  let coach: ApiClient;
  let coachEmail: string;
  let campaign: { engagementId: string; campaignId: string; leaderEmail: string };
  const problems: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchChromium();
    ({ api: coach, email: coachEmail } = await signUpCoach(new ApiClient(t.baseUrl)));
    campaign = await draftCampaign(coach, { raters: raters('boss', 1, 'web') });
    leader = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    coachPage = await (await browser.newContext({ viewport: { width: 1100, height: 900 } })).newPage();
    for (const page of [leader, coachPage]) {
      page.on('console', (message) => message.type() === 'error' && !/status of 400/.test(message.text()) && problems.push(message.text()));
      page.on('pageerror', (error) => problems.push(error.message));
    }
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function goTo(page: Page, action: () => Promise<unknown>): Promise<void> {
    await Promise.all([page.waitForEvent('load'), action()]);
    expect([page.url(), await axeViolations(page, WCAG22_AA)]).toEqual([page.url(), []]);
  }

  it('signs the leader in by their emailed link and shows the campaign to propose raters for', async () => {
    expect((await coach.post(`/api/engagements/${campaign.engagementId}/leader-link`)).status).toBe(202);
    await waitUntil(() => t.mailbox.to(campaign.leaderEmail).some((mail) => mail.text.includes('/a/')), { what: 'the sign-in mail' });
    const link = accessLinkIn(t.mailbox.to(campaign.leaderEmail).find((mail) => mail.text.includes('/a/'))!);
    await goTo(leader, () => leader.goto(link));
    await goTo(leader, () => leader.getByRole('button', { name: 'Continue' }).click());
    await goTo(leader, () => leader.getByRole('link', { name: 'Propose raters for Leadership 360' }).click());
    await expect(leader.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Propose your raters: Leadership 360');
    const peers = leader.getByRole('row', { name: /^Peers/ });
    await expect(peers.textContent()).resolves.toMatch(/Peers\s*0\s*3\s*4 to 6/);
  });

  it('proposes raters one at a time: a bad email is refused beside its field, a group below its minimum is warned about, a mistake is removed', async () => {
    await leader.getByLabel('Name').fill('Priya Peer');
    await leader.getByLabel('Email').fill('priya-at-example.com');
    await leader.getByLabel('Group', { exact: true }).selectOption('peer');
    await goTo(leader, () => leader.getByRole('button', { name: 'Add to the proposal' }).click());
    await expect(leader.locator('#nominee-email-error').textContent()).resolves.toContain('is not an email address');
    expect(await leader.getByLabel('Name').inputValue()).toBe('Priya Peer');

    await leader.getByLabel('Email').fill('priya@example.com');
    await goTo(leader, () => leader.getByRole('button', { name: 'Add to the proposal' }).click());
    await expect(leader.getByRole('status').textContent()).resolves.toBe('Added to your proposal.');
    await expect(leader.getByText('Peers: 1 of at least 3.', { exact: false }).isVisible()).resolves.toBe(true);
    for (const [name, email] of [
      ['Paul Peer', 'paul@example.com'],
      ['Wrong Person', 'wrong@example.com'],
    ]) {
      await leader.getByLabel('Name').fill(name);
      await leader.getByLabel('Email').fill(email);
      await leader.getByLabel('Group', { exact: true }).selectOption('peer');
      await goTo(leader, () => leader.getByRole('button', { name: 'Add to the proposal' }).click());
    }
    await expect(leader.getByText('Peers: 1 of at least 3.', { exact: false }).count()).resolves.toBe(0);
    await goTo(leader, () => leader.getByRole('button', { name: 'Remove Wrong Person' }).click());
    await expect(leader.getByRole('status').textContent()).resolves.toBe('Taken out of your proposal.');
    await expect(leader.getByRole('rowheader', { name: 'Wrong Person' }).count()).resolves.toBe(0);
    await goTo(leader, () => leader.getByRole('button', { name: 'Send the list to your coach' }).click());
    await expect(leader.getByRole('status').textContent()).resolves.toContain('on its way to your coach');
    await expect(leader.getByRole('button', { name: 'Add to the proposal' }).count()).resolves.toBe(0);
  });

  it('lets the coach correct the proposal on the campaign page and approve it into the raters', async () => {
    await goTo(coachPage, () => coachPage.goto(`${t.baseUrl}/coach/login`));
    await coachPage.getByLabel('Email').fill(coachEmail);
    await coachPage.getByLabel('Password').fill('correct horse battery');
    await goTo(coachPage, () => coachPage.getByRole('button', { name: 'Sign in' }).click());
    // The engagement's next step on the dashboard is the proposal waiting for the coach.
    await goTo(coachPage, () => coachPage.getByRole('link', { name: 'Review the raters the leader proposed' }).click());
    expect(coachPage.url()).toBe(`${t.baseUrl}/coach/campaigns/${campaign.campaignId}`);
    await expect(coachPage.getByRole('heading', { name: 'Raters proposed by Alex Morgan' }).isVisible()).resolves.toBe(true);
    const list = coachPage.getByLabel('Edit the proposal');
    expect(await list.inputValue()).toBe('Priya Peer, priya@example.com, peer\nPaul Peer, paul@example.com, peer');

    await list.fill(`${await list.inputValue()}\nAlex Morgan, ${campaign.leaderEmail}, peer`);
    await goTo(coachPage, () => coachPage.getByRole('button', { name: 'Save the corrected proposal' }).click());
    await expect(coachPage.locator('#f-csv-error').textContent()).resolves.toContain("line 3 is the leader's email");

    await list.fill(
      'Priya Peer, priya@example.com, peer\nPaul Peer, paul@example.com, peer\nPia Peer, pia@example.com, Peers\nDora Direct, dora@example.com, direct report',
    );
    await goTo(coachPage, () => coachPage.getByRole('button', { name: 'Save the corrected proposal' }).click());
    await expect(coachPage.getByRole('status').textContent()).resolves.toContain('The proposal is corrected');
    await goTo(coachPage, () => coachPage.getByRole('button', { name: 'Approve: add these raters to the campaign' }).click());
    await expect(coachPage.getByRole('status').textContent()).resolves.toContain('its raters are added to the campaign');
    for (const name of ['Priya Peer', 'Paul Peer', 'Pia Peer', 'Dora Direct'])
      await expect(
        coachPage
          .getByRole('table', { name: /Who is asked/ })
          .getByRole('rowheader', { name })
          .count(),
      ).resolves.toBe(1);
  });

  it('tells the leader the list is approved, then locked at launch', async () => {
    await goTo(leader, () => leader.reload());
    await expect(leader.getByText('Your coach approved your list', { exact: false }).isVisible()).resolves.toBe(true);
    expect((await coach.post(`/api/campaigns/${campaign.campaignId}/launch`)).status).toBe(202);
    await goTo(leader, () => leader.reload());
    await expect(leader.getByText('The survey has started: the list is locked.', { exact: false }).isVisible()).resolves.toBe(true);
    await expect(leader.getByRole('button', { name: 'Add to the proposal' }).count()).resolves.toBe(0);
  });

  it('lets a rater decline from their link with a reason; the coach sees the decline as a count of the group, never the name', async () => {
    await waitUntil(() => t.mailbox.to('priya@example.com').some((mail) => /\/r\//.test(mail.text)), { what: "Priya's invitation" });
    const rater = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    rater.on('pageerror', (error) => problems.push(error.message));
    await goTo(rater, () => rater.goto(linkIn(t.mailbox.to('priya@example.com').find((mail) => /\/r\//.test(mail.text))!)));
    await goTo(rater, () => rater.getByRole('link', { name: 'Rather not answer? Decline this survey' }).click());
    await expect(rater.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Decline this survey');
    await rater.getByLabel('Your reason (optional)').fill('I only joined the team last month.');
    await goTo(rater, () => rater.getByRole('button', { name: 'Decline the survey' }).click());
    await expect(rater.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Thank you for letting us know');
    await goTo(rater, () => rater.goBack());
    await goTo(rater, () => rater.reload());
    await expect(rater.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('You declined this survey');

    await goTo(coachPage, () => coachPage.goto(`${t.baseUrl}/coach/campaigns/${campaign.campaignId}`));
    const peers = coachPage.getByRole('table', { name: /Answers so far/ }).getByRole('row', { name: /^Peers/ });
    await expect(peers.textContent()).resolves.toMatch(/Peers\s*3\s*0\s*0%\s*1\s*0/);
    await expect(coachPage.getByText('I only joined the team last month.').count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  });
});
