/**
 * The part of `npm run bench` a rater and a coach feel: the built app (`node dist/main.js`, ROLE=all)
 * as a child process on a fresh database, the real Redis under a prefix of its own and an SMTP sink
 * in this process, driven through its HTTP API only.
 *
 *   launch     a campaign of BENCH_RATERS raters launched, until every invitation reached the sink
 *   submit     every rater's answer posted by 16 concurrent clients: answers/s, p50/p99
 *                vs  a raw single-row INSERT of the same answer through a pg pool of 16
 *   loop       the app's event-loop delay p99 while those answers arrive and fold (EVENT_LOOP_DELAY_FILE)
 *   progress   a coach's GET /progress while answers fold   vs  the same call idle
 *   report     the report JSON read at 10, 100 and BENCH_RATERS answers   vs  JSON.stringify of it
 *              (scripts/bench-report-reads.ts, BENCH_REPORT_READS reads of each)
 *   memory     the app's RSS after the run
 *
 * BENCH_CPU_PROF=<dir> runs the app under `--cpu-prof` and leaves its profile there.
 * BENCH_ONLY=reports answers the three campaigns and reads their reports, and measures nothing else.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Pool } from 'pg';
import { waitUntil } from '../src/common/wait-until';
import { type DemoQuestionnaire, simulateAnswers } from '../src/demo/simulated-raters';
import type { EventLoopDelay } from '../src/health/event-loop-delay.recorder';
import { ApiClient, draftCampaign, raters, type RaterSpec, signUpCoach } from '../test/factories/api-client';
import { linkIn, Mailbox, tokenOf } from '../test/utils/mailbox';
import { freePort } from '../test/utils/test-app';
import { bareNodemailerPool } from './bench-mail';
import { mailboxQuiet, type ReportRead, reportReads } from './bench-report-reads';
import { concurrently, fetchOnce, type Stats, stats, timed } from './bench-timing';

const ROOT = join(__dirname, '..');
const POSTGRES = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432';
const REDIS = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const RATERS = Number(process.env.BENCH_RATERS ?? 500);
/** Only the report reads (and what they need: the campaigns answered and folded), for a quicker loop on them. */
export const REPORTS_ONLY = process.env.BENCH_ONLY === 'reports';
export const CLIENTS = 16;

export interface HttpFigures {
  machine: string;
  role: string;
  raters: number;
  launch: { ms: number; mailsPerSecond: number; bareNodemailerMailsPerSecond: number };
  submit: { answersPerSecond: number; p50: number; p99: number; errors: number };
  rawInsert: { rowsPerSecond: number; p50: number; p99: number };
  aggregation: { msAfterLastSubmit: number; answersPerSecond: number };
  eventLoopDelayUnderLoad: EventLoopDelay;
  progress: { idle: Stats; whileFolding: Stats };
  reportRead: ReportRead[];
  rssMiBAfter: number;
}

export interface RunningApp {
  child: ChildProcess;
  baseUrl: string;
  loopFile: string;
  output: () => string;
}

export function startApp(env: Record<string, string>, cpuProfDir: string | undefined): RunningApp {
  const args = [...(cpuProfDir ? ['--cpu-prof', '--cpu-prof-dir', cpuProfDir] : []), join(ROOT, 'dist', 'main.js')];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  return { child, baseUrl: env.PUBLIC_URL, loopFile: env.EVENT_LOOP_DELAY_FILE, output: () => output };
}

/** What every process of a benchmark run shares: one database, one queue prefix, the SMTP sink, limits out of the way. */
export function benchEnv(databaseUrl: string, prefix: string, mailbox: Mailbox, port: number): Record<string, string> {
  return {
    NODE_ENV: 'production',
    // As the image runs the app (docker/Dockerfile): glibc's arenas otherwise keep what threads freed.
    MALLOC_ARENA_MAX: '2',
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DATABASE_URL: databaseUrl,
    REDIS_URL: REDIS,
    QUEUE_PREFIX: prefix,
    SMTP_URL: mailbox.url,
    TOKEN_SECRET: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'warn',
    WORKER_HEARTBEAT_FILE: join(tmpdir(), `${prefix}.heartbeat`),
    RATE_LIMIT_SIGN_IN_PER_MINUTE: '100000',
    RATE_LIMIT_RATER_PER_MINUTE: '1000000',
  };
}

