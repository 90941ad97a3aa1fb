import { runEngagementDemo } from '../../src/demo/engagement-demo-runner';
import { ApiClient } from '../factories/api-client';
import { signInWith, withCookie } from '../utils/access-link';
import { deleteQueueKeys, freePort, testEnv } from '../utils/test-app';
import { dropDatabase } from '../utils/test-database';

jest.setTimeout(120_000);

interface Review {
  rounds: Record<string, { responses: number } | null>;
  goals: { status: string; baseline: { mean: number } | null; final: { mean: number } | null }[];
  raterMix: { changed: boolean };
}

describe('npm run demo:engagement', () => {
  it('runs a whole engagement through baseline, mid and final review, prints the program and the review, and where to read them', async () => {
    const port = await freePort();
    const env = testEnv({ PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}` });
    const lines: string[] = [];
    const demo = await runEngagementDemo({ keepServing: false, log: (line) => lines.push(line), env });
    try {
      const output = lines.join('\n');
      expect(output).toMatch(/Contracting: engagement for Alex Morgan with 3 intended outcomes \(2 with an indicator\)/);
      expect(output).toMatch(/baseline: 12 answers aggregated: .*12\/12/);
      expect(output).toMatch(/Program design: focus on .+\(\d\.\d\d -> \d\.\d\)/);
      expect(output).toMatch(/Final review: progress pulse on the \d focus themes, the same 12 people asked again \(Ben Carter does not answer\)/);
      expect(output).toMatch(/Check-ins: 6 sessions \(390 minutes\); done \d+ of \d+ planned/);
      expect(output).toMatch(/Goal\s+Base\s+Mid\s+Final\s+Target\s+Change seen\s+Status/);
      expect(output).toContain('ACHIEVED');
      expect(output).toContain('Compare with care, the rater mix changed:');
      expect(output).toContain(`Program (JSON):      curl -H "Authorization: Bearer ${demo.coachToken}" ${demo.programUrl}`);
      expect(output).toContain(`Review (JSON):       curl -H "Authorization: Bearer ${demo.coachToken}" ${demo.reviewUrl}`);

      const coach = new ApiClient(env.PUBLIC_URL, demo.coachToken);
      const review = await coach.get<Review>(demo.reviewUrl.replace(env.PUBLIC_URL, ''));
      expect(review.status).toBe(200);
      expect([review.body.rounds.baseline?.responses, review.body.rounds.midpoint?.responses, review.body.rounds.final?.responses]).toEqual([12, 12, 11]);
      expect(review.body.raterMix.changed).toBe(true);
      expect(new Set(review.body.goals.map((goal) => goal.status)).size).toBeGreaterThan(1);
      expect((await coach.get<{ phase: string }>(`/api/engagements/${demo.engagementId}`)).body.phase).toBe('final_review');

      // The printed links are unused: the leader reads the program page, the sponsor the agendas.
      const leader = await signInWith(demo.leaderLink);
      expect((await withCookie(`${env.PUBLIC_URL}${leader.location}/program`, leader.cookie)).text).toContain('Alex Morgan: development program');
      const sponsor = await signInWith(demo.sponsorLink);
      const agenda = await withCookie(`${env.PUBLIC_URL}${sponsor.location}`, sponsor.cookie);
      expect(agenda.text).toContain('Mid-program: progress');
      expect(agenda.text).toContain('the goals and the progress');
    } finally {
      await demo.stop();
      await dropDatabase(env.DATABASE_URL);
      await deleteQueueKeys(env.QUEUE_PREFIX);
    }
  });
});
