import { Clock } from '../../src/common/clock';
import { waitUntil } from '../../src/common/wait-until';
import { PulsesService } from '../../src/pulses/pulses.service';
import { ApiClient, signUpCoach } from '../factories/api-client';
import { type EngagementRun, runWholeEngagement } from '../factories/engagement.factory';
import { startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(120_000);

interface Pulse {
  id: string;
  dueOn: string;
  phase: string;
  openDays: number;
  status: string;
  campaignId: string | null;
  launchedAt: string | null;
  problem: string | null;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('scheduled pulses launch themselves on their day, once', () => {
  let t: TestApp;
  let coach: ApiClient;
  let run: EngagementRun;
  let clock: Clock;
  const realNow = (): Date => new Date();

  beforeAll(async () => {
    t = await startTestApp();
    clock = t.app.get(Clock);
    coach = (await signUpCoach(new ApiClient(t.baseUrl))).api;
    run = await runWholeEngagement(t, coach, { through: 'baseline' });
  });
  afterAll(async () => {
    if (clock) clock.now = realNow;
    await t?.close();
  });

  const pulses = async (): Promise<Pulse[]> => (await coach.get<{ pulses: Pulse[] }>(`/api/engagements/${run.engagementId}/pulses`)).body.pulses;
  const reviewCampaigns = async (): Promise<{ id: string; status: string; phase: string }[]> =>
    (await coach.get<{ id: string; status: string; phase: string; surveyId: string }[]>(`/api/engagements/${run.engagementId}/campaigns`)).body.filter(
      (campaign) => campaign.surveyId === 'progress-pulse',
    );

  it('says what is wrong with a schedule, field by field', async () => {
    const bad = async (body: object): Promise<string> => {
      const response = await coach.post<{ message: string | string[] }>(`/api/engagements/${run.engagementId}/pulses`, body);
      expect(response.status).toBe(400);
      return [response.body.message].flat().join('; ');
    };
    expect(await bad({})).toMatch(/^monthsAfterStart: give either monthsAfterStart or dueOn/);
    expect(await bad({ monthsAfterStart: 3, dueOn: '2030-01-01' })).toMatch(/^monthsAfterStart: give either/);
    expect(await bad({ monthsAfterStart: 0 })).toMatch(/monthsAfterStart: must be at least 1/);
    expect(await bad({ dueOn: '2020-01-01' })).toMatch(/^dueOn: must be today \(\d{4}-\d{2}-\d{2}\) or later/);
    expect(await bad({ dueOn: '2030-02-30' })).toMatch(/dueOn: must be a date that exists/);
    expect(await bad({ monthsAfterStart: 3, phase: 'baseline' })).toMatch(/phase: must be 'midpoint' or 'final'/);
    expect(await pulses()).toEqual([]);
  });

  it('schedules pulses at 3, 6 and 12 months after the program started, and cancels one not yet launched', async () => {
    const started = new Date().toISOString().slice(0, 10);
    for (const [months, phase] of [
      [3, 'midpoint'],
      [6, 'midpoint'],
      [12, 'final'],
    ] as const) {
      const response = await coach.post<Pulse>(`/api/engagements/${run.engagementId}/pulses`, { monthsAfterStart: months, phase });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ phase, status: 'scheduled', openDays: 14, campaignId: null, launchedAt: null });
    }
    const listed = await pulses();
    const monthsBetween = (from: string, to: string): number =>
      (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
    expect(listed.map((pulse) => monthsBetween(started, pulse.dueOn))).toEqual([3, 6, 12]);
    const extra = await coach.post<Pulse>(`/api/engagements/${run.engagementId}/pulses`, { dueOn: listed[0].dueOn });
    expect((await coach.request('DELETE', `/api/engagements/${run.engagementId}/pulses/${extra.body.id}`)).status).toBe(204);
    expect((await pulses()).map((pulse) => pulse.id)).toEqual(listed.map((pulse) => pulse.id));
  });

  it('does nothing before its day, then launches the first pulse once on its day, with the usual invitations, however many sweeps run', async () => {
    const [first, second] = await pulses();
    const mailsBefore = t.mailbox.messages.length;
    // Two sweeps at least (SWEEP_INTERVAL_MS is 1 s in tests): nothing is due yet.
    await sleep(2_500);
    expect((await pulses()).map((pulse) => pulse.status)).toEqual(['scheduled', 'scheduled', 'scheduled']);
    expect(await reviewCampaigns()).toEqual([]);

    clock.now = () => new Date(`${first.dueOn}T08:00:00Z`);
    // Besides the worker's own sweeps, three more at once, as several workers would run them.
    const service = t.app.get(PulsesService);
    await Promise.all([service.launchDue(), service.launchDue(), service.launchDue()]);
    const launched = await waitUntil(pulses, { what: 'the first pulse launched', done: (list) => list[0].status === 'launched' });
    expect(launched[0]).toMatchObject({ status: 'launched', launchedAt: `${first.dueOn}T08:00:00.000Z`, problem: null });
    expect(launched.slice(1).map((pulse) => pulse.status)).toEqual(['scheduled', 'scheduled']);

    const campaigns = await reviewCampaigns();
    expect(campaigns).toEqual([expect.objectContaining({ id: launched[0].campaignId, status: 'open', phase: 'midpoint' })]);
    // Every baseline rater and the leader is invited, once.
    const invited = run.tokens.baseline.size;
    await t.mailbox.waitForCount(mailsBefore + invited);
    await sleep(2_500);
    await service.launchDue();
    expect(t.mailbox.messages.length).toBe(mailsBefore + invited);
    expect(await reviewCampaigns()).toHaveLength(1);
    const progress = (await coach.get<{ status: string; invited: number }>(`/api/campaigns/${launched[0].campaignId}/progress`)).body;
    expect(progress).toMatchObject({ status: 'open', invited });
    // It asks a rater about each of the program's goals, in the program's words.
    const program = (await coach.get<{ goals: { themeId: string; goal: string }[] }>(`/api/engagements/${run.engagementId}/program`)).body;
    const link = /\/r\/([A-Za-z0-9_-]{20,})/.exec(t.mailbox.messages[mailsBefore].text)?.[1] ?? '';
    const questionnaire = (await new ApiClient(t.baseUrl).get<{ items: { id: string; text: string }[] }>(`/api/responses/${link}`)).body;
    for (const goal of program.goals) {
      expect(questionnaire.items.find((item) => item.id === `${goal.themeId}.change`)?.text).toContain(goal.goal);
      expect(questionnaire.items.find((item) => item.id === `${goal.themeId}.follow-up`)?.text).toContain(goal.goal);
    }

    // The second is still ahead; once its day comes it launches too.
    clock.now = () => new Date(`${second.dueOn}T08:00:00Z`);
    const both = await waitUntil(pulses, { what: 'the second pulse launched', done: (list) => list[1].status === 'launched' });
    expect(both.map((pulse) => pulse.status)).toEqual(['launched', 'launched', 'scheduled']);
    expect(await reviewCampaigns()).toHaveLength(2);
  });

  it('will not cancel a launched pulse, and another coach sees none of it', async () => {
    const [first] = await pulses();
    const again = await coach.request<{ message: string }>('DELETE', `/api/engagements/${run.engagementId}/pulses/${first.id}`);
    expect(again.status).toBe(409);
    const other = (await signUpCoach(new ApiClient(t.baseUrl), 'Other')).api;
    expect((await other.get(`/api/engagements/${run.engagementId}/pulses`)).status).toBe(404);
    expect((await other.post(`/api/engagements/${run.engagementId}/pulses`, { monthsAfterStart: 3 })).status).toBe(404);
    expect((await other.request('DELETE', `/api/engagements/${run.engagementId}/pulses/${first.id}`)).status).toBe(404);
  });
});
