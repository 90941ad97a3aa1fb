import { randomBytes } from 'node:crypto';
import type { TestApp } from '../utils/test-app';
import { type ApiClient, raters } from './api-client';
import { answerCampaign, launchAndCollectTokens, type RatingRule, type SentAnswer } from './campaign-run';

export interface EngagementRun {
  engagementId: string;
  leaderEmail: string;
  sponsorEmail: string;
  baselineId: string;
  midpointId: string | null;
  finalId: string | null;
  /** The two focus themes the program works on: the first two priorities of the baseline report. */
  goals: { themeId: string; target: number }[];
  sent: { baseline: SentAnswer[]; midpoint: SentAnswer[]; final: SentAnswer[] };
  tokens: { baseline: Map<string, string>; midpoint: Map<string, string>; final: Map<string, string> };
}

export type Round = 'baseline' | 'midpoint' | 'final';

/**
 * The simulated team: at baseline others rate communication 2-3 and developing others 3, the
 * rest 4-5, while the leader rates everything 5. By the midpoint communication is at 3 and
 * developing others has not moved; by the end communication is at 3-4 and developing others a
 * little higher. On the change questions others see communication improving, developing others
 * barely.
 */
export const TEAM_RATINGS: Record<Round, RatingRule> = {
  baseline: (rater, item) => {
    if (rater.groupId === 'self') return 5;
    if (item.themeId === 'communication') return 2 + ((rater.index + item.id.length) % 2);
    if (item.themeId === 'developing-others') return 3;
    return 4 + (rater.index % 2);
  },
  midpoint: (rater, item) => {
    if (item.kind === 'change') {
      if (rater.groupId === 'self') return 2;
      return item.themeId === 'communication' ? (rater.index % 3 === 0 ? 0 : 1) : 0;
    }
    if (rater.groupId === 'self') return 4;
    return 3;
  },
  final: (rater, item) => {
    if (item.kind === 'change') {
      if (rater.groupId === 'self') return 3;
      return item.themeId === 'communication' ? 2 : rater.index % 2 === 0 ? 1 : 0;
    }
    if (rater.groupId === 'self') return 4;
    if (item.themeId === 'communication') return 3 + ((rater.index + item.id.length) % 2);
    return 3 + (rater.index === 0 && item.id.length % 2 === 0 ? 1 : 0);
  },
};

export const PRIVATE_NOTE = 'Private: worried about the reorganisation and the budget cut';

async function ok<T>(call: Promise<{ status: number; body: T }>, what: string, expected = [200, 201, 202]): Promise<T> {
  const result = await call;
  if (!expected.includes(result.status)) throw new Error(`${what}: ${result.status} ${JSON.stringify(result.body)}`);
  return result.body;
}

/** Runs the mid or final review of `run` with the baseline raters (those `skip` accepts do not answer), reads and releases its report. */
export async function runReviewRound(
  t: TestApp,
  coach: ApiClient,
  run: EngagementRun,
  phase: 'midpoint' | 'final',
  options: { release?: boolean; skip?: (email: string) => boolean } = {},
): Promise<void> {
  const campaign = await ok(
    coach.post<{ id: string }>(`/api/engagements/${run.engagementId}/campaigns`, { surveyId: 'progress-pulse', phase }),
    `${phase} campaign`,
  );
  const tokens = await launchAndCollectTokens(t, coach, campaign.id);
  const sent = await answerCampaign(t, coach, campaign.id, tokens, TEAM_RATINGS[phase], {
    skip: options.skip,
    comment: (group, index) => `${phase} ${group} ${index}: listens more and explains decisions`,
  });
  await ok(coach.get(`/api/campaigns/${campaign.id}/report`), `${phase} report`);
  if (options.release ?? true) await ok(coach.post(`/api/campaigns/${campaign.id}/report/release`, {}), `${phase} release`);
  if (phase === 'midpoint') run.midpointId = campaign.id;
  else run.finalId = campaign.id;
  run.sent[phase] = sent;
  run.tokens[phase] = tokens;
}

/**
 * A whole engagement through the public API: contracting, the baseline 360, its release, a
 * program on the first two priorities, check-ins, then the mid and final reviews with the same
 * raters. `through: 'baseline'` stops once the program and its first check-ins are in, 'midpoint'
 * after the mid review. Reports are read (cutting a version) and released as it goes.
 */
