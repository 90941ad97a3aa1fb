/**
 * The launch alone, `npm run bench:launch`: the built app (ROLE=all) launches a campaign of
 * BENCH_RATERS raters, timed from the launch request until every invitation reached the SMTP sink,
 * then the same number of mails goes through a bare nodemailer pool of the app's size to the same
 * sink. BENCH_LAUNCH_RUNS (3) rounds of both, each ratio printed, on one app: the machine is
 * shared, and a ratio measured back to back says more than one taken minutes apart.
 * BENCH_CPU_PROF=<dir> runs the app under `--cpu-prof`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiClient, signUpCoach } from '../test/factories/api-client';
import { Mailbox } from '../test/utils/mailbox';
import { freePort } from '../test/utils/test-app';
import { answering, benchEnv, launched, startApp, stopAndDrop, team } from './bench-http';
import { bareNodemailerPool } from './bench-mail';

const ROOT = join(__dirname, '..');
const POSTGRES = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432';
const RATERS = Number(process.env.BENCH_RATERS ?? 500);
const RUNS = Number(process.env.BENCH_LAUNCH_RUNS ?? 3);

/** CPU milliseconds a process has used, all its threads: utime + stime from /proc, in 10 ms ticks. */
function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** CPU milliseconds the app and this process (the sink, and the bare pool's client) used during `work`. */
async function cpuDuring(appPid: number, work: () => Promise<unknown>): Promise<{ app: number; bench: number }> {
  const [appBefore, benchBefore] = [cpuMsOf(appPid), process.cpuUsage()];
  const started = process.hrtime.bigint();
  await work();
  // The monotonic clock, as the app's CPU profile stamps its samples: the stretch can be cut out of it.
  if (process.env.BENCH_CPU_PROF) process.stdout.write(`stretch ${started / 1000n} ${process.hrtime.bigint() / 1000n} µs\n`);
  const bench = process.cpuUsage(benchBefore);
  return { app: cpuMsOf(appPid) - appBefore, bench: (bench.user + bench.system) / 1000 };
}

async function main(): Promise<void> {
  if (!existsSync(join(ROOT, 'dist', 'main.js'))) throw new Error('dist/main.js is missing: run `npm run build` first (npm run bench:launch does)');
  const databaseUrl = `${POSTGRES}/f360_bench_launch_${Date.now().toString(36)}`;
  const prefix = `f360benchlaunch${Date.now().toString(36)}`;
  const mailbox = await new Mailbox().start();
  const app = startApp({ ...benchEnv(databaseUrl, prefix, mailbox, await freePort()), ROLE: 'all' }, process.env.BENCH_CPU_PROF);
  try {
    await answering(app);
    const pid = app.child.pid ?? 0;
    const coach = (await signUpCoach(new ApiClient(app.baseUrl))).api;
    // A small round of both first: neither side is timed while its code is still being compiled.
    await launched(coach, mailbox, team(20));
    await bareNodemailerPool(mailbox, mailbox.messages[mailbox.messages.length - 1], 21);
    for (let run = 1; run <= RUNS; run += 1) {
      const mails = RATERS + 1;
      let launchCpu = { app: 0, bench: 0 };
      const { launchMs } = await launched(coach, mailbox, team(RATERS), async (launch) => {
        launchCpu = await cpuDuring(pid, launch);
      });
      const mailsPerSecond = Math.round((mails / launchMs) * 1000 * 10) / 10;
      let bare = 0;
      const bareCpu = await cpuDuring(pid, async () => {
        bare = await bareNodemailerPool(mailbox, mailbox.messages[mailbox.messages.length - 1], mails);
      });
      const perMail = (ms: number): string => (ms / mails).toFixed(2);
      process.stdout.write(
        `run ${run}: launch of ${RATERS} raters ${Math.round(launchMs)} ms (${mailsPerSecond} mails/s; CPU per mail: app ${perMail(launchCpu.app)} ms, ` +
          `sink ${perMail(launchCpu.bench)} ms), bare nodemailer pool ${bare} mails/s (CPU per mail, client and sink: ${perMail(bareCpu.bench)} ms), ` +
          `ratio ${(mailsPerSecond / bare).toFixed(2)}; load average ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}\n`,
      );
    }
  } catch (error) {
    process.stdout.write(`The app said:\n${app.output()}\n`);
    throw error;
  } finally {
    await stopAndDrop([app], databaseUrl);
    await mailbox.stop();
  }
}

if (require.main === module)
  main().catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  });
