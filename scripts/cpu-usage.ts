/**
 * Where the machine's cores went during a stretch of the benchmark, read from Linux's /proc: the
 * whole machine's busy share, and the CPU seconds of the worker processes (their encoder threads
 * included), of Postgres (every backend) and of everything else. It answers whether a second
 * worker had a core left to use: if one worker already keeps the machine busy, two cannot fold
 * twice as fast, whatever the code does.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU times: 100 on every Linux this runs on (USER_HZ). */
const TICKS_PER_SECOND = 100;

interface Snapshot {
  busyTicks: number;
  totalTicks: number;
  processTicks: Map<number, number>;
  postgresTicks: number;
}

export interface CpuUsage {
  /** Wall seconds between the two snapshots. */
  seconds: number;
  cores: number;
  /** Share of all cores' time spent busy, 0..1. */
  machineBusy: number;
  /** Cores' worth of CPU used, on average, by each group. */
  coresUsed: { workers: number; postgres: number; rest: number };
}

function machineTicks(): { busy: number; total: number; cores: number } {
  const lines = readFileSync('/proc/stat', 'utf8').split('\n');
  // cpu  user nice system idle iowait irq softirq steal ...
  const fields = lines[0].trim().split(/\s+/).slice(1).map(Number);
  const total = fields.reduce((sum, value) => sum + value, 0);
  const idle = fields[3] + (fields[4] ?? 0);
  const cores = lines.filter((line) => /^cpu\d+ /.test(line)).length;
  return { busy: total - idle, total, cores };
}

/** utime + stime of a process, all its threads; 0 once it has gone. */
function ticksOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name sits in parentheses and may hold spaces: count fields after its close.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

function postgresTicks(): number {
  let sum = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres') sum += ticksOf(Number(entry));
    } catch {
      // the process ended between the listing and the read
    }
  }
  return sum;
}

function snapshot(pids: readonly number[]): Snapshot {
  const machine = machineTicks();
  return {
    busyTicks: machine.busy,
    totalTicks: machine.total,
    processTicks: new Map(pids.map((pid) => [pid, ticksOf(pid)])),
    postgresTicks: postgresTicks(),
  };
}

/**
 * Runs `work` and reports how busy the machine was meanwhile, and how much of it the processes
 * `workerPids` and Postgres used. A Postgres backend that ends during the stretch takes its time
 * with it, so Postgres's share is a lower bound; what is missing lands in `rest`.
 */
export async function measuredCpu<T>(workerPids: readonly number[], work: () => Promise<T>): Promise<[T, CpuUsage]> {
  const { cores } = machineTicks();
  const before = snapshot(workerPids);
  const started = performance.now();
  const result = await work();
  const seconds = (performance.now() - started) / 1000;
  const after = snapshot(workerPids);
  const coresOf = (ticks: number): number => Math.round((ticks / TICKS_PER_SECOND / seconds) * 100) / 100;
  const busy = after.busyTicks - before.busyTicks;
  const workers = workerPids.reduce((sum, pid) => sum + (after.processTicks.get(pid) ?? 0) - (before.processTicks.get(pid) ?? 0), 0);
  const postgres = Math.max(0, after.postgresTicks - before.postgresTicks);
  return [
    result,
    {
      seconds: Math.round(seconds * 10) / 10,
      cores,
      machineBusy: Math.round((busy / (after.totalTicks - before.totalTicks)) * 100) / 100,
      coresUsed: { workers: coresOf(workers), postgres: coresOf(postgres), rest: coresOf(Math.max(0, busy - workers - postgres)) },
    },
  ];
}
