import { randomBytes } from 'node:crypto';
import { addDays } from '../common/calendar-date';
import type { ProgramView } from '../programs/program-view';
import type { ReviewReport } from '../reviews/review-report';
import { DemoError } from './demo.error';
import { DemoHttp } from './demo-http';
import { type OutboxMessage, raterLinksFromOutbox, signInLinkFromOutbox, tokenOfLink } from './outbox-links';
import { waitShowingProgress } from './progress-wait';
import { FINAL_NON_RESPONDENT, SAMPLE_GROWTH, SAMPLE_LEADER, SAMPLE_MEASURED_OUTCOMES, SAMPLE_RATERS, SAMPLE_SPONSOR, sampleEmail } from './sample-team';
import { type DemoQuestionnaire, simulateAnswers } from './simulated-raters';

const TIMEOUT_MS = 60_000;
const DEMO_SEED = 3600;

export interface SampleEngagementOptions {
  apiUrl: string;
  publicUrl: string;
  log: (line: string) => void;
}

export interface SampleEngagement {
  engagementId: string;
  coachToken: string;
  program: ProgramView;
  review: ReviewReport;
  /** Unused sign-in links, for whoever runs the demo (they work once, for an hour). */
  leaderLink: string;
  sponsorLink: string;
}

interface Proposal {
  focusThemes: { themeId: string; title: string; baseline: { mean: number }; suggestedTarget: number }[];
  draft: { goals: unknown[]; plan: { practiceId: string; themeId: string }[]; milestones: unknown[] };
}

type Round = 'baseline' | 'midpoint' | 'final';

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * A whole engagement for the sample leader through the public HTTP API: contracting with measured
 * outcomes, the baseline 360, its release, the program from the report, check-ins, the mid and
 * final reviews with the same raters (who see the leader grow on the focus themes), the leader
 * signing in to share goals and progress with the sponsor, and the review.
 */
