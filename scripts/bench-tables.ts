/** The tables `npm run bench` prints: each figure beside its baseline and its target. */
import type { HttpFigures } from './bench-http';
import type { LayoutFigures } from './bench-layouts';
import type { CpuUsage } from './cpu-usage';

/** The table of what users feel, each figure beside the baseline it is compared with. */
export function httpTable(figures: HttpFigures): string[] {
  const ratio = (value: number, baseline: number): string => (baseline > 0 ? `${(value / baseline).toFixed(3)}` : '');
  const [few, some, all] = figures.reportRead;
  const rows: [string, string, string, string][] = [
    [
      `rater submits, ${figures.raters} raters, ${16} clients, ROLE=${figures.role}`,
      `${figures.submit.answersPerSecond} answers/s, p50 ${figures.submit.p50} ms, p99 ${figures.submit.p99} ms${figures.submit.errors ? `, ${figures.submit.errors} errors` : ''}`,
      `raw single-row INSERT, pg pool of 16: ${figures.rawInsert.rowsPerSecond} rows/s, p99 ${figures.rawInsert.p99} ms`,
      ratio(figures.submit.answersPerSecond, figures.rawInsert.rowsPerSecond),
    ],
    [
      'api event-loop delay while answers arrive and fold',
      `p99 ${figures.eventLoopDelayUnderLoad.p99} ms, max ${figures.eventLoopDelayUnderLoad.max} ms`,
      'target p99 < 20 ms',
      '',
    ],
    [
      "a coach's GET /progress while answers fold",
      `p95 ${figures.progress.whileFolding.p95} ms, max ${figures.progress.whileFolding.max} ms (${figures.progress.whileFolding.n} reads)`,
      `same call idle: p50 ${figures.progress.idle.p50} ms, p95 ${figures.progress.idle.p95} ms`,
      ratio(figures.progress.whileFolding.p95, figures.progress.idle.p95),
    ],
    [
      'aggregation end to end (first answer posted to last folded, the close folding the stragglers)',
      `${figures.aggregation.answersPerSecond} answers/s, last folded ${figures.aggregation.msAfterLastSubmit} ms after the last post`,
      '',
      '',
    ],
    [
      `report JSON read, ${figures.reportRead.map((read) => read.answers).join(' / ')} answers`,
      `p50 ${figures.reportRead.map((read) => read.p50).join(' / ')} ms (headers after ${figures.reportRead.map((read) => read.headersP50).join(' / ')} ms; ${figures.reportRead.map((read) => `${Math.round(read.wireBytes / 1024)} kB`).join(' / ')} on the wire)`,
      `JSON.stringify of it: ${figures.reportRead.map((read) => read.stringifyMs).join(' / ')} ms`,
      `${all.answers} vs ${few.answers}: ${(all.p50 / few.p50).toFixed(1)}x; vs stringify ${ratio(some.p50, some.stringifyMs)} at ${some.answers}`,
    ],
    [
      `launch of ${figures.raters} raters until every mail reached the sink`,
      `${figures.launch.ms} ms (${figures.launch.mailsPerSecond} mails/s)`,
      `bare nodemailer pool to the same sink: ${figures.launch.bareNodemailerMailsPerSecond} mails/s`,
      ratio(figures.launch.mailsPerSecond, figures.launch.bareNodemailerMailsPerSecond),
    ],
    [`RSS of the ROLE=${figures.role} process after the run`, `${figures.rssMiBAfter} MiB`, 'target api < 200, worker < 300 MiB', ''],
  ];
  return [
    `Through HTTP, the built app on ${figures.machine}:`,
    '',
    '| what | measured | baseline in the same run | ratio |',
    '| --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
}

/** ROLE=all beside one api with one and with two workers: submits, the api's loop, folding, and what 2 workers fold over 1. */
export function layoutTable(all: HttpFigures, layouts: LayoutFigures[]): string[] {
  const [one, two] = layouts;
  const rows: string[][] = [
    [
      `ROLE=all (${all.raters} raters in one campaign)`,
      `${all.submit.answersPerSecond} answers/s, p50 ${all.submit.p50} ms, p99 ${all.submit.p99} ms`,
      `p99 ${all.eventLoopDelayUnderLoad.p99} ms, max ${all.eventLoopDelayUnderLoad.max} ms`,
      `${all.aggregation.answersPerSecond} answers/s`,
      `${all.rssMiBAfter} MiB`,
    ],
    ...layouts.map((figures) => [
      `${figures.layout} (${figures.raters} raters in two campaigns)`,
      `${figures.submit.answersPerSecond} answers/s, p50 ${figures.submit.p50} ms, p99 ${figures.submit.p99} ms${figures.submit.errors ? `, ${figures.submit.errors} errors` : ''}`,
      `p99 ${figures.apiEventLoopDelayUnderLoad.p99} ms, max ${figures.apiEventLoopDelayUnderLoad.max} ms`,
      `${figures.aggregation.answersPerSecond} answers/s, last folded ${figures.aggregation.msAfterLastSubmit} ms after the last post`,
      `api ${figures.rssMiBAfter.api} MiB, workers ${figures.rssMiBAfter.workers.join(' / ')} MiB`,
    ]),
  ];
  return [
    'The process layouts, each on a database of its own:',
    '',
    `| layout | rater submits, 16 clients | api event-loop delay meanwhile | aggregation, first answer posted to last folded | RSS after the run |`,
    '| --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
    ...layouts.map(
      (figures) =>
        `${figures.layout}: a backlog of ${figures.backlog.answers} answers in ${figures.backlog.campaigns} closed campaigns folded in ${figures.backlog.ms} ms (${figures.backlog.answersPerSecond} answers/s); ${cpuLine(figures.backlog.cpu)}`,
    ),
    '',
    one && two
      ? `Folding scaling, 2 workers over 1 on that backlog: ${(two.backlog.answersPerSecond / one.backlog.answersPerSecond).toFixed(2)} (target >= 1.8); aggregation while answers arrive: ${(two.aggregation.answersPerSecond / one.aggregation.answersPerSecond).toFixed(2)}`
      : '',
  ];
}

/** The machine's cores while a backlog folded: whether a second worker had a core to use. */
export function cpuLine(cpu: CpuUsage): string {
  const { workers, postgres, rest } = cpu.coresUsed;
  return `the machine ${Math.round(cpu.machineBusy * 100)} % busy (${cpu.cores} cores): workers ${workers}, Postgres ${postgres}, the rest ${rest} cores`;
}
