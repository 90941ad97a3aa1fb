import { ApiClient, signUpCoach, waitForAggregated } from '../factories/api-client';
import { answerCampaign, launchAndCollectTokens, type SentAnswer } from '../factories/campaign-run';
import { type EngagementRun, runReviewRound, runWholeEngagement } from '../factories/engagement.factory';
import { startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(120_000);

interface Figure {
  mean: number;
  n: number;
}
type Side = { n: number; improvedShare: number; netScore: number };
type FollowUp = { followedUp: Side; notFollowedUp: Side };
type Change = Figure & { improvedShare: number; worseShare: number; netScore: number };
interface GoalReview {
  themeId: string;
  title: string;
  target: number;
  baseline: Figure | null;
  midpoint: Figure | null;
  final: Figure | null;
  perceivedChange: { midpoint: Change | null; final: Change | null };
  trend: { campaignId: string; phase: string; change: Change | null; followUp: FollowUp | null }[];
  status: string;
  statusReason: string;
}
interface Review {
  rounds: Record<'baseline' | 'midpoint' | 'final', { campaignId: string; version: number; responses: number } | null>;
  rules: { status: string; perceivedChange: string; followUp: string };
  goals: GoalReview[];
  outcomes: { text: string; values: Record<string, number | null>; actual: number | null; met: boolean | null }[];
  raterMix: { changed: boolean; notes: string[]; rounds: { round: string; others: number; self: number }[] };
}

const round2 = (value: number): number => Math.round(value * 100) / 100;
const others = (sent: readonly SentAnswer[]): SentAnswer[] => sent.filter((answer) => answer.groupId !== 'self');
const ratingsOf = (answers: readonly SentAnswer[], itemIds: readonly string[]): number[] =>
  answers.flatMap((answer) => itemIds.map((id) => answer.ratings[id]).filter((rating): rating is number => typeof rating === 'number'));
/** Share better minus share worse, as the review states it. */
const netScore = (change: readonly number[]): number =>
  round2((change.filter((rating) => rating >= 1).length - change.filter((rating) => rating <= -1).length) / change.length);
const mean = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0) / values.length;

/** Others' figure for a theme as the report must compute it: every rating of every rater but self, pooled over the theme's items. */
function expectedFigure(sent: readonly SentAnswer[], itemIds: readonly string[]): Figure {
  const raters = others(sent).filter((answer) => itemIds.some((id) => typeof answer.ratings[id] === 'number'));
  return { mean: round2(mean(ratingsOf(raters, itemIds))), n: raters.length };
}

/** The status rule, written again from its statement in the review, over the figures the review shows. */
function expectedStatus(baseline: number, latest: number, target: number, isFinal: boolean): string {
  const direction = target >= baseline ? 1 : -1;
  if (isFinal && direction * (latest - target) >= -1e-9) return 'achieved';
  return direction * (latest - baseline) >= (direction * (target - baseline)) / 2 - 1e-9 ? 'on_track' : 'behind';
}

const close = (actual: number | undefined, expected: number): void => expect(Math.abs((actual ?? Number.NaN) - expected)).toBeLessThanOrEqual(0.0051);

