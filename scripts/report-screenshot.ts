/**
 * npm run screenshot [-- <file.png>]: runs the demo's sample 360, saves a picture of its report
 * page (docs/report-screenshot.png by default, for the README), and prints how long the page and
 * the PDF take to render. Needs what the demo needs: PostgreSQL, Redis, and Chromium.
 */
import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { loadAppConfig } from '../src/config/app-config';
import { runDemo } from '../src/demo/demo-runner';
import { CHROMIUM_ARGS } from '../src/reports/page/pdf.renderer';

const OUTPUT = resolve(process.argv[2] ?? 'docs/report-screenshot.png');
const WIDTH = 1100;

async function timed(url: string, headers: Record<string, string>): Promise<{ ms: number; bytes: number }> {
  const started = process.hrtime.bigint();
  const response = await fetch(url, { headers });
  const body = Buffer.from(await response.arrayBuffer());
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${body.toString('utf8', 0, 300)}`);
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, bytes: body.length };
}

const describeRuns = (runs: { ms: number; bytes: number }[]): string =>
  `${runs.map((run) => `${run.ms.toFixed(0)} ms`).join(', ')} (${(runs[0].bytes / 1024).toFixed(0)} kB)`;

async function main(): Promise<void> {
  const env = { ...process.env, PORT: process.env.PORT ?? '0' };
  const demo = await runDemo({ keepServing: false, log: () => undefined, env });
  const browser = await chromium.launch({ executablePath: loadAppConfig(env).chromiumPath, args: CHROMIUM_ARGS });
  try {
    const auth = { authorization: `Bearer ${demo.coachToken}` };
    const page = [];
    const pdf = [];
    for (let run = 0; run < 3; run += 1) page.push(await timed(demo.reportPageUrl, auth));
    // The first PDF starts Chromium; the next ones reuse it.
    for (let run = 0; run < 3; run += 1) pdf.push(await timed(demo.reportPdfUrl, auth));
    process.stdout.write(`Report page (HTML): ${describeRuns(page)}\nReport PDF:         ${describeRuns(pdf)}\n`);

    const context = await browser.newContext({ viewport: { width: WIDTH, height: 900 }, extraHTTPHeaders: auth });
    const tab = await context.newPage();
    await tab.goto(demo.reportPageUrl);
    // The priorities and the themes chart: the part of the report a coach opens the conversation with.
    const top = await tab.locator('#priorities').boundingBox();
    const chart = await tab.locator('#overview ~ figure').first().boundingBox();
    if (!top || !chart) throw new Error('The report page has no priorities or themes chart to show.');
    const y = Math.max(0, top.y - 40);
    mkdirSync(dirname(OUTPUT), { recursive: true });
    await tab.screenshot({ path: OUTPUT, fullPage: true, clip: { x: 0, y, width: WIDTH, height: chart.y + chart.height + 24 - y } });
    process.stdout.write(`Saved ${OUTPUT}\n`);
  } finally {
    await browser.close();
    await demo.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
