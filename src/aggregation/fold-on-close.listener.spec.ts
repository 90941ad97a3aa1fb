import type { JobQueueService } from '../queue/job-queue.service';
import { JobName } from '../queue/jobs';
import { CampaignClosed } from '../campaigns/campaign.events';
import { closeFoldJobId, FoldOnCloseListener } from './fold-on-close.listener';

describe('FoldOnCloseListener', () => {
  it('queues one final fold of the closed campaign instead of folding in the request', async () => {
    const queued: unknown[][] = [];
    const jobs = { add: async (...args: unknown[]) => void queued.push(args) } as unknown as JobQueueService;
    await new FoldOnCloseListener(jobs).foldWhatIsLeft(new CampaignClosed('c-1'));
    expect(queued).toEqual([[JobName.FoldAnswers, { campaignId: 'c-1' }, 'fold-c-1-close']]);
    expect(closeFoldJobId('c-1')).toBe(closeFoldJobId('c-1'));
  });

  it('lets the close stand when Redis is away: the sweep folds the answers later', async () => {
    const jobs = { add: () => Promise.reject(new Error('enqueue fold-answers timed out')) } as unknown as JobQueueService;
    await expect(new FoldOnCloseListener(jobs).foldWhatIsLeft(new CampaignClosed('c-1'))).resolves.toBeUndefined();
  });
});