describe('a whole engagement, contracting to final review, with simulated raters', () => {
  let t: TestApp;
  let coach: ApiClient;
  let run: EngagementRun;
  let likert: Map<string, string[]>;
  let changeItem: Map<string, string>;
  let followUpItem: Map<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    coach = (await signUpCoach(new ApiClient(t.baseUrl))).api;
    type Item = { id: string; kind: string };
    const pulse = (await coach.get<{ themes: { id: string; items: Item[] }[]; perGoal: { items: Item[] } }>('/api/surveys/progress-pulse')).body;
    likert = new Map(pulse.themes.map((theme) => [theme.id, theme.items.filter((item) => item.kind === 'likert').map((item) => item.id)]));
    // The per-goal block is asked under each focus theme as <themeId>.<id>.
    const perGoalId = (kind: string): string => pulse.perGoal.items.find((item) => item.kind === kind)?.id ?? '';
    changeItem = new Map(pulse.themes.map((theme) => [theme.id, `${theme.id}.${perGoalId('change')}`]));
    followUpItem = new Map(pulse.themes.map((theme) => [theme.id, `${theme.id}.${perGoalId('followUp')}`]));
    run = await runWholeEngagement(t, coach, { through: 'baseline' });
  });
  afterAll(async () => {
    await t?.close();
  });

  const review = async (): Promise<Review> => {
    const result = await coach.get<Review>(`/api/engagements/${run.engagementId}/review`);
    expect(result.status).toBe(200);
    return result.body;
  };

  it('before any review: the baselines of the goals, nothing measured yet', async () => {
    const before = await review();
    expect(before.goals.map((goal) => goal.themeId)).toEqual(run.goals.map((goal) => goal.themeId));
    for (const goal of before.goals) {
      expect(goal.baseline).toEqual(expectedFigure(run.sent.baseline, likert.get(goal.themeId) ?? []));
      expect([goal.midpoint, goal.final, goal.status, goal.statusReason]).toEqual([null, null, 'not_measured', 'No review yet.']);
    }
    expect(before.rules.status).toBe(
      "achieved: the final review's others' average for the theme is at or beyond the target. on track: not achieved, and the latest review's others' average has moved at least half-way from the baseline towards the target. behind: the latest review's others' average has moved less than half-way, or away from the target. not measured: no review yet, or the reviews withhold the figure to protect anonymity.",
    );
  });

  it('the mid review asks the baseline raters again, with new links, about the focus themes only', async () => {
    await runReviewRound(t, coach, run, 'midpoint');
    const listed = async (campaignId: string | null) =>
      (await coach.get<{ raters: { name: string; email: string; group: string }[] }>(`/api/campaigns/${campaignId}/raters`)).body.raters
        .map(({ name, email, group }) => `${group} ${name} ${email}`)
        .sort();
    expect(await listed(run.midpointId)).toEqual(await listed(run.baselineId));
    expect([...run.tokens.midpoint.keys()].sort()).toEqual([...run.tokens.baseline.keys()].sort());
    for (const [email, token] of run.tokens.midpoint) expect(token).not.toBe(run.tokens.baseline.get(email));
    const focus = run.goals.map((goal) => goal.themeId);
    for (const answer of run.sent.midpoint)
      expect(Object.keys(answer.ratings).sort()).toEqual(
        focus.flatMap((themeId) => [changeItem.get(themeId), followUpItem.get(themeId), ...(likert.get(themeId) ?? [])]).sort(),
      );
    expect((await coach.get<{ phase: string }>(`/api/engagements/${run.engagementId}`)).body.phase).toBe('mid_review');
  });

  it('the mid review shows, per goal, the figures and perceived change computed from what raters sent, and a status by the stated rule', async () => {
    const mid = await review();
    expect(mid.rounds.midpoint).toMatchObject({ campaignId: run.midpointId, version: 1, responses: 8 });
    for (const goal of mid.goals) {
      const items = likert.get(goal.themeId) ?? [];
      expect(goal.midpoint).toEqual(expectedFigure(run.sent.midpoint, items));
      const change = ratingsOf(others(run.sent.midpoint), [changeItem.get(goal.themeId) ?? '']);
      expect(goal.perceivedChange.midpoint?.n).toBe(change.length);
      close(goal.perceivedChange.midpoint?.mean, round2(mean(change)));
      expect(goal.perceivedChange.midpoint?.improvedShare).toBe(round2(change.filter((rating) => rating >= 1).length / change.length));
      expect(goal.perceivedChange.midpoint?.netScore).toBe(netScore(change));
      expect(goal.status).toBe(expectedStatus(goal.baseline?.mean ?? 0, goal.midpoint?.mean ?? 0, goal.target, false));
    }
    // The simulated team: communication has moved at least half-way, developing others not at all.
    expect(mid.goals.map((goal) => [goal.themeId, goal.status])).toEqual([
      ['communication', 'on_track'],
      ['developing-others', 'behind'],
    ]);
    expect(mid.raterMix).toMatchObject({ changed: false, notes: [] });
    expect(mid.outcomes.map((outcome) => outcome.met)).toEqual([false, false, null]);
  });

  it('the final review: achieved against the target, outcomes against their indicators, and a note that fewer raters answered', async () => {
    const skipped = [...run.tokens.baseline.keys()].find((email) => email.startsWith('peer-1-')) ?? '';
    await runReviewRound(t, coach, run, 'final', { skip: (email) => email === skipped });
    expect(run.sent.final.map((answer) => answer.email)).not.toContain(skipped);
    const end = await review();
    expect(end.rounds.final).toMatchObject({ campaignId: run.finalId, responses: 7 });
    for (const goal of end.goals) {
      const items = likert.get(goal.themeId) ?? [];
      expect(goal.final).toEqual(expectedFigure(run.sent.final, items));
      const change = ratingsOf(others(run.sent.final), [changeItem.get(goal.themeId) ?? '']);
      close(goal.perceivedChange.final?.mean, round2(mean(change)));
      expect(goal.perceivedChange.final?.improvedShare).toBe(round2(change.filter((rating) => rating >= 1).length / change.length));
      expect(goal.perceivedChange.final?.netScore).toBe(netScore(change));
      // The trend: both pulses in launch order, each as its own review showed it.
      expect(goal.trend.map((point) => [point.campaignId, point.phase, point.change?.netScore])).toEqual([
        [run.midpointId, 'midpoint', netScore(ratingsOf(others(run.sent.midpoint), [changeItem.get(goal.themeId) ?? '']))],
        [run.finalId, 'final', netScore(change)],
      ]);
      expect(goal.status).toBe(expectedStatus(goal.baseline?.mean ?? 0, goal.final?.mean ?? 0, goal.target, true));
    }
    expect(end.goals[0]).toMatchObject({ themeId: 'communication', status: 'achieved' });

    // "People feel heard": others' final average for communication >= 3.5.
    const heard = end.outcomes[0];
    expect(heard.actual).toBe(end.goals[0].final?.mean);
    expect(heard.met).toBe((end.goals[0].final?.mean ?? 0) >= 3.5);
    // "The boss sees more delegation": the boss's final minus baseline for developing others >= +1.
    const boss = (round: 'baseline' | 'final') =>
      round2(
        mean(
          ratingsOf(
            run.sent[round].filter((answer) => answer.groupId === 'boss'),
            likert.get('developing-others') ?? [],
          ),
        ),
      );
    expect(end.outcomes[1]).toMatchObject({
      values: { baseline: boss('baseline'), final: boss('final') },
      actual: round2(boss('final') - boss('baseline')),
      met: boss('final') - boss('baseline') >= 1,
    });
    expect(end.outcomes[2]).toMatchObject({ text: 'A successor for the operations team is identified', met: null });

    expect(end.raterMix.changed).toBe(true);
    expect(end.raterMix.notes).toEqual(
      expect.arrayContaining([
        '6 people other than the leader answered at the final review, 7 at baseline.',
        expect.stringMatching(/^Groups are shown differently at the final review/),
      ]),
    );
    expect(end.raterMix.rounds.map((mix) => [mix.round, mix.others, mix.self])).toEqual([
      ['baseline', 7, 1],
      ['midpoint', 7, 1],
      ['final', 6, 1],
    ]);
    expect((await coach.get<{ phase: string }>(`/api/engagements/${run.engagementId}`)).body.phase).toBe('final_review');
  });

  it('shows the coach the program and the review as pages under /coach, and another coach a 404', async () => {
    const end = await review();
    const programPage = await coach.request<string>('GET', `/coach/engagements/${run.engagementId}/program`, undefined, { accept: 'text/html' });
    expect(programPage.status).toBe(200);
    for (const goal of end.goals) expect(programPage.body).toContain(goal.title);
    const reviewPage = await coach.request<string>('GET', `/coach/engagements/${run.engagementId}/review`, undefined, { accept: 'text/html' });
    expect(reviewPage.status).toBe(200);
    expect(reviewPage.body).toContain(end.goals[0].final?.mean.toFixed(2));
    // The change over the pulses: a column per pulse, each goal's net score in it.
    expect(reviewPage.body).toContain('Change over the pulses');
    const signed = (value: number): string => `${value < 0 ? '-' : '+'}${Math.abs(value).toFixed(2)}`;
    for (const goal of end.goals) for (const point of goal.trend) if (point.change) expect(reviewPage.body).toContain(`net ${signed(point.change.netScore)}`);
    const other = (await signUpCoach(new ApiClient(t.baseUrl), 'Other')).api;
    for (const page of ['program', 'review'])
      expect((await other.request('GET', `/coach/engagements/${run.engagementId}/${page}`, undefined, { accept: 'text/html' })).status).toBe(404);
  });

  it('splits improvement by how often the leader followed up, once a pulse is closed with every answer in, over anonymous raters only', async () => {
    // Until now no pulse was closed: no split anywhere.
    for (const goal of (await review()).goals) expect(goal.trend.map((point) => point.followUp)).toEqual([null, null]);
    const pulse = (await coach.post<{ id: string }>(`/api/engagements/${run.engagementId}/campaigns`, { surveyId: 'progress-pulse', phase: 'midpoint' })).body;
    const tokens = await launchAndCollectTokens(t, coach, pulse.id);
    // Peers were followed up with regularly and saw the leader improve; direct reports never, and saw no change.
    const sent = await answerCampaign(t, coach, pulse.id, tokens, (rater, item) => {
      if (item.kind === 'followUp') return rater.groupId === 'peer' ? 4 : rater.groupId === 'direct_report' ? 1 : 2;
      if (item.kind === 'change') return rater.groupId === 'peer' ? 2 : rater.groupId === 'direct_report' ? 0 : 1;
      return 3;
    });
    const before = (await review()).goals[0].trend.at(-1);
    expect([before?.campaignId, before?.followUp]).toEqual([pulse.id, null]);
    expect((await coach.post(`/api/campaigns/${pulse.id}/close`)).status).toBe(200);
    await waitForAggregated(coach, pulse.id, sent.length);
    const after = await review();
    const peers = sent.filter((answer) => answer.groupId === 'peer').length;
    const directReports = sent.filter((answer) => answer.groupId === 'direct_report').length;
    for (const goal of after.goals)
      expect(goal.trend.at(-1)?.followUp).toEqual({
        followedUp: { n: peers, improvedShare: 1, netScore: 1 },
        notFollowedUp: { n: directReports, improvedShare: 0, netScore: 0 },
      });
    expect(after.rules.followUp).toMatch(/^Improvement split by follow-up/);
    const page = await coach.request<string>('GET', `/coach/engagements/${run.engagementId}/review`, undefined, { accept: 'text/html' });
    expect(page.body).toContain(
      `Followed up a few times or regularly: net +1.00, 100% saw improvement (${peers} raters); never or once: net +0.00, 0% saw improvement (${directReports} raters)`,
    );
  });
});
