import type { INestApplicationContext } from '@nestjs/common';
import { startApp } from '../app.factory';
import { loadAppConfig } from '../config/app-config';
import { SurveysService } from '../surveys/surveys.service';
import { byTenths, embeddedLine } from '../theming/embeddings/embedding-progress';
import { ThemingService } from '../theming/theming.service';
import { DemoError } from './demo.error';
import { demoEnvironment } from './demo-environment';
import { checkPostgres, checkRedis, checkSurveys, claimablePort, serviceAddress } from './preflight';
import { summariseReport } from './report-summary';
import { runSample360 } from './sample-360';

export interface DemoOptions {
  /** False for tests: the caller gets `stop()` and ends the app when done with it. */
  keepServing: boolean;
  log: (line: string) => void;
  /** Defaults to process.env. */
  env?: NodeJS.ProcessEnv;
}

export interface DemoResult {
  /** The report JSON. */
  reportUrl: string;
  /** The report as a page and as a PDF, for the coach signed in at `loginUrl`. */
  reportPageUrl: string;
  reportPdfUrl: string;
  loginUrl: string;
  coach: { email: string; password: string };
  openRaterLink: string;
  coachToken: string;
  stop(): Promise<void>;
}

export const seconds = (since: number): string => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/** Checks Postgres, Redis and the survey files, then starts the app (api and workers) in this process. */
export async function startDemoSystem(
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): Promise<{ app: INestApplicationContext; port: number; publicUrl: string }> {
  let config = loadAppConfig(env);
  const port = await claimablePort(config.port);
  // PORT=0 asks for any free port; the links in the emails must name the real one.
  if (port !== config.port) config = loadAppConfig({ ...env, PORT: String(port) });
  await checkPostgres(config.databaseUrl);
  await checkRedis(config.redisUrl);
  checkSurveys(config.surveysDir);
  log(`Checking PostgreSQL at ${serviceAddress(config.databaseUrl, 5432)}, Redis at ${serviceAddress(config.redisUrl, 6379)} and the survey files ... ok`);

  const database = decodeURIComponent(new URL(config.databaseUrl).pathname.slice(1));
  const started = Date.now();
  let app: INestApplicationContext;
  try {
    app = await startApp(config);
  } catch (error) {
    throw new DemoError(`feedback360 could not start: ${error instanceof Error ? error.message : String(error)}`);
  }
  log(
    `Starting feedback360 (api and workers) on ${config.publicUrl}, database ${database}, queue prefix ${config.queuePrefix}, mail to the embedded catcher ... ok (${seconds(started)})`,
  );
  // Ahead of the first answers, so that their fold does not wait for it unannounced.
  const theming = Date.now();
  log('Preparing comment theming (the first run on a machine computes the embeddings of the example comments: about two and a half minutes on two cores) ...');
  try {
    await app.get(ThemingService).prepare(
      app.get(SurveysService).definitions(),
      undefined,
      byTenths((embedded, total) => log(embeddedLine(embedded, total))),
    );
  } catch (error) {
    await app.close().catch(() => undefined);
    throw new DemoError(`Comment theming could not be prepared: ${error instanceof Error ? error.message : String(error)}`);
  }
  log(`Comment theming ready (${seconds(theming)})`);
  return { app, port, publicUrl: config.publicUrl };
}

export interface DemoSystem {
  apiUrl: string;
  publicUrl: string;
  /** When the demo began, for "done in 3.2 s". */
  started: number;
  stop: () => Promise<void>;
}

/**
 * Starts the whole system for a demo, with the demo's environment, and hands it to `run`; if
 * `run` fails, the system is stopped before the error goes on.
 */
export async function onDemoSystem<T>(options: { env?: NodeJS.ProcessEnv; log: (line: string) => void }, run: (system: DemoSystem) => Promise<T>): Promise<T> {
  const started = Date.now();
  const { env, notes } = demoEnvironment(options.env ?? process.env);
  notes.forEach((note) => options.log(note));
  const { app, port, publicUrl } = await startDemoSystem(env, options.log);
  let stopped: Promise<void> | null = null;
  const stop = (): Promise<void> => (stopped ??= app.close());
  try {
    return await run({ apiUrl: `http://127.0.0.1:${port}`, publicUrl, started, stop });
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}

/**
 * Starts the whole system in this process and runs a sample 360 through the real HTTP API, then
 * prints the themed report and where to look next. Expected failures are DemoErrors with a
 * message that says what to do.
 */
export async function runDemo(options: DemoOptions): Promise<DemoResult> {
  const { log } = options;
  return onDemoSystem(options, async ({ apiUrl, publicUrl, started, stop }) => {
    const sample = await runSample360({ apiUrl, publicUrl, log });
    log('');
    summariseReport(sample.report).forEach((line) => log(line));

    const reportUrl = `${publicUrl}${sample.reportPath}`;
    const reportPagePath = `/coach/campaigns/${sample.campaignId}/report`;
    const reportPageUrl = `${publicUrl}${reportPagePath}`;
    const reportPdfUrl = `${publicUrl}${reportPagePath}.pdf`;
    const loginUrl = `${publicUrl}/coach/login?next=${encodeURIComponent(reportPagePath)}`;
    log('');
    log(`Sample 360 done in ${seconds(started)}. Where to look next:`);
    log(`  Report page:         ${reportPageUrl}`);
    log(`  Report PDF:          ${reportPdfUrl}`);
    log(`    In a browser, sign in first at ${loginUrl}`);
    log(`    as ${sample.coach.email}, password ${sample.coach.password}`);
    log(`    With the token:    curl -H "Authorization: Bearer ${sample.coachToken}" -o report.pdf ${reportPdfUrl}`);
    log(`  Your engagements:    ${publicUrl}/coach (every step of the engagement in the browser, with the same sign-in)`);
    log(`  Full report (JSON):  curl -H "Authorization: Bearer ${sample.coachToken}" ${reportUrl}`);
    log(`  Mail outbox:         ${publicUrl}/dev/outbox`);
    const { openRater } = sample;
    log(`  Answer as the last rater (${openRater.name}, ${openRater.role}): ${openRater.link}`);
    // The report was read above, which froze version 1: a later answer of an anonymous group joins
    // a version only in a batch of the group's threshold, or comparing versions would expose it.
    log(`    Progress counts it at once; the report takes in new answers from ${openRater.group} only ${openRater.batch} at a time,`);
    log('    so that no version differs from the one before by a single rater.');
    log(`  API docs:            ${publicUrl}/api/docs`);
    if (options.keepServing) log('Serving until Ctrl-C.');
    return { reportUrl, reportPageUrl, reportPdfUrl, loginUrl, coach: sample.coach, openRaterLink: sample.openRater.link, coachToken: sample.coachToken, stop };
  });
}
