import { request as httpRequest } from 'node:http';
import { gunzipSync } from 'node:zlib';
import type { Report } from '../../src/reports/assembly/report.types';
import { ApiClient, draftCampaign, raters, signUpCoach, waitForAggregated } from '../factories/api-client';
import { linkIn, tokenOf } from '../utils/mailbox';
import { startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(90_000);

/** A GET as it arrives on the wire, not decompressed (fetch would undo a Content-Encoding). */
function rawGet(client: ApiClient, path: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${client.baseUrl}${path}`, { headers: { authorization: `Bearer ${client.token}`, ...headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers as Record<string, string>, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end();
  });
}

interface Questionnaire {
  items: { id: string }[];
  questions: { id: string; type: string }[];
}

/** The late-rater attack through the API: reading the report, then again after one more answer. */
describe('report versions: a released report is frozen, and late answers arrive only in safe steps', () => {
  let t: TestApp;
  let coach: ApiClient;
  let campaignId: string;
  let peerTokens: string[];
  let questionnaire: Questionnaire;
  let version1: Report;
  /** Version 1's bytes and ETag as first read once released, before any later version existed. */
  let released1: { bytes: Buffer; etag: string | null };

  const answer = async (token: string, rating: number, comment: string): Promise<void> => {
    const text = questionnaire.questions.find((question) => question.type === 'text');
    const answers: Record<string, unknown> = Object.fromEntries(questionnaire.items.map((item, index) => [item.id, index % 4 === 3 ? null : rating]));
    if (text) answers[text.id] = comment;
    const result = await new ApiClient(t.baseUrl).post(`/api/responses/${token}`, { answers });
    expect(result.status).toBe(201);
  };

  beforeAll(async () => {
    t = await startTestApp();
    coach = (await signUpCoach(new ApiClient(t.baseUrl))).api;
    ({ campaignId } = await draftCampaign(coach, { raters: [...raters('boss', 1), ...raters('peer', 6), ...raters('direct_report', 3)] }));
    await coach.post(`/api/campaigns/${campaignId}/launch`);
    const mails = await t.mailbox.waitForCount(11);
    const tokens = (prefix: string) => mails.filter((mail) => mail.to.includes(prefix)).map((mail) => tokenOf(linkIn(mail)));
    peerTokens = tokens('peer-');
    questionnaire = (await new ApiClient(t.baseUrl).get<Questionnaire>(`/api/responses/${peerTokens[0]}`)).body;
    await answer(tokens('boss-')[0], 4, 'Strong on delivery.');
    for (const [index, token] of tokens('direct-report-').entries()) await answer(token, 2 + index, `Direct report comment ${index}`);
    for (const [index, token] of peerTokens.slice(0, 3).entries()) await answer(token, 3 + (index % 2), `Peer comment ${index}`);
    await waitForAggregated(coach, campaignId, 7);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('cuts version 1 at the first read, and releases it to the leader', async () => {
    const first = await coach.get<Report>(`/api/campaigns/${campaignId}/report`);
    expect(first.status).toBe(200);
    version1 = first.body;
    expect(version1.version).toMatchObject({ number: 1, releasedAt: null });
    expect(version1.aggregatedResponses).toBe(7);
    expect(version1.pending).toEqual({ answers: 0, unfolded: 0, notes: [], canPublish: false });

    const released = await coach.post<{ number: number; releasedAt: string }>(`/api/campaigns/${campaignId}/report/release`, {});
    expect(released.status).toBe(200);
    expect(released.body.number).toBe(1);
    expect(Date.parse(released.body.releasedAt)).not.toBeNaN();
  });

  it('keeps a late peer out of the report until enough peers answered to hide them, and says so', async () => {
    await answer(peerTokens[3], 1, 'The late peer speaks.');
    await waitForAggregated(coach, campaignId, 8);
    const report = (await coach.get<Report>(`/api/campaigns/${campaignId}/report`)).body;
    expect(report.version?.number).toBe(1);
    expect(report.themes).toEqual(version1.themes);
    expect(report.items).toEqual(version1.items);
    expect(JSON.stringify(report)).not.toContain('The late peer speaks.');
    expect(report.pending).toMatchObject({ answers: 1, canPublish: false });
    expect(report.pending?.notes.join(' ')).toMatch(/1 newer answer from Peers will be included once 2 more arrive/);
    const frozen = await coach.getFile(`/api/campaigns/${campaignId}/report?version=1`);
    released1 = { bytes: frozen.body, etag: frozen.headers.get('etag') };
    expect(JSON.parse(frozen.body.toString('utf8'))).toMatchObject({ version: { number: 1 }, pending: null, themes: version1.themes });
  });

  it('cuts version 2 once three new peers are in, and both versions can be compared without isolating anyone', async () => {
    for (const token of peerTokens.slice(4, 6)) await answer(token, 5, 'Another late peer.');
    await waitForAggregated(coach, campaignId, 10);
    const version2 = (await coach.get<Report>(`/api/campaigns/${campaignId}/report`)).body;
    expect(version2.version).toMatchObject({ number: 2, releasedAt: null });
    expect(version2.aggregatedResponses).toBe(10);
    expect(version2.buckets.find((bucket) => bucket.id === 'peer')?.responses).toBe(6);
    expect(JSON.stringify(version2)).toContain('The late peer speaks.');

    // Every cell shown in both versions changed by no rater or by at least the group's threshold.
    for (const item of version2.items) {
      const before = version1.items.find((candidate) => candidate.id === item.id);
      for (const column of ['peer', 'direct_report', 'others']) {
        const [a, b] = [before?.scores[column], item.scores[column]];
        if (a && b) expect([0, 3, 4, 5, 6, 7, 8, 9, 10]).toContain(b.n - a.n);
      }
    }

    const frozenResult = await coach.get<Report>(`/api/campaigns/${campaignId}/report?version=1`);
    expect({ status: frozenResult.status, body: frozenResult.status === 200 ? 'report' : frozenResult.body }).toEqual({ status: 200, body: 'report' });
    const frozen = frozenResult.body;
    expect(frozen.themes).toEqual(version1.themes);
    expect(frozen.version?.releasedAt).not.toBeNull();
    const list = (
      await coach.get<{ versions: { number: number; releasedAt: string | null; responses: number }[] }>(`/api/campaigns/${campaignId}/report/versions`)
    ).body;
    expect(list.versions.map((entry) => [entry.number, entry.releasedAt !== null, entry.responses])).toEqual([
      [1, true, 7],
      [2, false, 10],
    ]);
  });

  it('serves a released version as the same bytes at every read, with a strong ETag that If-None-Match turns into 304', async () => {
    const url = `/api/campaigns/${campaignId}/report?version=1`;
    const again = await coach.getFile(url);
    expect(again.status).toBe(200);
    expect(again.headers.get('content-type')).toMatch(/^application\/json/);
    // fetch accepts gzip: the tag is that of the gzipped bytes; the plain bytes have their own.
    expect(released1.etag).toMatch(/^"[A-Za-z0-9_-]{43}-gzip"$/);
    expect((await coach.getFile(url, { 'accept-encoding': 'identity' })).headers.get('etag')).toBe(released1.etag?.replace('-gzip', ''));
    // Version 2 has been cut since, with the late peers in it: version 1 is byte for byte what it was.
    expect(again.body.equals(released1.bytes)).toBe(true);
    expect(again.headers.get('etag')).toBe(released1.etag);

    const notModified = await coach.getFile(url, { 'if-none-match': released1.etag as string });
    expect(notModified.status).toBe(304);
    expect(notModified.body).toHaveLength(0);
    expect(notModified.headers.get('etag')).toBe(released1.etag);
    expect((await coach.getFile(url, { 'if-none-match': '"something else"' })).status).toBe(200);
    // Another version has other bytes, and the tag of version 1 does not stand for it.
    const version2 = await coach.getFile(`/api/campaigns/${campaignId}/report?version=2`, { 'if-none-match': released1.etag as string });
    expect(version2.status).toBe(200);
    expect(version2.headers.get('etag')).not.toBe(released1.etag);

    // The latest report too: unchanged bytes, 304; another coach asking with the tag gets 404, not 304.
    const latest = await coach.getFile(`/api/campaigns/${campaignId}/report`);
    expect((await coach.getFile(`/api/campaigns/${campaignId}/report`, { 'if-none-match': latest.headers.get('etag') as string })).status).toBe(304);
    const other = (await signUpCoach(new ApiClient(t.baseUrl), 'Other Coach')).api;
    expect((await other.getFile(url, { 'if-none-match': released1.etag as string })).status).toBe(404);
  });

  it('gzips the report for a client that accepts it, to exactly the JSON it serves plain, with a tag and a 304 of its own', async () => {
    const browser = { 'accept-encoding': 'gzip, deflate, br, zstd' };
    for (const path of [`/api/campaigns/${campaignId}/report?version=1`, `/api/campaigns/${campaignId}/report`]) {
      const plain = await rawGet(coach, path, { 'accept-encoding': 'identity' });
      const gzip = await rawGet(coach, path, browser);
      expect([path, plain.status, plain.headers['content-encoding'], gzip.status, gzip.headers['content-encoding']]).toEqual([
        path,
        200,
        undefined,
        200,
        'gzip',
      ]);
      expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);
      expect(gzip.body.length).toBeLessThan(plain.body.length / 3);
      expect(gzip.headers['content-length']).toBe(String(gzip.body.length));
      expect(gzip.headers.vary).toMatch(/Accept-Encoding/);
      expect(plain.headers.vary).toMatch(/Accept-Encoding/);
      expect(gzip.headers.etag).toBe(`${plain.headers.etag.slice(0, -1)}-gzip"`);
      // Each tag stands for its own bytes: a 304 only where the client would get those same bytes.
      expect((await rawGet(coach, path, { ...browser, 'if-none-match': gzip.headers.etag })).status).toBe(304);
      expect((await rawGet(coach, path, { 'accept-encoding': 'identity', 'if-none-match': plain.headers.etag })).status).toBe(304);
      expect((await rawGet(coach, path, { 'accept-encoding': 'identity', 'if-none-match': gzip.headers.etag })).status).toBe(200);
      expect((await rawGet(coach, path, { ...browser, 'if-none-match': plain.headers.etag })).status).toBe(200);
      // No Accept-Encoding, or gzip refused: plain JSON.
      expect((await rawGet(coach, path, {})).headers['content-encoding']).toBeUndefined();
      expect((await rawGet(coach, path, { 'accept-encoding': 'gzip;q=0, identity' })).headers['content-encoding']).toBeUndefined();
    }
    // The latest report is version 2 with what it leaves out: the late peer is in it, and pending counts nothing waiting.
    const latest = JSON.parse(gunzipSync((await rawGet(coach, `/api/campaigns/${campaignId}/report`, browser)).body).toString('utf8')) as Report;
    expect(latest.version?.number).toBe(2);
    expect(latest.pending).toEqual({ answers: 0, unfolded: 0, notes: [], canPublish: false });
  });

  it('serves a released version as released, in both codings, though it was read before its release', async () => {
    const path = `/api/campaigns/${campaignId}/report?version=2`;
    const before = await rawGet(coach, path, { 'accept-encoding': 'gzip' });
    expect((JSON.parse(gunzipSync(before.body).toString('utf8')) as Report).version?.releasedAt).toBeNull();
    expect((await coach.post(`/api/campaigns/${campaignId}/report/release`, { version: 2 })).status).toBe(200);
    const [gzip, plain] = [await rawGet(coach, path, { 'accept-encoding': 'gzip' }), await rawGet(coach, path, {})];
    expect(gzip.headers.etag).not.toBe(before.headers.etag);
    expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);
    expect(Date.parse((JSON.parse(plain.body.toString('utf8')) as Report).version?.releasedAt ?? '')).not.toBeNaN();
  });

  it('serves a version stored before comment themes could be reviewed with the statement that they were not', async () => {
    await t.db.query(`UPDATE report_versions SET report = report - 'commentReview' WHERE campaign_id = $1 AND number = 2`, [campaignId]);
    expect((await t.db.query(`SELECT body FROM report_versions WHERE campaign_id = $1 AND number = 2`, [campaignId]))[0].body).toBeNull();
    const old = await coach.get<{ commentReview: { status: string; reviewed: number } }>(`/api/campaigns/${campaignId}/report?version=2`);
    expect(old.status).toBe(200);
    expect(old.body.commentReview).toMatchObject({ reviewed: 0 });
  });

  it("opens a frozen version on the coach's page and in its PDF, as the API does", async () => {
    const html = { accept: 'text/html' };
    const frozenPage = await coach.request<string>('GET', `/coach/campaigns/${campaignId}/report?version=1`, undefined, html);
    expect(frozenPage.status).toBe(200);
    expect(frozenPage.body).not.toContain('The late peer speaks.');
    const latestPage = await coach.request<string>('GET', `/coach/campaigns/${campaignId}/report`, undefined, html);
    expect(latestPage.status).toBe(200);
    expect(latestPage.body).toContain('The late peer speaks.');
    const frozenPdf = await coach.getFile(`/coach/campaigns/${campaignId}/report.pdf?version=1`);
    expect(frozenPdf.status).toBe(200);
    expect(frozenPdf.headers.get('content-type')).toBe('application/pdf');
    expect(frozenPdf.headers.get('content-disposition')).toMatch(/-v1\.pdf"$/);
    for (const version of ['0', 'abc', '1.5']) {
      const bad = await coach.request<string>('GET', `/coach/campaigns/${campaignId}/report?version=${version}`, undefined, html);
      expect([version, bad.status]).toEqual([version, 400]);
      expect(bad.body).toContain('version: must be a whole number of at least 1');
    }
  });

  it('answers a bad version with 400 naming it, and an unknown one with 404', async () => {
    const bad = await coach.get<{ message: string }>(`/api/campaigns/${campaignId}/report?version=abc`);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.message)).toContain('version: must be a whole number of at least 1');
    expect((await coach.get(`/api/campaigns/${campaignId}/report?version=2`)).status).toBe(200);
    expect((await coach.get(`/api/campaigns/${campaignId}/report?version=99`)).status).toBe(404);
    expect((await coach.post(`/api/campaigns/${campaignId}/report/release`, { version: 'two' })).status).toBe(400);
  });
});
