/**
 * The report reads of `npm run bench` (scripts/bench-http.ts): a coach's GET of the report JSON,
 * timed at several sizes beside JSON.stringify of the same report.
 *
 * BENCH_REPORT_READS sets how many reads of each report are timed (20; more give a profile something to show).
 */
import { waitUntil } from '../src/common/wait-until';
import type { ApiClient } from '../test/factories/api-client';
import type { Mailbox } from '../test/utils/mailbox';
import { fetchOnce, stats, timed } from './bench-timing';

/** Reads of each report timed (after the first, which freezes it); more give a profile something to show. */
const REPORT_READS = Number(process.env.BENCH_REPORT_READS ?? 20);

/** p50: until the body is read and decoded, as a browser would; headersP50: until the answer's headers came (the server's part). */
export interface ReportRead {
  answers: number;
  p50: number;
  headersP50: number;
  stringifyMs: number;
  bytes: number;
  wireBytes: number;
}

/**
 * Each report read REPORT_READS times, the three sizes in turn (10, 100, 500, 10, ...), so that a
 * burst of other work on a shared machine falls on every size alike and their ratio holds.
 */
export async function reportReads(coach: ApiClient, campaigns: { campaignId: string; answers: number }[]): Promise<ReportRead[]> {
  const wireBytes = new Map<string, number>();
  const headersTimes: number[][] = campaigns.map(() => []);
  const read = async (campaignId: string, headersAfter?: number[]): Promise<string> => {
    const started = performance.now();
    // As a coach's browser asks (fetch decompresses what it gets, as a browser does).
    const response = await fetchOnce(`${coach.baseUrl}/api/campaigns/${campaignId}/report`, {
      headers: { authorization: `Bearer ${coach.token}`, 'accept-encoding': 'gzip, deflate, br' },
    });
    headersAfter?.push(performance.now() - started);
    if (response.status !== 200) throw new Error(`report: ${response.status}`);
    wireBytes.set(campaignId, Number(response.headers.get('content-length')));
    return response.text();
  };
  const bodies: string[] = [];
  for (const { campaignId } of campaigns) bodies.push(await read(campaignId)); // the first read freezes the version: not what later reads cost
  const times: number[][] = campaigns.map(() => []);
  for (let round = 0; round < REPORT_READS; round += 1)
    for (const [index, { campaignId }] of campaigns.entries()) times[index].push((await timed(() => read(campaignId, headersTimes[index])))[1]);
  return campaigns.map(({ campaignId, answers }, index) => {
    const report = JSON.parse(bodies[index]) as unknown;
    const started = performance.now();
    for (let repeat = 0; repeat < 20; repeat += 1) JSON.stringify(report);
    const stringifyMs = Math.round(((performance.now() - started) / 20) * 100) / 100;
    return {
      answers,
      p50: stats(times[index]).p50,
      headersP50: stats(headersTimes[index]).p50,
      stringifyMs,
      bytes: Buffer.byteLength(bodies[index]),
      wireBytes: wireBytes.get(campaignId) ?? 0,
    };
  });
}

/** Waits until no mail arrived for two seconds (at most five minutes). */
export async function mailboxQuiet(mailbox: Mailbox): Promise<void> {
  let [count, since] = [mailbox.messages.length, performance.now()];
  await waitUntil(
    () => {
      if (mailbox.messages.length !== count) [count, since] = [mailbox.messages.length, performance.now()];
      return performance.now() - since > 2_000;
    },
    { what: 'the mail of the closes sent', timeoutMs: 300_000, intervalMs: 200 },
  );
}
