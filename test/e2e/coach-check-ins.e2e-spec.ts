import { waitUntil } from '../../src/common/wait-until';
import { ApiClient, signUpCoach } from '../factories/api-client';
import { type EngagementRun, PRIVATE_NOTE, runWholeEngagement } from '../factories/engagement.factory';
import { accessLinkIn, postForm, signInWith, withCookie } from '../utils/access-link';
import { CoachBrowser, decodeEntities, fieldError } from '../utils/coach-pages';
import { startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(120_000);

interface Program {
  sessions: { id: string; durationMinutes: number; privateNotes: string | null }[];
  plan: { practiceId: string; actions: { id: string; doneOn: string }[] }[];
}

describe('check-ins corrected, and the leader recording what they did', () => {
  let t: TestApp;
  let coach: ApiClient;
  let email: string;
  let run: EngagementRun;

  beforeAll(async () => {
    t = await startTestApp();
    ({ api: coach, email } = await signUpCoach(new ApiClient(t.baseUrl)));
    run = await runWholeEngagement(t, coach, { through: 'baseline' });
  });
  afterAll(async () => {
    await t?.close();
  });

  const program = async (engagementId = run.engagementId) => (await coach.get<Program>(`/api/engagements/${engagementId}/program`)).body;

  it('corrects a session and deletes a mistaken action through the API, only within their own engagement', async () => {
    const before = await program();
    const [session] = before.sessions;
    const action = before.plan.flatMap((entry) => entry.actions)[0];
    const corrected = await coach.request('PUT', `/api/engagements/${run.engagementId}/sessions/${session.id}`, {
      heldOn: '2026-02-03',
      durationMinutes: 45,
      focusThemeId: run.goals[0].themeId,
      privateNotes: 'Corrected note',
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body).toMatchObject({ id: session.id, heldOn: '2026-02-03', durationMinutes: 45, privateNotes: 'Corrected note' });
    expect(
      (
        await coach.request('PUT', `/api/engagements/${run.engagementId}/sessions/${session.id}`, {
          heldOn: '2026-02-03',
          durationMinutes: 1,
          focusThemeId: 'x',
        })
      ).body,
    ).toMatchObject({
      statusCode: 400,
      message: ['durationMinutes: must be at least 5 minutes'],
    });

    // The same coach's other engagement cannot reach this one's entries, nor can another coach.
    const other = await runWholeEngagement(t, coach, { through: 'baseline' });
    const intruder = (await signUpCoach(new ApiClient(t.baseUrl), 'Intruder')).api;
    for (const [client, engagementId] of [
      [coach, other.engagementId],
      [intruder, run.engagementId],
    ] as const) {
      expect((await client.request('DELETE', `/api/engagements/${engagementId}/sessions/${session.id}`)).status).toBe(404);
      expect((await client.request('DELETE', `/api/engagements/${engagementId}/practice-actions/${action.id}`)).status).toBe(404);
    }
    expect((await program()).sessions).toHaveLength(1);

    expect((await coach.request('DELETE', `/api/engagements/${run.engagementId}/practice-actions/${action.id}`)).status).toBe(204);
    expect((await program()).plan.flatMap((entry) => entry.actions).map((entry) => entry.id)).not.toContain(action.id);
    expect((await coach.request('DELETE', `/api/engagements/${run.engagementId}/practice-actions/${action.id}`)).status).toBe(404);
  });

  it('shows the private notes on the check-ins page only, never on the program page the leader reads', async () => {
    const browser = new CoachBrowser(t.baseUrl);
    await browser.post('/coach/login', { email, password: 'correct horse battery' });
    const other = await runWholeEngagement(t, coach, { through: 'baseline' });
    const checkIns = await browser.get(`/coach/engagements/${other.engagementId}/check-ins`);
    expect(checkIns.status).toBe(200);
    expect(decodeEntities(checkIns.html)).toContain(PRIVATE_NOTE);
    expect(decodeEntities((await browser.get(`/coach/engagements/${other.engagementId}/program`)).html)).not.toContain(PRIVATE_NOTE);
  });

  it('lets the leader record an entry of their plan, refusing a wrong date beside its field, and preview the sponsor’s agenda without sharing it', async () => {
    expect((await coach.post(`/api/engagements/${run.engagementId}/leader-link`)).status).toBe(202);
    await waitUntil(() => t.mailbox.to(run.leaderEmail).some((mail) => mail.text.includes('/a/')), { what: 'the leader link' });
    const leader = await signInWith(accessLinkIn(t.mailbox.to(run.leaderEmail).filter((mail) => mail.text.includes('/a/'))[0]));
    const base = `${t.baseUrl}${leader.location}`;
    const home = await withCookie(base, leader.cookie);
    const csrf = /name="csrf" value="([0-9a-f]{64})"/.exec(home.text)?.[1] ?? '';
    const practiceId = (await program()).plan[0].practiceId;
    const actionsBefore = (await program()).plan[0].actions.length;

    const refused = await postForm(`${base}/practice-actions`, leader.cookie, { csrf, practiceId, doneOn: '2026-02-31', note: 'Kept note' });
    expect(refused.status).toBe(400);
    expect(fieldError(refused.text, 'action-done')).toBe('must be a date that exists, as YYYY-MM-DD');
    expect(refused.text).toContain('>Kept note</textarea>');
    expect((await postForm(`${base}/practice-actions`, leader.cookie, { csrf: 'x', practiceId, doneOn: '2026-02-20' })).status).toBe(403);
    const recorded = await postForm(`${base}/practice-actions`, leader.cookie, {
      csrf,
      practiceId,
      doneOn: '2026-02-20',
      note: 'Held back in the budget meeting',
    });
    expect([recorded.status, recorded.headers.get('location')]).toEqual([303, `${leader.location}?logged=1`]);
    expect((await program()).plan[0].actions).toHaveLength(actionsBefore + 1);

    const preview = await postForm(`${base}/sponsor-preview`, leader.cookie, { csrf, goals: 'on', progress: 'on' });
    expect(preview.status).toBe(200);
    expect(decodeEntities(preview.text)).toContain('Alex Morgan chose what you see here: the goals and the progress.');
    expect(preview.text).toContain('Nothing is shared until you save them.');
    expect(JSON.parse((await withCookie(`${base}/api/sharing`, leader.cookie)).text)).toEqual({ goals: false, progress: false });
  });
});
