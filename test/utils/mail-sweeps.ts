import { waitUntil } from '../../src/common/wait-until';
import { InvitationSweeper } from '../../src/mail/invitation-sweeper';
import { QueueName } from '../../src/queue/jobs';
import { JobQueueService } from '../../src/queue/job-queue.service';
import { waitForDrainedQueue } from './drain-queue';
import type { TestApp } from './test-app';

/**
 * Counts the invitation sweep's finished runs (queueing thank-yous is its last step), so that a
 * test can wait for whole sweeps instead of for a while.
 */
export function countSweeps(t: TestApp): () => number {
  const sweeper = t.app.get(InvitationSweeper);
  const queueThanks = sweeper.queueThanks.bind(sweeper);
  let finished = 0;
  jest.spyOn(sweeper, 'queueThanks').mockImplementation(() =>
    queueThanks().finally(() => {
      finished += 1;
    }),
  );
  return () => finished;
}

export const mailQueue = (t: TestApp) => t.app.get(JobQueueService).queue(QueueName.Email);

/**
 * Until a whole sweep has run since the call and every mail job, including any that sweep
 * queued, has finished: after that, neither a job's next attempt nor a sweep can still send.
 */
export async function waitForSweepAndMailJobs(t: TestApp, sweeps: () => number): Promise<void> {
  // The first sweep to finish may have begun before the call; the one after it began after it.
  const finished = sweeps() + 2;
  await waitUntil(() => sweeps() >= finished, { what: 'a whole sweep of the invitations' });
  await waitForDrainedQueue(mailQueue(t), 'every mail job to finish');
}
