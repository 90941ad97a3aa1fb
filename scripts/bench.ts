/**
 * How fast the product is, as ratios to baselines measured in the same run on the same machine
 * (absolute times vary between machines; ratios much less). `npm run bench`: what a rater and a
 * coach feel, through HTTP against the built app (scripts/bench-http.ts), in a minute and a half,
 * into bench/results.json. `npm run bench:parts` (`--parts`): the hot paths one by one, in this
 * process, several minutes, into bench/parts.json:
 *
 *   arrival       the fold job of each answer as answers arrive one at a time, in a campaign of 30
 *                 and of 300 raters: a settle transaction that folds a batch when one is ready and
 *                 moves every waiting answer and answered invitation of the campaign in random
 *                 order    vs  one plain INSERT of the same answer in its own transaction
 *   backlog       answers stored while no worker ran, folded by one settle, per answer   vs  the same
 *   queue         a burst of answers aggregated through BullMQ by a worker (one fold job per
 *                 answer)    vs  no-op BullMQ jobs
 *   report        the report JSON for 20 and 200 raters (from aggregates)    vs  JSON.stringify of it
 *   page, pdf     the report page (HTML with SVG charts) and its PDF printed by Chromium, for 20 and
 *                 200 raters    vs  JSON.stringify of the report, and Chromium printing a one-line page
 *   version       cutting version 2 of a report, checked against version 1 for anything comparing
 *                 them gives away    vs  building the same report without that check
 *   theming       theming the comments of one answer by words and meaning (sentence embeddings)
 *                 vs  by words alone
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureThroughHttp, REPORTS_ONLY } from './bench-http';
import { type LayoutFigures, measureLayout } from './bench-layouts';
import { measureParts } from './bench-parts';
import { httpTable, layoutTable } from './bench-tables';
import { timed } from './bench-timing';

// Fewer raters per split layout than for ROLE=all, so that the whole bench stays under five minutes.
const LAYOUT_RATERS = Number(process.env.BENCH_LAYOUT_RATERS ?? 300);

const log = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

async function main(): Promise<void> {
  const resultsDir = join(__dirname, '..', 'bench');
  mkdirSync(resultsDir, { recursive: true });
  const write = (file: string, results: unknown): void => writeFileSync(join(resultsDir, file), `${JSON.stringify(results, null, 2)}\n`);
  if (process.argv.includes('--parts')) {
    write('parts.json', { at: new Date().toISOString(), node: process.version, parts: await measureParts() });
    return;
  }
  const [figures, httpMs] = await timed(async () => {
    const all = await measureThroughHttp(log);
    // Shown at once: the layouts below take minutes more, and may fail on a busy machine.
    for (const line of httpTable(all)) log(line);
    const layouts: LayoutFigures[] = [];
    if (!REPORTS_ONLY) for (const workers of [1, 2]) layouts.push(await measureLayout(workers, LAYOUT_RATERS, log));
    return { all, layouts };
  });
  if (REPORTS_ONLY) {
    write('reports.json', { at: new Date().toISOString(), node: process.version, reportRead: figures.all.reportRead });
    return;
  }
  log('');
  for (const line of layoutTable(figures.all, figures.layouts)) log(line);
  log(`\n(${(httpMs / 1000).toFixed(0)} s)`);
  write('results.json', { at: new Date().toISOString(), node: process.version, http: figures.all, layouts: figures.layouts });
}

// A client library may keep a connection or timer alive after its work is done: the figures are written, so stop.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
