import { runDemo } from '../../src/demo/demo-runner';
import { ApiClient, waitForAggregated } from '../factories/api-client';
import { tokenOf } from '../utils/mailbox';
import { deleteQueueKeys, freePort, testEnv } from '../utils/test-app';
import { openRaterLink } from '../utils/rater-link';
import { dropDatabase } from '../utils/test-database';

jest.setTimeout(120_000);

describe('npm run demo', () => {
  it('runs a sample 360 through the API, prints the report summary and the links, and leaves one rater link open', async () => {
    const port = await freePort();
    const env = testEnv({ PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}` });
    const lines: string[] = [];
    const demo = await runDemo({ keepServing: false, log: (line) => lines.push(line), env: { ...env, SMTP_URL: 'smtp://ignored.example:25' } });
    try {
      const output = lines.join('\n');
      expect(output).toContain('ignoring it');
      expect(output).toMatch(/Preparing comment theming [^\n]*\.\.\.\nComment theming ready \(\d+\.\d s\)/);
      expect(output).toMatch(/Invitations sent: .*\b12\/12\b/);
      expect(output).toMatch(/Waiting for aggregation: .*\b11\/11\b/);
      expect(output).toContain('Themed report for Alex Morgan: 11 answers aggregated');
      expect(output).toMatch(/Communication and listening\s+\d\.\d\d\s+\d\.\d\d\s+\+\d\.\d\d\s+BLIND SPOT/);
      expect(output).toContain('Priorities for the development program:');
      expect(output).toContain(`${env.PUBLIC_URL}/dev/outbox`);

      const report = await new ApiClient(env.PUBLIC_URL, demo.coachToken).get<{ aggregatedResponses: number }>(demo.reportUrl.replace(env.PUBLIC_URL, ''));
      expect(report.status).toBe(200);
      expect(report.body.aggregatedResponses).toBe(11);
      const open = await openRaterLink(demo.openRaterLink);
      expect(open.status).toBe(200);
      expect(open.html).toContain('Your answers are anonymous');
      // What the output says of that answer holds: counted at once, in the report only with a batch of Peers.
      expect(output).toContain('Progress counts it at once; the report takes in new answers from Peers only 3 at a time,');
      const coach = new ApiClient(env.PUBLIC_URL, demo.coachToken);
      const campaignPath = demo.reportUrl.replace(env.PUBLIC_URL, '').replace(/\/report$/, '');
      const questionnaire = await new ApiClient(env.PUBLIC_URL).get<{ items: { id: string }[] }>(`/api/responses/${tokenOf(demo.openRaterLink)}`);
      const answers = Object.fromEntries(questionnaire.body.items.map((item) => [item.id, 4]));
      expect((await new ApiClient(env.PUBLIC_URL).post(`/api/responses/${tokenOf(demo.openRaterLink)}`, { answers })).status).toBe(201);
      expect((await coach.get<{ responded: number }>(`${campaignPath}/progress`)).body.responded).toBe(12);
      await waitForAggregated(coach, campaignPath.split('/').pop()!, 12);
      const later = await coach.get<{ aggregatedResponses: number; pending: { notes: string[] } }>(`${campaignPath}/report`);
      expect(later.body.aggregatedResponses).toBe(11);
      expect(later.body.pending.notes).toContainEqual(expect.stringMatching(/^1 newer answer from Peers will be included once 2 more arrive/));
      const outbox = await fetch(`${env.PUBLIC_URL}/dev/outbox`);
      expect(await outbox.text()).toContain('Your feedback on Alex Morgan');

      // The report page and its PDF, where the output says, with the token and with the printed sign-in.
      expect(output).toContain(`Report page:         ${demo.reportPageUrl}`);
      expect(output).toContain(`Report PDF:          ${demo.reportPdfUrl}`);
      expect(output).toContain(`sign in first at ${demo.loginUrl}`);
      expect(output).toContain(`as ${demo.coach.email}, password ${demo.coach.password}`);
      const auth = { authorization: `Bearer ${demo.coachToken}` };
      const page = await fetch(demo.reportPageUrl, { headers: auth });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');
      expect(await page.text()).toMatch(/<h2 id="priorities">Priorities for the development program<\/h2>[\s\S]*Communication and listening/);
      const pdf = await fetch(demo.reportPdfUrl, { headers: auth });
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect(
        Buffer.from(await pdf.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');

      const login = await new ApiClient(env.PUBLIC_URL).postForm('/coach/login', [
        ['email', demo.coach.email],
        ['password', demo.coach.password],
        ['next', new URL(demo.loginUrl).searchParams.get('next') ?? ''],
      ]);
      expect(login.status).toBe(303);
      expect(new URL(login.headers.get('location') ?? '', env.PUBLIC_URL).toString()).toBe(demo.reportPageUrl);
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
      expect((await fetch(demo.reportPageUrl, { headers: { cookie } })).status).toBe(200);
    } finally {
      await demo.stop();
      await dropDatabase(env.DATABASE_URL);
      await deleteQueueKeys(env.QUEUE_PREFIX);
    }
  });
});
