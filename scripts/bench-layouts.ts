/**
 * The process layouts `npm run bench` compares with ROLE=all: one `ROLE=api` process beside one and
 * then two `ROLE=worker` processes, the built app, on a fresh database each, through HTTP only.
 *
 *   submit       every rater's answer posted by 16 concurrent clients to the api process while the
 *                workers fold: answers/s, p50/p99, and the api's event-loop delay meanwhile
 *   backlog      folding alone: BACKLOG_CAMPAIGNS campaigns answered and closed before the workers
 *                start, then the time from every worker running to every answer folded. A
 *                campaign is settled by one process at a time (its answers fold in order under its
 *                lock), so a second worker can only fold another campaign: several campaigns wait,
 *                as they do on a server of many coaches. This is what "two workers fold x times
 *                one" compares; the submits below share the cores with the api and its clients
 *   aggregation  first answer posted to last folded, over two campaigns whose answers arrive
 *                interleaved, so that two workers have two campaign locks to fold under at once
 *   memory       RSS of the api and of each worker after the run
 */
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitUntil } from '../src/common/wait-until';
import type { EventLoopDelay } from '../src/health/event-loop-delay.recorder';
import { ApiClient, signUpCoach } from '../test/factories/api-client';
import { Mailbox } from '../test/utils/mailbox';
import { deleteQueueKeys, freePort } from '../test/utils/test-app';
import { aggregated, answering, benchEnv, CLIENTS, eventLoopDelay, launched, type RunningApp, startApp, stopAndDrop, submitAll, team } from './bench-http';
import { stats, timed } from './bench-timing';
import { type CpuUsage, measuredCpu } from './cpu-usage';

const POSTGRES = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432';
const REDIS = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const BACKLOG_CAMPAIGNS = 4;
const BACKLOG_RATERS = Number(process.env.BENCH_BACKLOG_RATERS ?? 240);

export interface LayoutFigures {
  layout: string;
  workers: number;
  raters: number;
  submit: { answersPerSecond: number; p50: number; p99: number; errors: number };
  /** cpu: how busy the machine was while the backlog folded, and who used it. */
  backlog: { campaigns: number; answers: number; ms: number; answersPerSecond: number; cpu: CpuUsage };
  apiEventLoopDelayUnderLoad: EventLoopDelay;
  aggregation: { msAfterLastSubmit: number; answersPerSecond: number };
  rssMiBAfter: { api: number; workers: number[] };
}

/** Alternates the links of the campaigns, so that answers of both arrive all along. */
function interleaved<T>(lists: T[][]): T[] {
  const longest = Math.max(...lists.map((list) => list.length));
  return Array.from({ length: longest }, (_, index) => index).flatMap((index) => lists.flatMap((list) => (index < list.length ? [list[index]] : [])));
}

/** Waits until a worker process runs its queues; one that exits on the way fails with what it said. */
async function running(worker: RunningApp): Promise<void> {
  await waitUntil(
    () => {
      if (worker.child.exitCode !== null) throw new Error(`a worker exited with ${worker.child.exitCode}:\n${worker.output()}`);
      return worker.output().includes('feedback360 worker running');
    },
    { what: 'the worker to run', timeoutMs: 120_000, intervalMs: 100 },
  );
}

/** Stops a process (SIGTERM) and waits until it has exited. */
async function stopped(app: RunningApp): Promise<void> {
  if (app.child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => app.child.on('exit', () => resolve()));
  app.child.kill('SIGTERM');
  await exited;
}

