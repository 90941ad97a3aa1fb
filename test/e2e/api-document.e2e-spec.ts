import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run360 } from '../../examples/client/run-360';
import { startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(60_000);

describe('the API document and the typed client built from it', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('serves at /api/docs-json exactly the openapi.json kept in the repository', async () => {
    const served = await fetch(`${t.baseUrl}/api/docs-json`);
    expect(served.status).toBe(200);
    expect(await served.json()).toEqual(JSON.parse(readFileSync(join(__dirname, '..', '..', 'openapi.json'), 'utf8')));
  });

  it("runs the README's typed client: sign up, engagement, campaign, raters, launch, progress and report", async () => {
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      const { progress, report } = await run360(t.baseUrl);
      // Three raters and the leader, invited as self; nobody has answered yet.
      expect(progress).toMatchObject({ status: 'open', invited: 4, responded: 0, aggregated: 0, declined: 0, declineReasons: [] });
      expect(progress.groups).toEqual({
        self: { invited: 1, responded: 0, declined: 0, notDelivered: 0 },
        boss: { invited: 1, responded: 0, declined: 0, notDelivered: 0 },
        peer: { invited: 1, responded: 0, declined: 0, notDelivered: 0 },
        direct_report: { invited: 1, responded: 0, declined: 0, notDelivered: 0 },
      });
      expect(report.aggregatedResponses).toBe(0);
      expect(report.themes.map((theme) => theme.id)).toContain('communication');
      expect(write.mock.calls.map(([text]) => String(text)).join('')).toMatch(/^Launched "[^"]+": 4 invitations to /);
    } finally {
      write.mockRestore();
    }
  });
});
