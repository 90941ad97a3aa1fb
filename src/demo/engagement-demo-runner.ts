import { DemoError } from './demo.error';
import { onDemoSystem, seconds } from './demo-runner';
import { summariseProgram, summariseReview } from './review-summary';
import { runSampleEngagement } from './sample-engagement';

export interface EngagementDemoOptions {
  keepServing: boolean;
  log: (line: string) => void;
  env?: NodeJS.ProcessEnv;
}

export interface EngagementDemoResult {
  coachToken: string;
  engagementId: string;
  programUrl: string;
  reviewUrl: string;
  leaderLink: string;
  sponsorLink: string;
  stop(): Promise<void>;
}

/**
 * `npm run demo:engagement`: the whole coaching loop for the sample leader, from contracting to the
 * final review, through the real HTTP API; prints the program and the review, and where to read them.
 */
export async function runEngagementDemo(options: EngagementDemoOptions): Promise<EngagementDemoResult> {
  const { log } = options;
  try {
    return await onDemoSystem(options, async ({ apiUrl, publicUrl, started, stop }) => {
      const sample = await runSampleEngagement({ apiUrl, publicUrl, log });
      log('');
      summariseProgram(sample.program).forEach((line) => log(line));
      log('');
      summariseReview(sample.review).forEach((line) => log(line));
      const programUrl = `${publicUrl}/api/engagements/${sample.engagementId}/program`;
      const reviewUrl = `${publicUrl}/api/engagements/${sample.engagementId}/review`;
      const auth = `-H "Authorization: Bearer ${sample.coachToken}"`;
      log('');
      log(`Engagement demo done in ${seconds(started)}. Where to read the program and the review:`);
      log(`  Program (JSON):      curl ${auth} ${programUrl}`);
      log(`  Review (JSON):       curl ${auth} ${reviewUrl}`);
      log(`  As the leader:       ${sample.leaderLink}`);
      log(`                       then ${publicUrl}/leader/${sample.engagementId}/program and /review (pages), /api/... (JSON)`);
      log(`  As the sponsor:      ${sample.sponsorLink}   (the three meeting agendas)`);
      log('  Sign-in links work once, within an hour.');
      log(`  Mail outbox:         ${publicUrl}/dev/outbox`);
      if (options.keepServing) log('Serving until Ctrl-C.');
      return {
        coachToken: sample.coachToken,
        engagementId: sample.engagementId,
        programUrl,
        reviewUrl,
        leaderLink: sample.leaderLink,
        sponsorLink: sample.sponsorLink,
        stop,
      };
    });
  } catch (error) {
    throw error instanceof DemoError ? error : new DemoError(`The engagement demo failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