/** One api and `workers` worker processes: `raters` raters in two campaigns, answered, closed and folded. */
export async function measureLayout(workers: number, raters: number, log: (line: string) => void): Promise<LayoutFigures> {
  const layout = `ROLE=api + ${workers} ROLE=worker`;
  const stamp = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const databaseUrl = `${POSTGRES}/f360_bench_layout_${stamp}`;
  const prefix = `f360benchlayout${stamp}`;
  const mailbox = await new Mailbox().start();
  const env = benchEnv(databaseUrl, prefix, mailbox, await freePort());
  const loopFile = (name: string): string => join(tmpdir(), `${prefix}.${name}.loop.json`);
  const api = startApp({ ...env, ROLE: 'api', EVENT_LOOP_DELAY_FILE: loopFile('api') }, undefined);
  const folders: RunningApp[] = [];
  const mailers: RunningApp[] = [];
  try {
    log(`${layout}: starting the processes on ${databaseUrl} ...`);
    await answering(api); // creates and migrates the database before the workers start on it
    const coach = (await signUpCoach(new ApiClient(api.baseUrl))).api;
    // Invitations go out through a worker's mail jobs: one runs while every campaign launches, and
    // stops before the backlog's answers arrive, so that none of them is folded before the timing.
    const mailer = startApp({ ...env, ROLE: 'worker', WORKER_HEARTBEAT_FILE: join(tmpdir(), `${prefix}.mailer.heartbeat`) }, undefined);
    mailers.push(mailer);
    await running(mailer);
    log(
      `${layout}: launching ${BACKLOG_CAMPAIGNS} campaigns of ${Math.round(BACKLOG_RATERS / BACKLOG_CAMPAIGNS)} raters for the backlog, and two of ${Math.round(raters / 2)} ...`,
    );
    const waiting: Awaited<ReturnType<typeof launched>>[] = [];
    for (let index = 0; index < BACKLOG_CAMPAIGNS; index += 1)
      waiting.push(await launched(coach, mailbox, team(Math.round(BACKLOG_RATERS / BACKLOG_CAMPAIGNS))));
    const campaigns = [await launched(coach, mailbox, team(Math.round(raters / 2))), await launched(coach, mailbox, team(raters - Math.round(raters / 2)))];
    await stopped(mailer);
    log(`${layout}: the backlog's answers posted and its campaigns closed while no worker runs ...`);
    await submitAll(api.baseUrl, interleaved(waiting.map((campaign) => campaign.links)), CLIENTS);
    for (const { campaignId } of waiting) await coach.post(`/api/campaigns/${campaignId}/close`);
    for (let index = 0; index < workers; index += 1)
      folders.push(
        startApp(
          {
            ...env,
            ROLE: 'worker',
            WORKER_HEARTBEAT_FILE: join(tmpdir(), `${prefix}.${index}.heartbeat`),
            EVENT_LOOP_DELAY_FILE: loopFile(`worker${index}`),
          },
          undefined,
        ),
      );
    for (const worker of folders) await running(worker);
    const workerPids = folders.flatMap((worker) => (worker.child.pid === undefined ? [] : [worker.child.pid]));
    const [[, backlogMs], backlogCpu] = await measuredCpu(workerPids, () =>
      timed(() =>
        waitUntil(
          async () => {
            for (const { campaignId, links: answered } of waiting) if ((await aggregated(coach, campaignId)) < answered.length) return false;
            return true;
          },
          { what: 'the backlog folded', timeoutMs: 240_000, intervalMs: 100 },
        ),
      ),
    );
    const backlogAnswers = waiting.reduce((sum, campaign) => sum + campaign.links.length, 0);
    const links = interleaved(campaigns.map((campaign) => campaign.links));

    log(`${layout}: submitting ${links.length} answers with ${CLIENTS} concurrent clients, then closing both campaigns until every answer is folded ...`);
    await eventLoopDelay(api); // only the load below counts
    const [submitted, submitMs] = await timed(() => submitAll(api.baseUrl, links, CLIENTS));
    const submitEnd = performance.now();
    for (const { campaignId } of campaigns) await coach.post(`/api/campaigns/${campaignId}/close`);
    await waitUntil(
      async () => {
        for (const { campaignId, links: answered } of campaigns) if ((await aggregated(coach, campaignId)) < answered.length) return false;
        return true;
      },
      { what: `${links.length} answers aggregated`, timeoutMs: 240_000, intervalMs: 200 },
    );
    const foldedAt = performance.now();
    const loop = await eventLoopDelay(api);
    const workerRss: number[] = [];
    for (const worker of folders) workerRss.push((await eventLoopDelay(worker)).rssMiB);

    const submitStats = stats(submitted.times);
    return {
      layout,
      workers,
      raters: links.length,
      submit: {
        answersPerSecond: Math.round((links.length / submitMs) * 1000 * 10) / 10,
        p50: submitStats.p50,
        p99: submitStats.p99,
        errors: submitted.errors,
      },
      backlog: {
        campaigns: waiting.length,
        answers: backlogAnswers,
        ms: Math.round(backlogMs),
        answersPerSecond: Math.round((backlogAnswers / backlogMs) * 1000 * 10) / 10,
        cpu: backlogCpu,
      },
      apiEventLoopDelayUnderLoad: loop,
      aggregation: {
        msAfterLastSubmit: Math.round(foldedAt - submitEnd),
        answersPerSecond: Math.round((links.length / ((foldedAt - submitEnd + submitMs) / 1000)) * 10) / 10,
      },
      rssMiBAfter: { api: loop.rssMiB, workers: workerRss },
    };
  } catch (error) {
    log(`The api said:\n${api.output()}`);
    for (const worker of folders) log(`A worker said:\n${worker.output()}`);
    throw error;
  } finally {
    await stopAndDrop([api, ...mailers, ...folders], databaseUrl);
    await mailbox.stop();
    await deleteQueueKeys(prefix, REDIS);
  }
}
