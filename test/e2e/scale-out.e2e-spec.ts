import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DemoQuestionnaire } from '../../src/demo/simulated-raters';
import { simulateAnswers } from '../../src/demo/simulated-raters';
import { ApiClient, draftCampaign, raters, type RaterSpec, signUpCoach, waitForAggregated } from '../factories/api-client';
import { type AppProcess, spawnApp, waitForHealthy } from '../utils/app-process';
import { linkIn, Mailbox, tokenOf } from '../utils/mailbox';
import { deleteQueueKeys, freePort, startTestApp, testEnv } from '../utils/test-app';
import { dropDatabase } from '../utils/test-database';

jest.setTimeout(180_000);

// Few raters, but every kind of group: the identified boss, two anonymous groups folded in batches, and self.
const TAG = randomBytes(3).toString('hex');
const TEAM: RaterSpec[] = [...raters('boss', 1, TAG), ...raters('peer', 4, TAG), ...raters('direct_report', 4, TAG)];

/**
 * Runs one campaign of TEAM through these API addresses, the answers spread over them in turn,
 * and returns the report read after the close, once every answer is folded. Each rater answers
 * the same in every run: their answers are seeded by their place in TEAM (the leader last).
 */
async function campaignThrough(apis: string[], mailbox: Mailbox): Promise<FinalReport> {
  const coach = (await signUpCoach(new ApiClient(apis[0]))).api;
  const { campaignId, leaderEmail } = await draftCampaign(coach, { raters: TEAM });
  expect((await coach.post(`/api/campaigns/${campaignId}/launch`)).status).toBe(202);
  const mails = await mailbox.waitForCount(TEAM.length + 1, 60_000);
  const recipients = [...TEAM.map((rater) => rater.email), leaderEmail];
  const tokens = recipients.map((email) => {
    const mail = mails.find((candidate) => candidate.to.includes(email));
    if (!mail) throw new Error(`no invitation reached ${email}`);
    return tokenOf(linkIn(mail));
  });
  await Promise.all(
    tokens.map(async (token, index) => {
      const rater = new ApiClient(apis[index % apis.length]);
      const questionnaire = (await rater.get<DemoQuestionnaire>(`/api/responses/${token}`)).body;
      const answers = simulateAnswers(questionnaire, { seed: index + 1, ordinal: index });
      expect((await rater.post(`/api/responses/${token}`, { answers })).status).toBe(201);
    }),
  );
  const closer = new ApiClient(apis[apis.length - 1], coach.token);
  expect((await closer.post(`/api/campaigns/${campaignId}/close`)).status).toBe(200);
  await waitForAggregated(closer, campaignId, tokens.length, 60_000);
  const report = await closer.get<FinalReport>(`/api/campaigns/${campaignId}/report`);
  expect(report.status).toBe(200);
  return report.body;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/;

const byJson = (a: unknown, b: unknown): number => JSON.stringify(a).localeCompare(JSON.stringify(b));
const isText = (item: unknown): boolean => typeof item === 'string' || (typeof item === 'object' && item !== null && ('text' in item || 'texts' in item));

/**
 * The report minus what differs between any two runs, even of one process: ids and times become
 * placeholders; comments, suggestions and their clusters, listed in a random order fixed when they
 * were folded, are sorted; and a priority's quotes, the first of its theme's constructive comments
 * in that order, are counted (quotedFromItsTheme checks where they come from).
 */
function withoutIdsAndTimes(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return UUID.test(value) ? '<id>' : TIME.test(value) ? '<time>' : value;
  if (Array.isArray(value)) {
    if (key === 'quotes') return `${value.length} quotes`;
    const items = value.map((item) => withoutIdsAndTimes(item));
    return items.length > 0 && items.every(isText) ? items.sort(byJson) : items;
  }
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, withoutIdsAndTimes(item, name)]));
  return value;
}

interface FinalReport {
  aggregatedResponses: number;
  themes: { id: string; comments: { text: string }[] }[];
  priorities: { themeId: string; evidence?: { quotes?: string[] } }[];
}

function quotedFromItsTheme(report: FinalReport): boolean {
  return report.priorities.every(({ themeId, evidence }) =>
    (evidence?.quotes ?? []).every((quote) => report.themes.find((theme) => theme.id === themeId)?.comments.some((comment) => comment.text === quote)),
  );
}

describe('scaled out to two api and two worker processes on one Postgres and one Redis', () => {
  it('folds answers that arrived through both api processes into the report one process makes of the same answers', async () => {
    // The same answers through one ROLE=all app, in this process.
    const single = await startTestApp();
    let reference: FinalReport;
    try {
      reference = await campaignThrough([single.baseUrl], single.mailbox);
    } finally {
      await single.close();
    }

    const mailbox = await new Mailbox().start();
    const shared = testEnv({ SMTP_URL: mailbox.url });
    const ports = [await freePort(), await freePort()];
    const apis = ports.map((port) => `http://127.0.0.1:${port}`);
    const processes: AppProcess[] = [];
    try {
      for (const port of ports) processes.push(spawnApp({ ...shared, ROLE: 'api', PORT: String(port), PUBLIC_URL: apis[0] }));
      for (const name of ['a', 'b'])
        processes.push(
          spawnApp({ ...shared, ROLE: 'worker', PUBLIC_URL: apis[0], WORKER_HEARTBEAT_FILE: join(tmpdir(), `${shared.QUEUE_PREFIX}.${name}.heartbeat`) }),
        );
      await Promise.all(apis.map((api, index) => waitForHealthy(api, processes[index], 90_000)));

      const scaledOut = await campaignThrough(apis, mailbox);
      for (const worker of processes.slice(2)) expect(worker.child.exitCode).toBeNull();
      expect(withoutIdsAndTimes(scaledOut)).toEqual(withoutIdsAndTimes(reference));
      // Not a comparison of two empty reports: every answer is in it, and comments under its themes.
      expect(scaledOut.aggregatedResponses).toBe(TEAM.length + 1);
      expect(scaledOut.themes.flatMap((theme) => theme.comments).length).toBeGreaterThan(0);
      expect(quotedFromItsTheme(scaledOut) && quotedFromItsTheme(reference)).toBe(true);
    } finally {
      for (const app of processes) if (app.child.exitCode === null) app.child.kill('SIGTERM');
      await Promise.all(processes.map((app) => app.exited));
      await mailbox.stop();
      await dropDatabase(shared.DATABASE_URL);
      await deleteQueueKeys(shared.QUEUE_PREFIX);
    }
  });
});