export async function runSampleEngagement(options: SampleEngagementOptions): Promise<SampleEngagement> {
  const { log, publicUrl } = options;
  const http = new DemoHttp(options.apiUrl);
  const tag = randomBytes(3).toString('hex');
  const outbox = (): Promise<OutboxMessage[]> => http.get<OutboxMessage[]>('/dev/outbox.json');

  const { token } = await http.post<{ token: string }>('/api/auth/signup', {
    email: `demo-coach-${tag}@example.com`,
    password: `demo-${randomBytes(12).toString('hex')}`,
    name: 'Dana Demo',
  });
  const coach = http.withToken(token);
  const leaderEmail = sampleEmail(SAMPLE_LEADER.name, tag);
  // The sponsor is the leader's manager, who also rated as the boss: one person, one address.
  const sponsorEmail = sampleEmail(SAMPLE_SPONSOR.name, tag);
  const engagement = await coach.post<{ id: string; outcomes: { measuredBy: string | null }[] }>('/api/engagements', {
    title: `${SAMPLE_LEADER.name}, ${SAMPLE_LEADER.role}: leadership program`,
    leader: { name: SAMPLE_LEADER.name, email: leaderEmail },
    sponsor: { name: SAMPLE_SPONSOR.name, email: sponsorEmail },
    outcomes: SAMPLE_MEASURED_OUTCOMES,
  });
  log(
    `Contracting: engagement for ${SAMPLE_LEADER.name} with ${plural(engagement.outcomes.length, 'intended outcome')} (${engagement.outcomes.filter((outcome) => outcome.measuredBy).length} with an indicator)`,
  );

  const team = [{ name: SAMPLE_LEADER.name, group: 'self' }, ...SAMPLE_RATERS].map((member) => ({ ...member, email: sampleEmail(member.name, tag) }));
  let previousLinks = new Set<string>();

  /** Launches a campaign, waits for its invitations, and answers as every rater `answers` accepts. */
  const runRound = async (
    campaignId: string,
    round: Round,
    growth: Readonly<Record<string, number>> | undefined,
    answers: (name: string) => boolean,
  ): Promise<void> => {
    const launched = await coach.post<{ invitations: number }>(`/api/campaigns/${campaignId}/launch`);
    const links = await waitShowingProgress({
      label: `  ${round}: invitations sent`,
      poll: async () => {
        const found = raterLinksFromOutbox(
          await outbox(),
          publicUrl,
          team.map((member) => member.email),
        );
        return new Map([...found].filter(([, link]) => !previousLinks.has(link)));
      },
      progress: (found) => `${found.size}/${launched.invitations}`,
      done: (found) => found.size >= launched.invitations,
      log,
      timeoutMs: TIMEOUT_MS,
      hint: 'The email worker did not send them: is Redis reachable?',
    });
    previousLinks = new Set([...previousLinks, ...links.values()]);
    const answering = team.filter((member) => answers(member.name) && links.has(member.email));
    for (const [index, member] of answering.entries()) {
      const raterToken = tokenOfLink(links.get(member.email) ?? '');
      const questionnaire = await http.get<DemoQuestionnaire>(`/api/responses/${raterToken}`);
      await http.post(`/api/responses/${raterToken}`, {
        answers: simulateAnswers(questionnaire, {
          seed: DEMO_SEED + index + (round === 'baseline' ? 0 : round === 'midpoint' ? 100 : 200),
          ordinal: index,
          growth,
        }),
      });
    }
    await waitShowingProgress({
      label: `  ${round}: ${answering.length} answers aggregated`,
      poll: () => coach.get<{ aggregated: number }>(`/api/campaigns/${campaignId}/progress`),
      progress: (progress) => `${progress.aggregated}/${answering.length}`,
      done: (progress) => progress.aggregated >= answering.length,
      log,
      timeoutMs: TIMEOUT_MS,
      hint: 'The aggregation worker did not fold the answers in: is Redis reachable?',
    });
    await coach.get(`/api/campaigns/${campaignId}/report`);
    const released = await coach.post<{ number: number }>(`/api/campaigns/${campaignId}/report/release`, {});
    log(`  ${round}: report version ${released.number} released to the leader`);
  };

  const baseline = await coach.post<{ id: string }>(`/api/engagements/${engagement.id}/campaigns`, { surveyId: 'leadership-360', phase: 'baseline' });
  await coach.post(`/api/campaigns/${baseline.id}/raters`, {
    raters: SAMPLE_RATERS.map(({ name, group }) => ({ name, group, email: sampleEmail(name, tag) })),
  });
  log(`Assessment: the leadership 360 with ${SAMPLE_RATERS.length} raters and the leader`);
  await runRound(baseline.id, 'baseline', undefined, () => true);

  const proposal = await coach.get<Proposal>(`/api/engagements/${engagement.id}/program/proposal`);
  const focus = proposal.focusThemes.map((theme) => theme.themeId);
  log(
    `Program design: focus on ${proposal.focusThemes.map((theme) => `${theme.title} (${theme.baseline.mean.toFixed(2)} -> ${theme.suggestedTarget.toFixed(1)})`).join(', ')}`,
  );
  const program = await coach.put<ProgramView>(`/api/engagements/${engagement.id}/program`, proposal.draft);
  log(
    `  saved: ${plural(program.plan.length, 'plan entry').replace('entrys', 'entries')}, ${plural(program.milestones.length, 'milestone')}; the engagement moves to coaching`,
  );

  // Check-ins: a session every two weeks, and what the leader did of each entry.
  const start = program.plan[0]?.startOn ?? new Date().toISOString().slice(0, 10);
  for (let session = 0; session < 6; session += 1) {
    const themeId = focus[session % focus.length];
    await coach.post(`/api/engagements/${engagement.id}/sessions`, {
      heldOn: addDays(start, session * 14),
      durationMinutes: session === 0 ? 90 : 60,
      focusThemeId: themeId,
      agreedActions: [
        `Try the plan's practice for ${proposal.focusThemes.find((theme) => theme.themeId === themeId)?.title.toLowerCase() ?? themeId} in two meetings`,
      ],
      privateNotes: 'Coach only: energy, context and what to come back to.',
    });
  }
  let actions = 0;
  for (const [index, entry] of program.plan.entries()) {
    const times = entry.kind === 'practice' ? Math.round(entry.planned * (index === 0 ? 0.8 : 0.6)) : 1;
    for (let time = 0; time < times; time += 1) {
      await coach.post(`/api/engagements/${engagement.id}/practice-actions`, { practiceId: entry.practiceId, doneOn: addDays(entry.startOn, time * 7 + 2) });
      actions += 1;
    }
  }
  log(`Coaching: 6 sessions and ${plural(actions, 'action')} of the leader on the plan logged`);

  for (const round of ['midpoint', 'final'] as const) {
    const growth = Object.fromEntries(focus.map((themeId, index) => [themeId, SAMPLE_GROWTH[round][index] ?? 0]));
    const review = await coach.post<{ id: string }>(`/api/engagements/${engagement.id}/campaigns`, { surveyId: 'progress-pulse', phase: round });
    const raters = await coach.get<{ raters: unknown[] }>(`/api/campaigns/${review.id}/raters`);
    log(
      `${round === 'midpoint' ? 'Mid-program review' : 'Final review'}: progress pulse on the ${plural(focus.length, 'focus theme')}, the same ${raters.raters.length} people asked again${round === 'final' ? ` (${FINAL_NON_RESPONDENT} does not answer)` : ''}`,
    );
    await runRound(review.id, round, growth, (name) => round !== 'final' || name !== FINAL_NON_RESPONDENT);
  }

  // The leader signs in, shares goals and progress with the sponsor, and sends them the agendas.
  const signInLink = async (address: string, send: () => Promise<unknown>): Promise<string> => {
    const before = signInLinkFromOutbox(await outbox(), publicUrl, address);
    await send();
    return waitShowingProgress({
      label: `  sign-in link to ${address}`,
      poll: async () => signInLinkFromOutbox(await outbox(), publicUrl, address),
      progress: (link) => (link && link !== before ? 'sent' : 'waiting'),
      done: (link) => link !== null && link !== before,
      log: () => undefined,
      timeoutMs: TIMEOUT_MS,
      hint: 'The email worker did not send it.',
    }) as Promise<string>;
  };
  const leaderSession = await signInAsDemoUser(
    options.apiUrl,
    await signInLink(leaderEmail, () => coach.post(`/api/engagements/${engagement.id}/leader-link`)),
  );
  await leaderSession.postForm('sharing', { goals: 'on', progress: 'on' });
  const sponsorLink = await signInLink(sponsorEmail, () => leaderSession.postForm('sponsor-link', {}));
  log(`The leader signed in, chose to share goals and progress with ${SAMPLE_SPONSOR.name}, and sent them the meeting agendas`);
  const leaderLink = await signInLink(leaderEmail, () => coach.post(`/api/engagements/${engagement.id}/leader-link`));

  const [finalProgram, review] = await Promise.all([
    coach.get<ProgramView>(`/api/engagements/${engagement.id}/program`),
    coach.get<ReviewReport>(`/api/engagements/${engagement.id}/review`),
  ]);
  return { engagementId: engagement.id, coachToken: token, program: finalProgram, review, leaderLink, sponsorLink };
}

