import { ApiClient, raters, signUpCoach } from '../factories/api-client';
import { answerCampaign, launchAndCollectTokens, othersMean, type RatingRule, type SentAnswer } from '../factories/campaign-run';
import { startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(90_000);

interface Engagement {
  id: string;
  phase: string;
  nextPhases: string[];
  focusThemeIds: string[];
  outcomes: { text: string; indicator: Record<string, unknown> | null; measuredBy: string | null }[];
}

interface Proposal {
  baseline: { campaignId: string; version: number };
  focusThemes: { themeId: string; baseline: { mean: number; n: number }; suggestedTarget: number }[];
  suggestions: { themeId: string; practices: { practiceId: string; themes: string[]; fit: number }[] }[];
  draft: {
    goals: { themeId: string; goal: string; target: number }[];
    plan: { practiceId: string; themeId: string; startOn: string; dueOn: string }[];
    milestones: unknown[];
  };
}

interface Program {
  goals: { themeId: string; baseline: { mean: number; n: number }; target: number; practiceIds: string[] }[];
  plan: { practiceId: string; kind: string; planned: number; done: number; lastDoneOn: string | null }[];
  sessions: { id: string; focusThemeId: string; privateNotes?: string | null; agreedActions: string[] }[];
  progress: { planned: number; done: number; share: number; sessions: number; sessionMinutes: number };
}

/** Self sees themselves at 5; others rate communication and developing others low, the rest high. */
const baselineRating: RatingRule = (rater, item) => {
  if (rater.groupId === 'self') return 5;
  if (item.themeId === 'communication') return 2 + ((rater.index + item.id.length) % 2);
  if (item.themeId === 'developing-others') return 3;
  return 4 + (rater.index % 2);
};

describe('contracting, program design and check-ins, through the API', () => {
  let t: TestApp;
  let coach: ApiClient;
  let engagement: Engagement;
  let baselineId: string;
  let sent: SentAnswer[];
  let itemsByTheme: Map<string, string[]>;

  beforeAll(async () => {
    t = await startTestApp();
    coach = (await signUpCoach(new ApiClient(t.baseUrl))).api;
    const survey = (await coach.get<{ themes: { id: string; items: { id: string }[] }[] }>('/api/surveys/leadership-360')).body;
    itemsByTheme = new Map(survey.themes.map((theme) => [theme.id, theme.items.map((item) => item.id)]));
  });
  afterAll(async () => {
    await t?.close();
  });

  it('records intended outcomes as texts or with a measurable indicator, and says each indicator in words', async () => {
    const created = await coach.post<Engagement>('/api/engagements', {
      title: 'Alex Morgan: leadership program',
      leader: { name: 'Alex Morgan', email: 'alex.program@example.com' },
      sponsor: { name: 'Jordan Lee', email: 'jordan.program@example.com' },
      outcomes: [
        'A successor is identified',
        { text: 'Heard as a listener', indicator: { themeId: 'communication', source: 'others', measure: 'mean', operator: '>=', value: 4 } },
        { text: 'Delegates more', indicator: { itemId: 'developing-others.delegates', source: 'boss', measure: 'change', operator: '>=', value: 1 } },
      ],
    });
    expect(created.status).toBe(201);
    engagement = created.body;
    expect(engagement.phase).toBe('contracting');
    expect(engagement.outcomes).toEqual([
      { text: 'A successor is identified', indicator: null, measuredBy: null },
      {
        text: 'Heard as a listener',
        indicator: { themeId: 'communication', source: 'others', measure: 'mean', operator: '>=', value: 4 },
        measuredBy: "others' average for Communication and listening at or above 4.0",
      },
      {
        text: 'Delegates more',
        indicator: { itemId: 'developing-others.delegates', source: 'boss', measure: 'change', operator: '>=', value: 1 },
        measuredBy: expect.stringMatching(/^the manager's rating for “The leader delegates .*” up by at least \+1\.0 from the baseline$/),
      },
    ]);
  });

  it('refuses an indicator it could not measure, naming the field', async () => {
    const bad = await coach.request<{ message: string[] }>('PUT', `/api/engagements/${engagement.id}/outcomes`, {
      outcomes: ['fine', { text: 'x', indicator: { themeId: 'charisma', source: 'peers', measure: 'mean', operator: '>=', value: 4 } }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toEqual([
      expect.stringMatching(/^outcomes\[1\]\.indicator\.themeId: must be a theme of the surveys/),
      "outcomes[1].indicator.source: must be one of 'others', 'boss', 'self', 'all'",
    ]);
    const replaced = await coach.request<Engagement>('PUT', `/api/engagements/${engagement.id}/outcomes`, {
      outcomes: [
        ...engagement.outcomes.map(({ text, indicator }) => ({ text, indicator })),
        { text: 'Team feels developed', indicator: { themeId: 'developing-others', source: 'all', measure: 'mean', operator: '>=', value: 3.5 } },
      ],
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body.outcomes).toHaveLength(4);
  });

  it('moves phases only along allowed transitions, saying which are allowed', async () => {
    const skip = await coach.post<{ message: string }>(`/api/engagements/${engagement.id}/phase`, { phase: 'coaching' });
    expect(skip.status).toBe(409);
    expect(skip.body.message).toBe('The engagement is in contracting: it can move to assessment, closed, not to coaching');
    const bad = await coach.post<{ message: string[] }>(`/api/engagements/${engagement.id}/phase`, { phase: 'done' });
    expect(bad.status).toBe(400);
    expect(bad.body.message[0]).toMatch(/^phase: must be one of: contracting, assessment/);
  });

  it('launching the baseline 360 moves the engagement to assessment', async () => {
    const campaign = await coach.post<{ id: string }>(`/api/engagements/${engagement.id}/campaigns`, { surveyId: 'leadership-360' });
    baselineId = campaign.body.id;
    await coach.post(`/api/campaigns/${baselineId}/raters`, { raters: [...raters('boss', 1), ...raters('peer', 3), ...raters('direct_report', 3)] });
    const tokens = await launchAndCollectTokens(t, coach, baselineId);
    expect((await coach.get<Engagement>(`/api/engagements/${engagement.id}`)).body.phase).toBe('assessment');
    sent = await answerCampaign(t, coach, baselineId, tokens, baselineRating);
    expect(sent).toHaveLength(8);
  });

  it('proposes a program only from a report released to the leader', async () => {
    const before = await coach.get<{ message: string }>(`/api/engagements/${engagement.id}/program/proposal`);
    expect(before.status).toBe(409);
    expect(before.body.message).toMatch(/release the baseline report first/);
    expect((await coach.get(`/api/campaigns/${baselineId}/report`)).status).toBe(200);
    expect((await coach.post(`/api/campaigns/${baselineId}/report/release`, {})).status).toBe(200);

    const proposal = await coach.get<Proposal>(`/api/engagements/${engagement.id}/program/proposal`);
    expect(proposal.status).toBe(200);
    expect(proposal.body.baseline).toEqual({ campaignId: baselineId, version: 1, releasedAt: expect.any(String) });
    const focus = proposal.body.focusThemes;
    const report = (await coach.get<{ priorities: { themeId: string }[] }>(`/api/campaigns/${baselineId}/report`)).body;
    expect(focus.map((theme) => theme.themeId)).toEqual(report.priorities.map((priority) => priority.themeId));
    expect(
      focus
        .map((theme) => theme.themeId)
        .slice(0, 2)
        .sort(),
    ).toEqual(['communication', 'developing-others']);
    for (const theme of focus) {
      const expected = othersMean(sent, itemsByTheme.get(theme.themeId) ?? []);
      expect(theme.baseline.mean).toBeCloseTo(expected, 2);
      expect(theme.baseline.n).toBe(7);
      expect(theme.suggestedTarget).toBeCloseTo(Math.round((expected + 0.5) * 10) / 10, 5);
    }
    for (const suggestion of proposal.body.suggestions) {
      expect(suggestion.practices.length).toBeGreaterThan(2);
      expect(suggestion.practices.every((practice) => practice.themes.includes(suggestion.themeId))).toBe(true);
      const fits = suggestion.practices.map((practice) => practice.fit);
      expect(fits).toEqual([...fits].sort((a, b) => b - a));
    }
    expect(new Set(proposal.body.draft.plan.map((entry) => entry.themeId))).toEqual(new Set(focus.map((theme) => theme.themeId)));
  });

  it('saves a program, naming what is wrong first; saving moves the engagement to coaching', async () => {
    const proposal = (await coach.get<Proposal>(`/api/engagements/${engagement.id}/program/proposal`)).body;
    const wrong = await coach.request<{ message: string[] }>('PUT', `/api/engagements/${engagement.id}/program`, {
      goals: [
        { themeId: 'communication', goal: 'x', target: 9 },
        { themeId: 'communication', goal: 'y', target: 4 },
      ],
      plan: [{ practiceId: 'no-such-practice', startOn: '2026-02-30', dueOn: '2026-03-01' }],
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.message).toEqual(['plan.0.startOn: must be a date that exists, as YYYY-MM-DD']);
    const unknown = await coach.request<{ message: string[] }>('PUT', `/api/engagements/${engagement.id}/program`, {
      goals: [
        { themeId: 'communication', goal: 'x', target: 9 },
        { themeId: 'communication', goal: 'y', target: 4 },
      ],
      plan: [{ practiceId: 'no-such-practice', startOn: '2026-02-02', dueOn: '2026-03-01' }],
    });
    expect(unknown.body.message).toEqual([
      'goals[0].target: must be between 1 and 5, on the scale of the report',
      "goals[1].themeId: 'communication' has a goal already: one goal per focus theme",
      "plan[0].practiceId: no entry 'no-such-practice' in the practice library",
    ]);
    const one = await coach.request<{ message: string[] }>('PUT', `/api/engagements/${engagement.id}/program`, {
      ...proposal.draft,
      goals: proposal.draft.goals.slice(0, 1),
    });
    expect(one.body.message).toEqual(['goals: must have 2 or 3 goals: a program works on the few themes that matter']);

    const saved = await coach.request<Program>('PUT', `/api/engagements/${engagement.id}/program`, proposal.draft);
    expect(saved.status).toBe(200);
    expect(saved.body.goals.map((goal) => [goal.themeId, goal.baseline, goal.target])).toEqual(
      proposal.focusThemes.map((theme) => [theme.themeId, theme.baseline, theme.suggestedTarget]),
    );
    const after = (await coach.get<Engagement>(`/api/engagements/${engagement.id}`)).body;
    expect(after.phase).toBe('coaching');
    expect(after.focusThemeIds).toEqual(proposal.focusThemes.map((theme) => theme.themeId));
  });

  it('logs sessions and the leader’s actions, and shows what was done against what was planned', async () => {
    const program = (await coach.get<Program>(`/api/engagements/${engagement.id}/program`)).body;
    const [habit, exercise] = [program.plan.find((entry) => entry.kind === 'practice'), program.plan.find((entry) => entry.kind === 'exercise')];
    if (!habit || !exercise) throw new Error('the proposal plans a practice and an exercise');
    const focus = program.goals[0].themeId;

    const offFocusTheme = [...itemsByTheme.keys()].find((themeId) => !program.goals.some((goal) => goal.themeId === themeId));
    const offFocus = await coach.post<{ message: string[] }>(`/api/engagements/${engagement.id}/sessions`, {
      heldOn: '2026-02-02',
      durationMinutes: 60,
      focusThemeId: offFocusTheme,
    });
    expect(offFocus.status).toBe(400);
    expect(offFocus.body.message[0]).toMatch(/^focusThemeId: must be one of the program's focus themes/);
    const session = await coach.post<{ id: string; privateNotes: string }>(`/api/engagements/${engagement.id}/sessions`, {
      heldOn: '2026-02-02',
      durationMinutes: 90,
      focusThemeId: focus,
      agreedActions: ['Speak last in the staff meeting'],
      privateNotes: 'Nervous about the reorganisation',
    });
    expect(session.status).toBe(201);
    expect(
      (await coach.post(`/api/engagements/${engagement.id}/sessions`, { heldOn: '2026-02-16', durationMinutes: 45, focusThemeId: program.goals[1].themeId }))
        .status,
    ).toBe(201);

    const notPlanned = await coach.post<{ message: string[] }>(`/api/engagements/${engagement.id}/practice-actions`, {
      practiceId: 'thinking-time',
      doneOn: '2026-02-05',
    });
    expect(notPlanned.status).toBe(400);
    expect(notPlanned.body.message[0]).toMatch(/^practiceId: 'thinking-time' is not in the program's plan/);
    for (const doneOn of ['2026-02-05', '2026-02-12', '2026-02-19'])
      expect((await coach.post(`/api/engagements/${engagement.id}/practice-actions`, { practiceId: habit.practiceId, doneOn })).status).toBe(201);
    expect(
      (
        await coach.post(`/api/engagements/${engagement.id}/practice-actions`, {
          practiceId: exercise.practiceId,
          doneOn: '2026-02-20',
          note: 'Done with the team',
        })
      ).status,
    ).toBe(201);

    const after = (await coach.get<Program>(`/api/engagements/${engagement.id}/program`)).body;
    expect(after.plan.find((entry) => entry.practiceId === habit.practiceId)).toMatchObject({ planned: 24, done: 3, lastDoneOn: '2026-02-19' });
    expect(after.plan.find((entry) => entry.practiceId === exercise.practiceId)).toMatchObject({ planned: 1, done: 1 });
    const planned = after.plan.reduce((total, entry) => total + entry.planned, 0);
    expect(after.progress).toEqual({ planned, done: 4, share: Math.round((4 / planned) * 100) / 100, sessions: 2, sessionMinutes: 135 });
    expect(after.sessions[0]).toMatchObject({
      focusThemeId: focus,
      privateNotes: 'Nervous about the reorganisation',
      agreedActions: ['Speak last in the staff meeting'],
    });
    expect((await coach.get<{ sessions: unknown[] }>(`/api/engagements/${engagement.id}/sessions`)).body.sessions).toHaveLength(2);
  });

  it('answers 404 for the program of an engagement without one, and 409 once the engagement is closed', async () => {
    const other = await coach.post<{ id: string }>('/api/engagements', { title: 'Other', leader: { name: 'Sam', email: 'sam.program@example.com' } });
    expect((await coach.get(`/api/engagements/${other.body.id}/program`)).status).toBe(404);
    expect((await coach.post(`/api/engagements/${other.body.id}/campaigns`, { surveyId: 'progress-pulse', phase: 'midpoint' })).status).toBe(409);
    expect((await coach.post(`/api/engagements/${other.body.id}/phase`, { phase: 'closed' })).status).toBe(200);
    const closed = await coach.post<{ message: string }>(`/api/engagements/${other.body.id}/campaigns`, { surveyId: 'leadership-360' });
    expect([closed.status, closed.body.message]).toEqual([409, 'This engagement is closed']);
  });
});