/** Waits until the app answers /api/health; an app that exits on the way fails with what it said. */
export async function answering(app: RunningApp): Promise<void> {
  await waitUntil(
    async () => {
      if (app.child.exitCode !== null) throw new Error(`the app exited with ${app.child.exitCode}:\n${app.output()}`);
      return fetch(`${app.baseUrl}/api/health`).then(
        (response) => response.status === 200,
        () => false,
      );
    },
    { what: 'the app to answer /api/health', timeoutMs: 120_000, intervalMs: 250 },
  );
}

/** Stops the app (SIGTERM, then SIGKILL after 15 s) and drops the run's database. */
export async function stopAndDrop(apps: RunningApp[], databaseUrl: string): Promise<void> {
  await Promise.all(
    apps.map(async ({ child }) => {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }),
  );
  const client = new Client({ connectionString: `${POSTGRES}/postgres` });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${new URL(databaseUrl).pathname.slice(1)}" WITH (FORCE)`);
  await client.end();
}

/** Asks the app for its event-loop delay since the last ask, and waits until it has written it. */
export async function eventLoopDelay(app: RunningApp): Promise<EventLoopDelay> {
  const before = existsSync(app.loopFile) ? readFileSync(app.loopFile, 'utf8') : '';
  app.child.kill('SIGUSR2');
  let written = before;
  await waitUntil(
    () => {
      written = existsSync(app.loopFile) ? readFileSync(app.loopFile, 'utf8') : '';
      return written !== before && written.endsWith('\n');
    },
    { what: 'the event-loop delay file', timeoutMs: 10_000, intervalMs: 20 },
  );
  return JSON.parse(written) as EventLoopDelay;
}

/** Launches a campaign of these raters and answers the questionnaire of each group once: their tokens and questionnaires. */
export async function launched(
  coach: ApiClient,
  mailbox: Mailbox,
  team: RaterSpec[],
  during: (launch: () => Promise<void>) => Promise<void> = (launch) => launch(),
): Promise<{ campaignId: string; links: { token: string; group: string }[]; launchMs: number }> {
  const { campaignId } = await draftCampaign(coach, { raters: team });
  const mailsBefore = mailbox.messages.length;
  const [, launchMs] = await timed(() =>
    during(async () => {
      const launch = await coach.post(`/api/campaigns/${campaignId}/launch`);
      if (launch.status !== 202) throw new Error(`launch: ${launch.status} ${JSON.stringify(launch.body)}`);
      // Every rater's invitation and the leader's own, to rate themself (not answered here).
      await mailbox.waitForCount(mailsBefore + team.length + 1, 300_000);
    }),
  );
  const byEmail = new Map(team.map((rater) => [rater.email, rater.group]));
  const links = mailbox.messages.slice(mailsBefore).flatMap((mail) => {
    const group = [...byEmail].find(([email]) => mail.to.includes(email))?.[1];
    return group && /\/r\//.test(mail.text) ? [{ token: tokenOf(linkIn(mail)), group }] : [];
  });
  return { campaignId, links, launchMs };
}

export function team(count: number): RaterSpec[] {
  const tag = randomBytes(3).toString('hex');
  const boss = Math.max(1, Math.round(count * 0.02));
  const others = count - boss;
  return [
    ...raters('boss', boss, tag),
    ...raters('peer', Math.round(others * 0.45), tag),
    ...raters('direct_report', Math.round(others * 0.45), tag),
    ...raters('other', others - 2 * Math.round(others * 0.45), tag),
  ];
}