/** Signs in with a leader's link as a browser does (open, Continue), keeping the session cookie. */
async function signInAsDemoUser(apiUrl: string, link: string): Promise<{ postForm: (path: string, fields: Record<string, string>) => Promise<void> }> {
  const url = new URL(new URL(link).pathname, apiUrl).toString();
  const first = await fetch(url, { redirect: 'manual' });
  const pending = (first.headers.get('set-cookie') ?? '').split(';')[0];
  const continueUrl = new URL('/a/continue', apiUrl).toString();
  const guard = /name="guard" value="([0-9a-f]+)"/.exec(await (await fetch(continueUrl, { headers: { cookie: pending } })).text())?.[1] ?? '';
  const signedIn = await fetch(continueUrl, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: pending, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ guard }).toString(),
  });
  const cookie = (signedIn.headers.getSetCookie().find((entry) => entry.startsWith('f360a=')) ?? '').split(';')[0];
  const home = signedIn.headers.get('location');
  if (signedIn.status !== 303 || !cookie || !home) throw new DemoError(`Signing in as the leader failed (${signedIn.status}).`);
  const csrf = /name="csrf" value="([0-9a-f]+)"/.exec(await (await fetch(new URL(home, apiUrl), { headers: { cookie } })).text())?.[1] ?? '';
  return {
    async postForm(path, fields) {
      const result = await fetch(new URL(`${home}/${path}`, apiUrl), {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ ...fields, csrf }).toString(),
      });
      if (result.status !== 303) throw new DemoError(`The leader's form ${path} answered ${result.status}: ${(await result.text()).slice(0, 300)}`);
    },
  };
}
