import type { INestApplicationContext } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { startApp } from '../app.factory';
import { type AppConfig, loadAppConfig } from '../config/app-config';
import type { Report } from '../reports/report.types';
import { DemoHttp } from './demo-http';
import { summariseReport } from './report-summary';
import { type DemoQuestionnaire, simulateAnswers } from './simulated-raters';

export interface DemoOptions {
  keepServing: boolean;
  log: (line: string) => void;
  env?: NodeJS.ProcessEnv;
}

export interface DemoResult {
  reportUrl: string;
  openRaterLink: string;
  coachToken: string;
  stop(): Promise<void>;
}

const TEAM = [
  { name: 'Jordan Lee', group: 'boss' },
  { name: 'Priya Shah', group: 'peer' },
  { name: 'Marco Rossi', group: 'peer' },
  { name: 'Lena Fischer', group: 'peer' },
  { name: 'Tom Becker', group: 'peer' },
  { name: 'Aisha Khan', group: 'direct_report' },
  { name: 'Sam Wilson', group: 'direct_report' },
  { name: 'Nora Berg', group: 'direct_report' },
  { name: 'Luis Ortega', group: 'direct_report' },
  { name: 'Chloe Martin', group: 'other' },
  { name: 'Ben Carter', group: 'other' },
] as const;

/** The rater left unanswered, so the person running the demo can answer by hand. */
const LEFT_OPEN = 'Tom Becker';

interface OutboxMessage {
  to: string;
  subject: string;
  text: string;
}

async function ensurePortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', () => reject(new Error(`Port ${port} is already in use. Run the demo on another port, e.g. PORT=${port + 1} npm run demo`)));
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

function explainStartFailure(error: unknown, config: AppConfig): Error {
  const message = error instanceof Error ? error.message : String(error);
  if (/ECONNREFUSED.*5432|connect ECONNREFUSED .*:5432|database|postgres/i.test(message) && /ECONNREFUSED|ENOTFOUND|password|does not exist/i.test(message)) {
    return new Error(`PostgreSQL is not reachable at ${config.databaseUrl} (${message}). Start it (e.g. docker compose -f docker/compose.yml up -d postgres) or set DATABASE_URL.`);
  }
  return error instanceof Error ? error : new Error(message);
}

