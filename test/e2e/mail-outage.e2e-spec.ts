import { ApiClient, draftCampaign, raters, signUpCoach } from '../factories/api-client';
import { startTestApp, type TestApp } from '../utils/test-app';
import { waitUntil } from '../utils/wait';

jest.setTimeout(90_000);

interface RaterView { email: string; group: string; delivery: { status: string; error: string | null; deliveredAt: string | null } }

describe('mail server refusing mail at launch', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('shows the coach which invitations were not delivered and why, then sends each exactly once when mail flows again', async () => {
    const coach = (await signUpCoach(new ApiClient(t.baseUrl))).api;
    const { campaignId } = await draftCampaign(coach, { raters: [...raters('boss', 1), ...raters('peer', 3)] });
    const before = await coach.get<{ raters: RaterView[] }>(`/api/campaigns/${campaignId}/raters`);
    expect(before.body.raters.every((rater) => rater.delivery.status === 'not_invited')).toBe(true);

    t.mailbox.refuseWith = 'Mailbox service temporarily unavailable';
    expect((await coach.post(`/api/campaigns/${campaignId}/launch`)).status).toBe(202);
    let failed: RaterView[] = [];
    await waitUntil(
      async () => {
        failed = (await coach.get<{ raters: RaterView[] }>(`/api/campaigns/${campaignId}/raters`)).body.raters.filter((rater) => rater.delivery.status === 'failed');
        return failed.length === 5;
      },
      { what: 'all five invitations to be marked as not delivered', timeoutMs: 20_000 },
    );
    expect(failed[0].delivery.error).toContain('Mailbox service temporarily unavailable');
    expect(t.mailbox.messages).toHaveLength(0);

    t.mailbox.refuseWith = null;
    await t.mailbox.waitForCount(5, 30_000);
    await waitUntil(
      async () => (await coach.get<{ raters: RaterView[] }>(`/api/campaigns/${campaignId}/raters`)).body.raters.every((rater) => rater.delivery.status === 'sent'),
      { what: 'every invitation to be marked sent', timeoutMs: 20_000 },
    );
    // Retries and the sweep must not send anything twice.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    const perRecipient = new Map<string, number>();
    for (const message of t.mailbox.messages) perRecipient.set(message.to, (perRecipient.get(message.to) ?? 0) + 1);
    expect([...perRecipient.values()]).toEqual([1, 1, 1, 1, 1]);
    const after = (await coach.get<{ raters: RaterView[] }>(`/api/campaigns/${campaignId}/raters`)).body.raters;
    expect(after.every((rater) => rater.delivery.error === null && rater.delivery.deliveredAt !== null)).toBe(true);
    expect(JSON.stringify(after)).not.toMatch(/answered|responded/);
  });
});
