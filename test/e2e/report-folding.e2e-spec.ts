import type { Queue } from 'bullmq';
import { AggregationService } from '../../src/aggregation/aggregation.service';
import { waitUntil } from '../../src/common/wait-until';
import { JobQueueService } from '../../src/queue/job-queue.service';
import { QueueName } from '../../src/queue/jobs';
import type { Report } from '../../src/reports/assembly/report.types';
import { ApiClient, draftCampaign, raters, signUpCoach } from '../factories/api-client';
import { launchAndCollectTokens } from '../factories/campaign-run';
import { startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(120_000);

/** Long enough that no answer is folded for its wait while the test runs: only full batches, and the close, fold. */
const TEN_YEARS_MS = String(10 * 365 * 24 * 3600 * 1000);
const STILL_FOLDING_CLOSED = 'The campaign is closed: the next version waits until they are all added, so that it leaves none of them out.';

/**
 * A coach reads the report while answers are received but not folded yet: the report says how
 * many, and a closed campaign freezes no version without them (a later version would take the
 * late ones of a group only in steps of its threshold, and a closed campaign gets no more).
 * The aggregation queue is paused throughout: the test folds with the service when it chooses,
 * and lets the close's fold job run only when it resumes the queue.
 */
describe('answers still being folded: the report says so, and a closed campaign cuts no version without them', () => {
  let t: TestApp;
  let coach: ApiClient;
  let queue: Queue;

  const answer = async (token: string, rating: number, comment: string): Promise<void> => {
    const rater = new ApiClient(t.baseUrl);
    const q = (await rater.get<{ items: { id: string }[]; questions: { id: string; type: string }[] }>(`/api/responses/${token}`)).body;
    const text = q.questions.find((question) => question.type === 'text');
    const answers: Record<string, unknown> = Object.fromEntries(q.items.map((item) => [item.id, rating]));
    if (text) answers[text.id] = comment;
    expect((await rater.post(`/api/responses/${token}`, { answers })).status).toBe(201);
  };
  const settle = (campaignId: string) => t.app.get(AggregationService).settle(campaignId, { skipLocked: false });
  const latest = async (campaignId: string) => {
    const read = await coach.getFile(`/api/campaigns/${campaignId}/report`, { 'accept-encoding': 'identity' });
    expect(read.status).toBe(200);
    return { report: JSON.parse(read.body.toString('utf8')) as Report, etag: read.headers.get('etag') as string };
  };
  const page = async (campaignId: string): Promise<string> =>
    (await coach.request<string>('GET', `/coach/campaigns/${campaignId}/report`, undefined, { accept: 'text/html' })).body;
  const versions = async (campaignId: string) =>
    (await coach.get<{ versions: { number: number; responses: number }[] }>(`/api/campaigns/${campaignId}/report/versions`)).body.versions.map((version) => [
      version.number,
      version.responses,
    ]);
  const progress = async (campaignId: string) => (await coach.get<{ responded: number; aggregated: number }>(`/api/campaigns/${campaignId}/progress`)).body;

  beforeAll(async () => {
    // Reads never wait for a fold here: with the queue held, it would not come (the next describe lets them wait).
    t = await startTestApp({ AGGREGATION_MAX_WAIT_MS: TEN_YEARS_MS, SWEEP_INTERVAL_MS: '3600000', REPORT_FOLD_WAIT_MS: '0' });
    coach = (await signUpCoach(new ApiClient(t.baseUrl))).api;
    queue = t.app.get(JobQueueService).queue(QueueName.Aggregation);
  });
  afterAll(async () => {
    await queue?.resume();
    await t?.close();
  });

  describe('a campaign read before and after its close', () => {
    let campaignId: string;
    let tokens: Map<string, string>;
    const tokenOf = (group: string, index: number): string =>
      [...tokens].find(([email]) => email.startsWith(`${group.replace('_', '-')}-${index}-`))?.[1] ?? '';
    let whileOpen: { report: Report; etag: string };

    beforeAll(async () => {
      ({ campaignId } = await draftCampaign(coach, { raters: [...raters('boss', 1), ...raters('peer', 5), ...raters('direct_report', 3)] }));
      tokens = await launchAndCollectTokens(t, coach, campaignId);
      await queue.pause();
    });

    it('open: cuts a version as before, and says how many answers are still being added, in one count, on the JSON and the page', async () => {
      await answer(tokenOf('boss', 1), 4, 'Boss speaks.');
      for (const index of [1, 2, 3]) await answer(tokenOf('direct_report', index), 3, `Direct report ${index} speaks.`);
      await answer(tokenOf('peer', 1), 2, 'The first peer speaks.');
      // The boss and the three direct reports fold; one peer is fewer than the group's three.
      expect(await settle(campaignId)).toEqual({ status: 'settled', folded: 4, waiting: 1 });

      whileOpen = await latest(campaignId);
      expect(whileOpen.report.version?.number).toBe(1);
      expect(whileOpen.report.aggregatedResponses).toBe(4);
      expect(whileOpen.report.pending).toEqual({ answers: 0, unfolded: 1, notes: ['1 answer is still being added to the report.'], canPublish: false });
      expect(await page(campaignId)).toContain('1 answer is still being added to the report.');

      // Another peer: the same version, another count, another ETag (the stored version's bytes with another `pending`).
      await answer(tokenOf('peer', 2), 2, 'The second peer speaks.');
      const later = await latest(campaignId);
      expect(later.report.version?.number).toBe(1);
      expect(later.report.pending).toMatchObject({ answers: 0, unfolded: 2, notes: ['2 answers are still being added to the report.'] });
      expect({ ...later.report, pending: null }).toEqual({ ...whileOpen.report, pending: null });
      expect(later.etag).not.toBe(whileOpen.etag);
      const path = `/api/campaigns/${campaignId}/report`;
      expect((await coach.getFile(path, { 'accept-encoding': 'identity', 'if-none-match': whileOpen.etag })).status).toBe(200);
      expect((await coach.getFile(path, { 'accept-encoding': 'identity', 'if-none-match': later.etag })).status).toBe(304);
    });

    it('closed with answers still folding: no new version, the latest one with the count and why', async () => {
      await answer(tokenOf('peer', 3), 2, 'The third peer speaks.');
      expect(await settle(campaignId)).toEqual({ status: 'settled', folded: 3, waiting: 0 });
      // Two late peers: their answers wait for a batch, and the close queues their fold (held here).
      await answer(tokenOf('peer', 4), 1, 'A late peer speaks.');
      await answer(tokenOf('peer', 5), 1, 'Another late peer speaks.');
      expect((await coach.post(`/api/campaigns/${campaignId}/close`)).status).toBe(200);
      expect(await progress(campaignId)).toMatchObject({ status: 'closed', responded: 9, aggregated: 7 });

      // Three peers are folded since version 1, enough for a version 2, which would then keep the two late ones out for good.
      const closed = await latest(campaignId);
      expect(closed.report.version?.number).toBe(1);
      expect(closed.report.pending).toEqual({
        answers: 3,
        unfolded: 2,
        notes: [`2 answers are still being added to the report. ${STILL_FOLDING_CLOSED}`, 'Newer answers from Peers will be in version 2.'],
        canPublish: false,
      });
      expect({ ...closed.report, pending: null }).toEqual({ ...whileOpen.report, pending: null });
      expect(await versions(campaignId)).toEqual([[1, 4]]);
      const html = await page(campaignId);
      expect(html).toContain('3 newer answers are not included in this version yet.');
      expect(html).toContain('2 answers are still being added to the report.');
    });

    it('once the close has folded every answer, the next read cuts a version with all of them', async () => {
      await queue.resume();
      await waitUntil(async () => (await progress(campaignId)).aggregated === 9, { what: 'the close folding the two late peers', timeoutMs: 60_000 });
      const folded = await latest(campaignId);
      expect(folded.report.version?.number).toBe(2);
      expect(folded.report.aggregatedResponses).toBe(9);
      expect(folded.report.buckets.find((bucket) => bucket.id === 'peer')?.responses).toBe(5);
      expect(JSON.stringify(folded.report)).toContain('Another late peer speaks.');
      expect(folded.report.pending).toEqual({ answers: 0, unfolded: 0, notes: [], canPublish: false });
      expect(await versions(campaignId)).toEqual([
        [1, 4],
        [2, 9],
      ]);
      expect(await page(campaignId)).not.toContain('still being added');
    });
  });

  it('a campaign closed before its first read gets no version until its answers are folded, and the empty report says why', async () => {
    const { campaignId } = await draftCampaign(coach, { raters: [...raters('boss', 1), ...raters('peer', 3)] });
    const tokens = [...(await launchAndCollectTokens(t, coach, campaignId)).entries()];
    const tokenOf = (prefix: string, index: number): string => tokens.filter(([email]) => email.startsWith(prefix))[index][1];
    await queue.pause();
    try {
      await answer(tokenOf('boss-', 0), 5, 'The boss speaks.');
      await answer(tokenOf('peer-', 0), 3, 'A peer speaks.');
      await answer(tokenOf('peer-', 1), 3, 'Another peer speaks.');
      expect(await settle(campaignId)).toEqual({ status: 'settled', folded: 1, waiting: 2 });
      expect((await coach.post(`/api/campaigns/${campaignId}/close`)).status).toBe(200);

      const closed = await latest(campaignId);
      expect(closed.report.version).toBeNull();
      expect(closed.report.pending).toEqual({
        answers: 1,
        unfolded: 2,
        notes: [`2 answers are still being added to the report. ${STILL_FOLDING_CLOSED}`],
        canPublish: false,
      });
      expect(JSON.stringify(closed.report)).not.toContain('The boss speaks.');
      expect(await versions(campaignId)).toEqual([]);
      expect(await page(campaignId)).toContain('2 answers are still being added to the report.');
      const release = await coach.post<{ message: string }>(`/api/campaigns/${campaignId}/report/release`, {});
      expect(release.status).toBe(409);
      expect(release.body.message).toBe('There is no report to release yet: the answers are still being added to it');
    } finally {
      await queue.resume();
    }
    await waitUntil(async () => (await progress(campaignId)).aggregated === 3, { what: 'the close folding the two peers', timeoutMs: 60_000 });
    const folded = await latest(campaignId);
    expect(folded.report.version?.number).toBe(1);
    expect(folded.report.aggregatedResponses).toBe(3);
    expect(folded.report.pending).toEqual({ answers: 0, unfolded: 0, notes: [], canPublish: false });
  });
});

describe('a read right after the close waits a few seconds for the close to fold what it left', () => {
  let t: TestApp;
  let coach: ApiClient;
  let queue: Queue;

  beforeAll(async () => {
    // The default wait (5 s).
    t = await startTestApp({ AGGREGATION_MAX_WAIT_MS: TEN_YEARS_MS, SWEEP_INTERVAL_MS: '3600000' });
    coach = (await signUpCoach(new ApiClient(t.baseUrl))).api;
    queue = t.app.get(JobQueueService).queue(QueueName.Aggregation);
  });
  afterAll(async () => {
    await queue?.resume();
    await t?.close();
  });

  it('serves the version with every answer when the fold ends within the wait, and the note when it does not, after the wait', async () => {
    const { campaignId } = await draftCampaign(coach, { raters: [...raters('boss', 1), ...raters('peer', 3)] });
    const tokens = [...(await launchAndCollectTokens(t, coach, campaignId)).entries()];
    const tokenOf = (prefix: string, index: number): string => tokens.filter(([email]) => email.startsWith(prefix))[index][1];
    const answer = async (token: string): Promise<void> => {
      const rater = new ApiClient(t.baseUrl);
      const q = (await rater.get<{ items: { id: string }[] }>(`/api/responses/${token}`)).body;
      expect((await rater.post(`/api/responses/${token}`, { answers: { [q.items[0].id]: 4, strengths: 'Keeps calm.' } })).status).toBe(201);
    };
    await queue.pause();
    await answer(tokenOf('boss-', 0));
    await answer(tokenOf('peer-', 0));
    await answer(tokenOf('peer-', 1));
    // The boss's answer folds (and the worker's theming is ready); the two peers wait for the close.
    expect(await t.app.get(AggregationService).settle(campaignId, { skipLocked: false })).toEqual({ status: 'settled', folded: 1, waiting: 2 });
    expect((await coach.post(`/api/campaigns/${campaignId}/close`)).status).toBe(200);

    // No fold comes (the queue is held): the read answers after its wait, with the note, and cuts nothing.
    const started = Date.now();
    const held = await coach.get<Report>(`/api/campaigns/${campaignId}/report`);
    expect(Date.now() - started).toBeGreaterThanOrEqual(4_500);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(held.body).toMatchObject({ version: null, pending: { answers: 1, unfolded: 2, canPublish: false } });

    // The fold comes while the read waits: the read cuts version 1 with all three answers.
    let answered = false;
    const reading = coach.get<Report>(`/api/campaigns/${campaignId}/report`).finally(() => {
      answered = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(answered).toBe(false);
    await queue.resume();
    const read = await reading;
    expect(read.body.version?.number).toBe(1);
    expect(read.body.aggregatedResponses).toBe(3);
    expect(read.body.pending).toEqual({ answers: 0, unfolded: 0, notes: [], canPublish: false });
  });
});