async function waitFor<T>(what: string, poll: () => Promise<T>, done: (value: T) => boolean, log: (line: string) => void, describe: (value: T) => string, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  for (;;) {
    const value = await poll();
    const state = describe(value);
    if (state !== last) log(`  ${what}: ${state}`);
    last = state;
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`Gave up waiting for ${what} after ${timeoutMs / 1000} s (is a worker running?)`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Starts the whole system (api and workers, embedded mail catcher) and runs a sample 360 through
 * the public HTTP API: coach sign-up, engagement, campaign, raters, launch, answers read from the
 * outbox links, aggregation, report.
 */
export async function runDemo(options: DemoOptions): Promise<DemoResult> {
  const { log } = options;
  const env = { ...(options.env ?? process.env) };
  if (env.SMTP_URL) log('SMTP_URL is set, but the demo reads its invitations from the embedded mail catcher: ignoring it.');
  delete env.SMTP_URL;
  env.ROLE = 'all';
  env.QUEUE_PREFIX ??= 'f360-demo';
  env.SWEEP_INTERVAL_MS ??= '5000';
  env.LOG_LEVEL ??= 'warn';
  const config = loadAppConfig(env);
  const base = config.publicUrl;

  log(`Starting feedback360 on ${base} (database ${new URL(config.databaseUrl).pathname.slice(1)}, Redis ${config.redisUrl}, mail to the embedded catcher)`);
  await ensurePortFree(config.port);
  let app: INestApplicationContext;
  try {
    app = await startApp(config);
  } catch (error) {
    throw explainStartFailure(error, config);
  }
  const stop = () => app.close();
  try {
    const http = new DemoHttp(base);
    const email = `demo-coach-${randomBytes(3).toString('hex')}@example.com`;
    const { token } = await http.call<{ token: string }>('POST', '/api/auth/signup', { email, password: 'demo password 360', name: 'Dana Demo (coach)' });
    const coach = http.withToken(token);
    log(`Signed up coach ${email}`);

    const surveys = await http.call<{ id: string; title: string }[]>('GET', '/api/surveys');
    log(`Surveys available: ${surveys.map((survey) => survey.id).join(', ')}`);
    const tag = randomBytes(2).toString('hex');
    const engagement = await coach.call<{ id: string }>('POST', '/api/engagements', {
      title: 'Alex Morgan, VP Operations: leadership program',
      leader: { name: 'Alex Morgan', email: `alex.morgan+${tag}@example.com` },
      sponsor: { name: 'Jordan Lee', email: `jordan.lee+${tag}@example.com` },
      outcomes: ['Others rate communication at 4.0 or more by the final review', 'The team owns decisions in its area (delegation rated 4+ by direct reports)'],
    });
    const campaign = await coach.call<{ id: string }>('POST', `/api/engagements/${engagement.id}/campaigns`, { surveyId: 'leadership-360', phase: 'baseline' });
    log(`Created engagement for Alex Morgan and a leadership-360 campaign`);

    const raters = TEAM.map((member) => ({ name: member.name, group: member.group, email: `${member.name.toLowerCase().replace(/\s+/g, '.')}+${tag}@example.com` }));
    const counts = ['boss', 'peer', 'direct_report', 'other'].map((group) => `${raters.filter((rater) => rater.group === group).length} ${group.replace('_', ' ')}`);
    await coach.call('POST', `/api/campaigns/${campaign.id}/raters`, { raters });
    log(`Added ${raters.length} raters (${counts.join(', ')}) + the leader as self`);

    await coach.call('POST', `/api/campaigns/${campaign.id}/launch`);
    const invited = raters.length + 1;
    const outbox = await waitFor(
      'invitations sent',
      () => http.call<OutboxMessage[]>('GET', '/dev/outbox.json'),
      (messages) => messages.filter((message) => message.to.includes(tag)).length >= invited,
      log,
      (messages) => `${messages.filter((message) => message.to.includes(tag)).length}/${invited}`,
    );
    const links = new Map<string, string>();
    for (const message of outbox.filter((candidate) => candidate.to.includes(tag))) {
      const link = /(https?:\/\/\S+\/r\/[A-Za-z0-9_-]{43})/.exec(message.text)?.[1];
      if (link) links.set(message.to, link);
    }

    const answering = [...links.entries()].filter(([to]) => !to.includes(LEFT_OPEN));
    log(`Answering as ${answering.length} raters (one saves a draft first) ...`);
    let seed = 1;
    for (const [, link] of answering) {
      const token = link.slice(link.lastIndexOf('/') + 1);
      const questionnaire = await http.call<DemoQuestionnaire>('GET', `/api/responses/${token}`);
      const answers = simulateAnswers(questionnaire, seed);
      if (seed === 2) await http.call('PUT', `/api/responses/${token}/draft`, { answers: Object.fromEntries(Object.entries(answers).slice(0, 5)) });
      await http.call('POST', `/api/responses/${token}`, { answers });
      seed += 1;
    }
    const report = await waitFor(
      'answers aggregated',
      () => coach.call<Report>('GET', `/api/campaigns/${campaign.id}/report`),
      (current) => current.aggregatedResponses >= answering.length,
      log,
      (current) => `${current.aggregatedResponses}/${answering.length}`,
    );
    const progress = await coach.call<{ invited: number; responded: number }>('GET', `/api/campaigns/${campaign.id}/progress`);
    log(`Progress: ${progress.responded} of ${progress.invited} answered`);
    log('');
    for (const line of summariseReport(report)) log(line);

    const reportUrl = `${base}/api/campaigns/${campaign.id}/report`;
    const openRaterLink = [...links.entries()].find(([to]) => to.includes(LEFT_OPEN))?.[1] ?? '';
    log('');
    log(`Full report (JSON):   curl -H "Authorization: Bearer ${token}" ${reportUrl}`);
    log(`Mail outbox:          ${base}/dev/outbox`);
    log(`Answer as ${LEFT_OPEN} (peer), still open: ${openRaterLink}`);
    log(`API docs:             ${base}/api/docs`);
    if (options.keepServing) log('\nServing until Ctrl-C.');
    return { reportUrl, openRaterLink, coachToken: token, stop };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}
