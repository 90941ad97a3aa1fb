import type { JobType, Queue } from 'bullmq';
import { waitUntil } from '../../src/common/wait-until';

/** The states of a job that may still run: queued, running, or waiting for its next attempt. */
const UNFINISHED: JobType[] = ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children'];

/**
 * Until every job queued so far has finished, completed or out of attempts: from then on, no
 * attempt of theirs can still send or fold anything.
 */
export async function waitForDrainedQueue(queue: Queue, what: string, timeoutMs?: number): Promise<void> {
  await waitUntil(async () => Object.values(await queue.getJobCounts(...UNFINISHED)).every((count) => count === 0), { what, timeoutMs });
}
