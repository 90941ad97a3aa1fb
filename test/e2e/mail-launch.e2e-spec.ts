import { waitUntil } from '../../src/common/wait-until';
import { ApiClient, draftCampaign, raters, ratersOf, signUpCoach } from '../factories/api-client';
import { countSweeps, mailQueue, waitForSweepAndMailJobs } from '../utils/mail-sweeps';
import { startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(120_000);

/**
 * A launch runs many invitation jobs at once, whose reads and whose records of mails sent share
 * round trips to Postgres: each invitation must still get its own outcome, once.
 */
describe('a launch of many invitations at once', () => {
  let t: TestApp;
  let sweeps: () => number;

  beforeAll(async () => {
    t = await startTestApp();
    sweeps = countSweeps(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('marks only the refused addresses, retries what the server put off, and sends every other invitation exactly once', async () => {
    const coach = (await signUpCoach(new ApiClient(t.baseUrl))).api;
    const team = [...raters('boss', 1), ...raters('peer', 20), ...raters('direct_report', 19)];
    const unknown = [team[3].email, team[17].email, team[30].email];
    for (const address of unknown) t.mailbox.unknownRecipients.add(address);
    const { campaignId, leaderEmail } = await draftCampaign(coach, { raters: team });

    // The server puts off the first deliveries (4xx), while jobs of the same launch are at work.
    t.mailbox.refuseWith = 'Mailbox service temporarily unavailable';
    expect((await coach.post(`/api/campaigns/${campaignId}/launch`)).status).toBe(202);
    await waitUntil(() => t.mailbox.refused >= 8, { what: 'the first deliveries put off' });
    t.mailbox.refuseWith = null;

    const delivered = [...team.map((rater) => rater.email).filter((email) => !unknown.includes(email)), leaderEmail];
    await waitUntil(() => delivered.every((email) => t.mailbox.to(email).length > 0), { what: 'every known address to get its invitation', timeoutMs: 60_000 });
    await waitForSweepAndMailJobs(t, sweeps);

    for (const email of delivered) expect([email, t.mailbox.to(email).length]).toEqual([email, 1]);
    for (const email of unknown) expect([email, t.mailbox.refusedRecipients.get(email)]).toEqual([email, 1]);
    const views = await ratersOf(coach, campaignId);
    const statusOf = new Map(views.map((rater) => [rater.email, rater.delivery]));
    for (const email of unknown) expect(statusOf.get(email)).toMatchObject({ status: 'refused', error: expect.stringMatching(/550 .*User unknown/) });
    for (const email of delivered) expect(statusOf.get(email)).toMatchObject({ status: 'sent', error: null, deliveredAt: expect.any(String) });
    // A refusal fails its own job only; every other job completed, however many attempts it took.
    expect(await mailQueue(t).getJobCounts('completed', 'failed')).toEqual({ completed: delivered.length, failed: unknown.length });
  });
});