export async function runWholeEngagement(
  t: TestApp,
  coach: ApiClient,
  options: { through?: Round; release?: boolean; skipAtFinal?: (email: string) => boolean } = {},
): Promise<EngagementRun> {
  const through = options.through ?? 'final';
  const release = options.release ?? true;
  const tag = randomBytes(3).toString('hex');
  const leaderEmail = `leader-${tag}@example.com`;
  const sponsorEmail = `sponsor-${tag}@example.com`;
  const engagement = await ok(
    coach.post<{ id: string }>('/api/engagements', {
      title: 'Alex Morgan: leadership program',
      leader: { name: 'Alex Morgan', email: leaderEmail },
      sponsor: { name: 'Jordan Lee', email: sponsorEmail },
      outcomes: [
        { text: 'People feel heard by Alex', indicator: { themeId: 'communication', source: 'others', measure: 'mean', operator: '>=', value: 3.5 } },
        { text: 'Jordan sees Alex delegate more', indicator: { themeId: 'developing-others', source: 'boss', measure: 'change', operator: '>=', value: 1 } },
        'A successor for the operations team is identified',
      ],
    }),
    'engagement',
  );
  const engagementId = engagement.id;
  const baseline = await ok(coach.post<{ id: string }>(`/api/engagements/${engagementId}/campaigns`, { surveyId: 'leadership-360' }), 'baseline campaign');
  await ok(
    coach.post(`/api/campaigns/${baseline.id}/raters`, { raters: [...raters('boss', 1, tag), ...raters('peer', 3, tag), ...raters('direct_report', 3, tag)] }),
    'raters',
  );
  const baselineTokens = await launchAndCollectTokens(t, coach, baseline.id);
  const baselineSent = await answerCampaign(t, coach, baseline.id, baselineTokens, TEAM_RATINGS.baseline, {
    comment: (group, index) => `baseline ${group} ${index}: interrupts in meetings and rarely delegates`,
  });
  await ok(coach.get(`/api/campaigns/${baseline.id}/report`), 'baseline report');
  await ok(coach.post(`/api/campaigns/${baseline.id}/report/release`, {}), 'baseline release');

  const proposal = await ok(
    coach.get<{
      focusThemes: { themeId: string; suggestedTarget: number }[];
      draft: { goals: { themeId: string; goal: string; target: number }[]; plan: { themeId: string }[]; milestones: unknown[] };
    }>(`/api/engagements/${engagementId}/program/proposal`),
    'proposal',
  );
  const focus = proposal.draft.goals.slice(0, 2);
  const focusIds = focus.map((goal) => goal.themeId);
  const program = await ok(
    coach.request<{ plan: { practiceId: string; kind: string }[] }>('PUT', `/api/engagements/${engagementId}/program`, {
      goals: focus,
      plan: proposal.draft.plan.filter((entry) => focusIds.includes(entry.themeId)),
      milestones: proposal.draft.milestones,
    }),
    'program',
  );
  await ok(
    coach.post(`/api/engagements/${engagementId}/sessions`, {
      heldOn: '2026-02-02',
      durationMinutes: 90,
      focusThemeId: focusIds[0],
      agreedActions: ['Speak last in the staff meeting'],
      privateNotes: PRIVATE_NOTE,
    }),
    'session',
  );
  const habit = program.plan.find((entry) => entry.kind === 'practice');
  if (habit)
    for (const doneOn of ['2026-02-05', '2026-02-12'])
      await ok(coach.post(`/api/engagements/${engagementId}/practice-actions`, { practiceId: habit.practiceId, doneOn, note: 'Staff meeting' }), 'action');

  const run: EngagementRun = {
    engagementId,
    leaderEmail,
    sponsorEmail,
    baselineId: baseline.id,
    midpointId: null,
    finalId: null,
    goals: focus.map((goal) => ({ themeId: goal.themeId, target: goal.target })),
    sent: { baseline: baselineSent, midpoint: [], final: [] },
    tokens: { baseline: baselineTokens, midpoint: new Map(), final: new Map() },
  };
  if (through === 'baseline') return run;
  await runReviewRound(t, coach, run, 'midpoint', { release });
  if (through === 'midpoint') return run;
  await runReviewRound(t, coach, run, 'final', { release, skip: options.skipAtFinal });
  return run;
}
