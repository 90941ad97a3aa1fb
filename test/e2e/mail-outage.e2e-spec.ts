import { waitUntil } from '../../src/common/wait-until';
import { ApiClient, draftCampaign, raters, type RaterView, ratersOf, signUpCoach } from '../factories/api-client';
import { countSweeps, mailQueue, waitForSweepAndMailJobs } from '../utils/mail-sweeps';
import type { ReceivedMail } from '../utils/mailbox';
import { startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(90_000);

const mailsPerRecipient = (messages: readonly ReceivedMail[]): number[] => {
  const perRecipient = new Map<string, number>();
  for (const message of messages) perRecipient.set(message.to, (perRecipient.get(message.to) ?? 0) + 1);
  return [...perRecipient.values()];
};

describe('mail server refusing mail at launch', () => {
  let t: TestApp;
  let sweeps: () => number;

  beforeAll(async () => {
    t = await startTestApp();
    sweeps = countSweeps(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('shows the coach which invitations were not delivered and why, then sends each exactly once when mail flows again', async () => {
    const coach = (await signUpCoach(new ApiClient(t.baseUrl))).api;
    const { campaignId } = await draftCampaign(coach, { raters: [...raters('boss', 1), ...raters('peer', 3)] });
    const before = await ratersOf(coach, campaignId);
    expect(before.every((rater) => rater.delivery.status === 'not_invited')).toBe(true);

    t.mailbox.refuseWith = 'Mailbox service temporarily unavailable';
    expect((await coach.post(`/api/campaigns/${campaignId}/launch`)).status).toBe(202);
    let failed: RaterView[] = [];
    await waitUntil(
      async () => {
        failed = (await ratersOf(coach, campaignId)).filter((rater) => rater.delivery.status === 'failed');
        return failed.length === 5;
      },
      { what: 'all five invitations to be marked as not delivered', timeoutMs: 20_000 },
    );
    expect(failed[0].delivery.error).toContain('Mailbox service temporarily unavailable');
    expect(t.mailbox.messages).toHaveLength(0);

    t.mailbox.refuseWith = null;
    await t.mailbox.waitForCount(5, 30_000);
    await waitUntil(async () => (await ratersOf(coach, campaignId)).every((rater) => rater.delivery.status === 'sent'), {
      what: 'every invitation to be marked sent',
      timeoutMs: 20_000,
    });
    // Retries and the sweep must not send anything twice: once both have had their chance, one
    // job per invitation ran, and each rater has one mail.
    await waitForSweepAndMailJobs(t, sweeps);
    expect(await mailQueue(t).getJobCounts('completed', 'failed')).toEqual({ completed: 5, failed: 0 });
    expect(mailsPerRecipient(t.mailbox.messages)).toEqual([1, 1, 1, 1, 1]);
    const after = await ratersOf(coach, campaignId);
    expect(after.every((rater) => rater.delivery.error === null && rater.delivery.deliveredAt !== null)).toBe(true);
    expect(JSON.stringify(after)).not.toMatch(/answered|responded/);
  });
});

describe('mail server refusing mail for longer than the mail jobs retry', () => {
  let t: TestApp;
  let sweeps: () => number;

  beforeAll(async () => {
    // BullMQ's 8 attempts within about 2.5 s instead of 8.5 minutes, and the sweep's rounds after
    // 1, 2, 4 ... seconds instead of 15, 30, 60 ... minutes: the same machinery, faster.
    t = await startTestApp({ JOB_RETRY_DELAY_MS: '10', MAIL_RETRY_AFTER_MS: '1000' });
    sweeps = countSweeps(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  interface Delivery {
    status: string;
    error: string | null;
    deliveredAt: string | null;
    nextAttemptAt: string | null;
    retriesLeft: number | null;
  }
  const deliveries = async (coach: ApiClient, campaignId: string): Promise<Delivery[]> =>
    (await coach.get<{ raters: { delivery: Delivery }[] }>(`/api/campaigns/${campaignId}/raters`)).body.raters.map((rater) => rater.delivery);

  it('tries again in rounds of growing delay, keeps the reason in view, and sends each invitation once when mail flows', async () => {
    const coach = (await signUpCoach(new ApiClient(t.baseUrl))).api;
    const { campaignId } = await draftCampaign(coach, { raters: [...raters('boss', 1), ...raters('peer', 3)] });
    t.mailbox.refuseWith = 'Mailbox quota exceeded, try again later';
    try {
      expect((await coach.post(`/api/campaigns/${campaignId}/launch`)).status).toBe(202);
      // Every launch job gives up: each invitation shows the reason and when the sweep tries next.
      let afterLaunch: Delivery[] = [];
      await waitUntil(
        async () => {
          afterLaunch = await deliveries(coach, campaignId);
          return afterLaunch.every((delivery) => delivery.status === 'failed' && delivery.nextAttemptAt !== null);
        },
        { what: 'the launch jobs to give up and a retry to be planned', timeoutMs: 30_000 },
      );
      expect(afterLaunch.every((delivery) => delivery.error?.includes('Mailbox quota exceeded') && delivery.retriesLeft === 9)).toBe(true);

      // The first round gives up too: the next is planned further away, fewer rounds are left.
      let afterRound: Delivery[] = [];
      await waitUntil(
        async () => {
          afterRound = await deliveries(coach, campaignId);
          return afterRound.every((delivery) => delivery.retriesLeft === 8 && delivery.nextAttemptAt !== null);
        },
        { what: 'the first retry round to give up', timeoutMs: 30_000 },
      );
      const rounds: { delivery_round: number }[] = await t.db.query(`SELECT delivery_round FROM invitations WHERE campaign_id = $1`, [campaignId]);
      expect(rounds.every((row) => row.delivery_round === 1)).toBe(true);
      const wait = (deliveries: Delivery[], index: number) =>
        Date.parse(deliveries[index].nextAttemptAt ?? '') - Date.parse(afterLaunch[index].nextAttemptAt ?? '');
      for (let index = 0; index < afterRound.length; index += 1) expect(wait(afterRound, index)).toBeGreaterThan(1_000);
      expect(afterRound.every((delivery) => delivery.error?.includes('Mailbox quota exceeded'))).toBe(true);
      // Two whole rounds of 8 attempts for each of the 5 invitations, and nothing got through.
      expect(t.mailbox.refused).toBeGreaterThanOrEqual(2 * 8 * 5);
      expect(t.mailbox.messages).toHaveLength(0);
    } finally {
      t.mailbox.refuseWith = null;
    }

    // Mail flows again: the next round delivers each invitation, once.
    await t.mailbox.waitForCount(5, 30_000);
    await waitUntil(async () => (await deliveries(coach, campaignId)).every((delivery) => delivery.status === 'sent'), {
      what: 'every invitation marked sent',
      timeoutMs: 20_000,
    });
    // Further sweeps must not send anything again: once one has run and every job has finished,
    // each invitation's rounds before the one that delivered gave up, no round came after it, and
    // each rater has one mail.
    await waitForSweepAndMailJobs(t, sweeps);
    const delivered: { delivery_round: number }[] = await t.db.query(`SELECT delivery_round FROM invitations WHERE campaign_id = $1`, [campaignId]);
    const roundsThatGaveUp = delivered.reduce((sum, row) => sum + row.delivery_round, 0);
    expect(roundsThatGaveUp).toBeGreaterThanOrEqual(2 * 5);
    expect(await mailQueue(t).getJobCounts('completed', 'failed')).toEqual({ completed: 5, failed: roundsThatGaveUp });
    expect(mailsPerRecipient(t.mailbox.messages)).toEqual([1, 1, 1, 1, 1]);
    const final = await deliveries(coach, campaignId);
    expect(
      final.every((delivery) => delivery.error === null && delivery.nextAttemptAt === null && delivery.retriesLeft === null && delivery.deliveredAt !== null),
    ).toBe(true);
  });
});