/** Posts every rater's answer, `clients` at a time, each as a rater's browser would (its own client). */
export async function submitAll(baseUrl: string, links: { token: string; group: string }[], clients: number): Promise<{ times: number[]; errors: number }> {
  const questionnaires = new Map<string, DemoQuestionnaire>();
  for (const { token, group } of links)
    if (!questionnaires.has(group)) questionnaires.set(group, (await (await fetch(`${baseUrl}/api/responses/${token}`)).json()) as DemoQuestionnaire);
  const bodies = links.map(({ group }, index) =>
    JSON.stringify({ answers: simulateAnswers(questionnaires.get(group) as DemoQuestionnaire, { seed: index + 1, ordinal: index }) }),
  );
  let errors = 0;
  const times = await concurrently(links.length, clients, async (index) => {
    const response = await fetchOnce(`${baseUrl}/api/responses/${links[index].token}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: bodies[index],
    });
    await response.arrayBuffer();
    if (response.status !== 201) errors += 1;
  });
  return { times, errors };
}

/** The baseline: a single-row INSERT of an answer's size, from a pool of `clients` connections. */
async function rawInserts(databaseUrl: string, count: number, clients: number): Promise<number[]> {
  const pool = new Pool({ connectionString: databaseUrl, max: clients });
  try {
    await pool.query(`CREATE TABLE bench_raw_insert (id uuid PRIMARY KEY, ratings jsonb, texts jsonb)`);
    const ratings = JSON.stringify(Object.fromEntries(Array.from({ length: 40 }, (_, index) => [`item-${index}`, (index % 5) + 1])));
    const texts = JSON.stringify({ strengths: 'Listens well and gives clear direction.', develop: 'Could delegate more and check in less often.' });
    return await concurrently(count, clients, async () => {
      await pool.query(`INSERT INTO bench_raw_insert (id, ratings, texts) VALUES ($1, $2, $3)`, [randomUUID(), ratings, texts]);
    });
  } finally {
    await pool.end();
  }
}

async function progressTimes(coach: ApiClient, campaignId: string, until: () => boolean, atLeast = 0): Promise<number[]> {
  const times: number[] = [];
  while (!until() || times.length < atLeast) {
    const [response, ms] = await timed(() =>
      fetchOnce(`${coach.baseUrl}/api/campaigns/${campaignId}/progress`, { headers: { authorization: `Bearer ${coach.token}` } }),
    );
    await response.arrayBuffer();
    times.push(ms);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return times;
}

export async function aggregated(coach: ApiClient, campaignId: string): Promise<number> {
  return (await coach.get<{ aggregated: number }>(`/api/campaigns/${campaignId}/progress`)).body.aggregated;
}

export async function measureThroughHttp(log: (line: string) => void): Promise<HttpFigures> {
  if (!existsSync(join(ROOT, 'dist', 'main.js'))) throw new Error('dist/main.js is missing: run `npm run build` first (npm run bench does)');
  // One process doing both, as `npm run start:prod` runs by default: ROLE=api alone folds nothing.
  const role = 'all';
  const databaseUrl = `${POSTGRES}/f360_bench_http_${Date.now().toString(36)}`;
  const prefix = `f360benchhttp${Date.now().toString(36)}`;
  const mailbox = await new Mailbox().start();
  const port = await freePort();
  const app = startApp(
    { ...benchEnv(databaseUrl, prefix, mailbox, port), ROLE: role, EVENT_LOOP_DELAY_FILE: join(tmpdir(), `${prefix}.loop.json`) },
    process.env.BENCH_CPU_PROF,
  );
  try {
    log(`Starting the built app (ROLE=${role}) on ${databaseUrl} ...`);
    await answering(app);
    const coach = (await signUpCoach(new ApiClient(app.baseUrl))).api;

    log(`Launching a campaign of ${RATERS} raters, until every invitation reached the SMTP sink ...`);
    // A small launch first, so that the one timed does not pay for compiling the mail path.
    const small = await launched(coach, mailbox, team(10));
    // Timed from the launch request (launched): drafting the campaign is not the launch.
    const main = await launched(coach, mailbox, team(RATERS));
    const medium = await launched(coach, mailbox, team(100));
    let bareMailsPerSecond = NaN;
    let [raw, rawMs, idle]: [number[], number, number[]] = [[], NaN, []];
    if (!REPORTS_ONLY) {
      log(`Measuring the launch's baseline: ${RATERS + 1} mails through a bare nodemailer pool to the same sink ...`);
      await bareNodemailerPool(mailbox, mailbox.messages[mailbox.messages.length - 1], 11); // warm, as the app is
      bareMailsPerSecond = await bareNodemailerPool(mailbox, mailbox.messages[mailbox.messages.length - 1], RATERS + 1);

      log('Measuring the baseline: single-row INSERTs through a pg pool of 16 ...');
      [raw, rawMs] = await timed(() => rawInserts(databaseUrl, Math.max(2_000, RATERS * 4), CLIENTS));

      log('Measuring GET /progress idle ...');
      let count = 0;
      idle = await progressTimes(coach, main.campaignId, () => (count += 1) > 40);
    }

    log(`Submitting ${RATERS} answers with ${CLIENTS} concurrent clients, a coach watching progress meanwhile ...`);
    await eventLoopDelay(app); // starts the histogram afresh: only the load below counts
    let submitting = true;
    const watching = progressTimes(coach, main.campaignId, () => !submitting);
    watching.catch(() => undefined); // awaited below; a failure must not end the run before the app's output is shown
    const [submitted, submitMs] = await timed(() => submitAll(app.baseUrl, main.links, CLIENTS));
    const submitEnd = performance.now();
    // The last answers of a group wait for a batch of its size (up to an hour): the coach closes
    // the campaign, which folds them too.
    log('Closing the campaign, and waiting until every answer is folded ...');
    await coach.post(`/api/campaigns/${main.campaignId}/close`);
    await waitUntil(async () => (await aggregated(coach, main.campaignId)) >= main.links.length, {
      what: `${main.links.length} answers aggregated`,
      timeoutMs: 240_000,
      intervalMs: 200,
    });
    const foldedAt = performance.now();
    submitting = false;
    const whileFolding = await watching;
    const loop = await eventLoopDelay(app);

    log('Reading reports of 10, 100 and all answers ...');
    await submitAll(app.baseUrl, small.links, CLIENTS);
    await submitAll(app.baseUrl, medium.links, CLIENTS);
    // Closing folds what waits for a batch, so that each report holds every answer.
    for (const { campaignId } of [small, medium]) await coach.post(`/api/campaigns/${campaignId}/close`);
    for (const { campaignId, links } of [small, medium])
      await waitUntil(async () => (await aggregated(coach, campaignId)) >= links.length, { what: 'the small campaigns folded', timeoutMs: 60_000 });
    // The closes thank every rater by mail: the reads wait until those are out, so that the reads
    // of each report share the app with nothing else.
    await mailboxQuiet(mailbox);
    const reads = await reportReads(
      coach,
      [small, medium, main].map(({ campaignId, links }) => ({ campaignId, answers: links.length })),
    );
    const after = await eventLoopDelay(app);

    const submitStats = stats(submitted.times);
    const rawStats = stats(raw);
    return {
      machine: `${(await import('node:os')).cpus().length} cores (${(await import('node:os')).cpus()[0]?.model ?? 'unknown'}), shared with other work`,
      role,
      raters: RATERS,
      launch: {
        ms: Math.round(main.launchMs),
        mailsPerSecond: Math.round(((RATERS + 1) / main.launchMs) * 1000 * 10) / 10,
        bareNodemailerMailsPerSecond: bareMailsPerSecond,
      },
      submit: {
        answersPerSecond: Math.round((main.links.length / submitMs) * 1000 * 10) / 10,
        p50: submitStats.p50,
        p99: submitStats.p99,
        errors: submitted.errors,
      },
      rawInsert: { rowsPerSecond: Math.round((raw.length / rawMs) * 1000), p50: rawStats.p50, p99: rawStats.p99 },
      aggregation: {
        msAfterLastSubmit: Math.round(foldedAt - submitEnd),
        answersPerSecond: Math.round((main.links.length / ((foldedAt - submitEnd + submitMs) / 1000)) * 10) / 10,
      },
      eventLoopDelayUnderLoad: loop,
      progress: { idle: stats(idle), whileFolding: stats(whileFolding) },
      reportRead: reads,
      rssMiBAfter: after.rssMiB,
    };
  } catch (error) {
    log(`The app said:\n${app.output()}`);
    throw error;
  } finally {
    await stopAndDrop([app], databaseUrl);
    await mailbox.stop();
  }
}
