import { waitUntil } from '../../src/common/wait-until';
import { ApiClient, draftCampaign, raters, signUpCoach, waitForAggregated } from '../factories/api-client';
import { answerCampaign, launchAndCollectTokens } from '../factories/campaign-run';
import { type EngagementRun, PRIVATE_NOTE, runWholeEngagement, TEAM_RATINGS } from '../factories/engagement.factory';
import { accessLinkIn, postForm, type SignedIn, signInWith, withCookie } from '../utils/access-link';
import { readPdfText } from '../utils/pdf-text';
import { openRaterLink } from '../utils/rater-link';
import { startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(120_000);

interface Review {
  goals: {
    themeId: string;
    baseline: { mean: number } | null;
    midpoint: { mean: number } | null;
    final: { mean: number } | null;
    target: number;
    status: string;
  }[];
}
interface Agenda {
  shared: { goals: boolean; progress: boolean };
  meetings: {
    id: string;
    goals: { title: string; goal: string | null; target: number }[] | null;
    progress: { title: string; baseline: number | null; current: number | null; status: string }[] | null;
    outcomes: { text: string; met: boolean | null }[] | null;
    notes: string[];
  }[];
}

describe('leader and sponsor: emailed sign-in links, their views, and 404 for everything else', () => {
  let t: TestApp;
  let coach: ApiClient;
  let run: EngagementRun;
  let leader: SignedIn;
  let base: string;
  let csrf: string;

  const mailTo = async (address: string, count = 1) => {
    await waitUntil(() => t.mailbox.to(address).filter((mail) => /\/a\//.test(mail.text)).length >= count, { what: `sign-in mail to ${address}` });
    return t.mailbox.to(address).filter((mail) => /\/a\//.test(mail.text))[count - 1];
  };

  beforeAll(async () => {
    t = await startTestApp();
    coach = (await signUpCoach(new ApiClient(t.baseUrl))).api;
    run = await runWholeEngagement(t, coach, { skipAtFinal: (email) => email.startsWith('peer-1-') });
    base = `${t.baseUrl}/leader/${run.engagementId}`;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('emails the leader a one-time link; opening it parks the token and leads, by Continue, to a Strict cookie and an address without the token', async () => {
    const sent = await coach.post<{ role: string; sentTo: string; expiresAt: string }>(`/api/engagements/${run.engagementId}/leader-link`);
    expect(sent.status).toBe(202);
    expect(sent.body).toMatchObject({ role: 'leader', sentTo: run.leaderEmail });
    expect(Date.parse(sent.body.expiresAt) - Date.now()).toBeLessThanOrEqual(60 * 60_000);
    const mail = await mailTo(run.leaderEmail);
    const link = accessLinkIn(mail);
    expect(link).toMatch(new RegExp(`^${t.baseUrl}/a/[A-Za-z0-9_-]{43}$`));
    expect(mail.html).toContain(link);
    const [{ count }] = await t.db.query(`SELECT COUNT(*)::int AS count FROM access_links WHERE token_hash = encode(sha256($1::bytea), 'hex')`, [
      link.slice(link.lastIndexOf('/') + 1),
    ]);
    expect(count).toBe(1);
    expect(JSON.stringify(await t.db.query(`SELECT * FROM access_links`))).not.toContain(link.slice(link.lastIndexOf('/') + 1));

    // A mail scanner opening the link does not spend it.
    expect((await fetch(link, { redirect: 'manual' })).status).toBe(303);
    leader = await signInWith(link);
    expect(leader.first).toMatchObject({ status: 303, location: '/a/continue', referrerPolicy: 'no-referrer' });
    expect(leader.first.setCookie).toMatch(/HttpOnly/i);
    expect(leader.first.setCookie).toMatch(/Path=\/a/);
    expect(leader.location).toBe(`/leader/${run.engagementId}`);
    expect(leader.setCookie).toMatch(/HttpOnly/i);
    expect(leader.setCookie).toMatch(/SameSite=Strict/i);
    expect(leader.setCookie).toContain(`Path=/leader/${run.engagementId}`);
    expect(leader.cookie).not.toContain(link.slice(link.lastIndexOf('/') + 1));

    const home = await withCookie(base, leader.cookie);
    expect(home.status).toBe(200);
    expect(home.headers.get('referrer-policy')).toBe('no-referrer');
    expect(home.headers.get('cache-control')).toBe('no-store');
    expect(home.text).not.toContain('<script');
    csrf = /name="csrf" value="([0-9a-f]+)"/.exec(home.text)?.[1] ?? '';
    expect(csrf).toHaveLength(64);

    // Used once: the link is spent; a token never issued is not found.
    expect((await fetch(link, { redirect: 'manual' })).status).toBe(410);
    expect((await fetch(`${t.baseUrl}/a/${'A'.repeat(43)}`, { redirect: 'manual' })).status).toBe(404);
  });

  it('the leader reads every released report, the program without the private notes, and the review', async () => {
    const list = await withCookie(`${base}/api/reports`, leader.cookie);
    const reports = (JSON.parse(list.text) as { reports: { campaignId: string; phase: string; version: number }[] }).reports;
    expect(reports.map((report) => [report.campaignId, report.phase, report.version])).toEqual([
      [run.baselineId, 'baseline', 1],
      [run.midpointId, 'midpoint', 1],
      [run.finalId, 'final', 1],
    ]);
    const coachVersion = (await coach.get<{ themes: unknown[] }>(`/api/campaigns/${run.baselineId}/report?version=1`)).body;
    const leaderVersion = JSON.parse((await withCookie(`${base}/api/reports/${run.baselineId}`, leader.cookie)).text) as {
      themes: unknown[];
      pending: unknown;
    };
    expect(leaderVersion.themes).toEqual(coachVersion.themes);
    expect(leaderVersion.pending).toBeNull();
    const page = await withCookie(`${base}/reports/${run.baselineId}`, leader.cookie);
    expect(page.status).toBe(200);
    expect(page.text).toContain('interrupts in meetings and rarely delegates');

    const program = await withCookie(`${base}/api/program`, leader.cookie);
    expect(program.status).toBe(200);
    const sessions = (JSON.parse(program.text) as { sessions: Record<string, unknown>[] }).sessions;
    expect(sessions).toHaveLength(1);
    expect('privateNotes' in sessions[0]).toBe(false);
    expect(program.text).not.toContain(PRIVATE_NOTE);
    const programPage = await withCookie(`${base}/program`, leader.cookie);
    expect(programPage.status).toBe(200);
    expect(programPage.text).toContain('Speak last in the staff meeting');
    expect(programPage.text).not.toContain(PRIVATE_NOTE);
    const programPdf = await fetch(`${base}/program.pdf`, { headers: { cookie: leader.cookie } });
    expect(programPdf.status).toBe(200);
    expect(programPdf.headers.get('content-type')).toBe('application/pdf');
    const printed = readPdfText(Buffer.from(await programPdf.arrayBuffer()));
    expect(printed.flowing).toContain('Speak last in the staff meeting');
    expect(printed.flowing).not.toContain(PRIVATE_NOTE);
    expect(printed.pages[0]).toMatch(new RegExp(`Page 1 of ${printed.pageCount}`));
    expect((await coach.get(`/api/engagements/${run.engagementId}/program`)).body).toMatchObject({ sessions: [{ privateNotes: PRIVATE_NOTE }] });

    const review = JSON.parse((await withCookie(`${base}/api/review`, leader.cookie)).text) as Review;
    expect(review.goals).toEqual((await coach.get<Review>(`/api/engagements/${run.engagementId}/review`)).body.goals);
    const reviewPage = await withCookie(`${base}/review`, leader.cookie);
    expect(reviewPage.text).toContain('How the status is decided.');
    expect(reviewPage.text).toContain('The rater mix changed between rounds');
  });

  it('the leader chooses what the sponsor sees, with a form only their own page can post', async () => {
    const agenda = async () => (await coach.get<Agenda>(`/api/engagements/${run.engagementId}/sponsor-agenda`)).body;
    expect((await agenda()).shared).toEqual({ goals: false, progress: false });
    expect((await postForm(`${base}/sharing`, leader.cookie, { goals: 'on', progress: 'on' })).status).toBe(403);
    expect((await postForm(`${base}/sharing`, leader.cookie, { goals: 'on', progress: 'on', csrf: 'f'.repeat(64) })).status).toBe(403);
    expect((await agenda()).shared).toEqual({ goals: false, progress: false });

    const saved = await postForm(`${base}/sharing`, leader.cookie, { goals: 'on', csrf });
    expect([saved.status, saved.headers.get('location')]).toEqual([303, `/leader/${run.engagementId}?saved=1`]);
    const goalsOnly = await agenda();
    expect(goalsOnly.shared).toEqual({ goals: true, progress: false });
    expect(goalsOnly.meetings[0].goals?.map((goal) => goal.target)).toEqual(run.goals.map((goal) => goal.target));
    expect(goalsOnly.meetings.map((meeting) => meeting.progress)).toEqual([null, null, null]);

    expect((await postForm(`${base}/sharing`, leader.cookie, { goals: 'on', progress: 'on', csrf })).status).toBe(303);
    const both = await agenda();
    const review = (await coach.get<Review>(`/api/engagements/${run.engagementId}/review`)).body;
    expect(both.meetings[1].progress?.map((row) => [row.baseline, row.current])).toEqual(
      review.goals.map((goal) => [goal.baseline?.mean, goal.midpoint?.mean]),
    );
    expect(both.meetings[2].progress?.map((row) => [row.current, row.status])).toEqual(review.goals.map((goal) => [goal.final?.mean, goal.status]));
    expect(both.meetings[2].outcomes?.map((outcome) => outcome.met)).toEqual([true, null, null]);
  });

  it('the sponsor, by a link the leader sends, reads the three agendas and nothing of the raw feedback', async () => {
    const sent = await postForm(`${base}/sponsor-link`, leader.cookie, { csrf });
    expect([sent.status, sent.headers.get('location')]).toEqual([303, `/leader/${run.engagementId}?sent=1`]);
    const sponsor = await signInWith(accessLinkIn(await mailTo(run.sponsorEmail)));
    const sponsorBase = `${t.baseUrl}/sponsor/${run.engagementId}`;
    expect(sponsor.location).toBe(`/sponsor/${run.engagementId}`);
    expect(sponsor.setCookie).toContain(`Path=/sponsor/${run.engagementId}`);
    const pages = [sponsorBase, `${sponsorBase}/meetings/start`, `${sponsorBase}/meetings/middle`, `${sponsorBase}/meetings/end`, `${sponsorBase}/api/agenda`];
    const comments = [...(await t.db.query(`SELECT text FROM comments`))].map((row: { text: string }) => row.text);
    expect(comments.length).toBeGreaterThan(10);
    for (const url of pages) {
      const page = await withCookie(url, sponsor.cookie);
      expect([url, page.status]).toEqual([url, 200]);
      for (const text of comments) expect(page.text).not.toContain(text);
      for (const leak of ['Peers', 'Direct reports', '"boss"', '"peer"', PRIVATE_NOTE, 'privateNotes', 'distribution']) expect(page.text).not.toContain(leak);
    }
    const agenda = JSON.parse((await withCookie(`${sponsorBase}/api/agenda`, sponsor.cookie)).text) as Agenda;
    expect(agenda.meetings.map((meeting) => meeting.id)).toEqual(['start', 'middle', 'end']);
    expect((await withCookie(`${sponsorBase}/meetings/later`, sponsor.cookie)).status).toBe(404);
    // The sponsor's session opens no leader page, even sent by hand to the leader's paths.
    for (const path of ['', '/api/reports', `/api/reports/${run.baselineId}`, '/api/program', '/api/review', '/program', '/program.pdf'])
      expect((await withCookie(`${base}${path}`, sponsor.cookie)).status).toBe(404);
  });

  it('answers 404 to another engagement’s leader, to unreleased reports, to raters and coaches, and after sign-out', async () => {
    const other = await draftCampaign(coach, { raters: [...raters('boss', 1), ...raters('peer', 4)] });
    const tokens = await launchAndCollectTokens(t, coach, other.campaignId);
    const unanswered = [...tokens.entries()].find(([email]) => email.startsWith('peer-4-'))?.[1] ?? '';
    await answerCampaign(t, coach, other.campaignId, tokens, TEAM_RATINGS.baseline, { skip: (email) => email.startsWith('peer-4-') });
    await waitForAggregated(coach, other.campaignId, 5);
    expect((await coach.get(`/api/campaigns/${other.campaignId}/report`)).status).toBe(200);
    await coach.post(`/api/engagements/${other.engagementId}/leader-link`);
    const otherLeader = await signInWith(accessLinkIn(await mailTo(other.leaderEmail)));
    const otherBase = `${t.baseUrl}/leader/${other.engagementId}`;
    // Cut but not released: the leader does not see it.
    expect(JSON.parse((await withCookie(`${otherBase}/api/reports`, otherLeader.cookie)).text)).toEqual({ reports: [] });
    expect((await withCookie(`${otherBase}/api/reports/${other.campaignId}`, otherLeader.cookie)).status).toBe(404);
    expect((await withCookie(`${otherBase}/reports/${other.campaignId}`, otherLeader.cookie)).status).toBe(404);
    expect((await withCookie(`${otherBase}/api/program`, otherLeader.cookie)).status).toBe(404);
    // Each leader's session opens their own engagement only, and reports of their own engagement only.
    expect((await withCookie(`${base}/api/program`, otherLeader.cookie)).status).toBe(404);
    expect((await withCookie(`${otherBase}/api/reports/${run.baselineId}`, otherLeader.cookie)).status).toBe(404);
    expect((await withCookie(`${base}/api/reports/${other.campaignId}`, leader.cookie)).status).toBe(404);
    expect((await withCookie(`${otherBase}`, leader.cookie)).status).toBe(404);

    // A rater's cookie, a rater's token, a coach's bearer token: none opens the leader's pages.
    const rater = await openRaterLink(`${t.baseUrl}/r/${unanswered}`);
    expect(rater.status).toBe(200);
    expect((await withCookie(`${otherBase}/api/program`, rater.cookie)).status).toBe(404);
    expect((await withCookie(otherBase, rater.cookie.replace(/^[^=]+=/, 'f360a='))).status).toBe(404);
    expect((await fetch(`${t.baseUrl}/a/${unanswered}`, { redirect: 'manual' })).status).toBe(404);
    expect((await coach.get(`/leader/${run.engagementId}/api/review`)).status).toBe(404);
    // And a leader's cookie is no coach session.
    expect((await withCookie(`${t.baseUrl}/api/engagements/${run.engagementId}/review`, leader.cookie)).status).toBe(401);

    const signedOut = await postForm(`${base}/sign-out`, leader.cookie, { csrf });
    expect(signedOut.status).toBe(200);
    expect(signedOut.headers.get('set-cookie')).toMatch(/^f360a=;/);
    expect((await withCookie(`${base}/api/review`, leader.cookie)).status).toBe(404);
  });
});
