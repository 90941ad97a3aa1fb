import type { AggregationService } from './aggregation.service';
import { CampaignClosed } from '../campaigns/campaign.events';
import { FoldOnCloseListener } from './fold-on-close.listener';

describe('FoldOnCloseListener', () => {
  it('folds everything a closed campaign still holds, waiting for the lock rather than skipping it', async () => {
    const settled: [string, { skipLocked: boolean }][] = [];
    const aggregation = {
      settle: async (id: string, options: { skipLocked: boolean }) => (settled.push([id, options]), { status: 'settled', folded: 2, waiting: 0 }),
    } as unknown as AggregationService;
    await new FoldOnCloseListener(aggregation).foldWhatIsLeft(new CampaignClosed('c-1'));
    expect(settled).toEqual([['c-1', { skipLocked: false }]]);
  });

  it('lets the close stand when the fold fails: the sweep folds the answers later', async () => {
    const aggregation = { settle: () => Promise.reject(new Error('connection terminated')) } as unknown as AggregationService;
    await expect(new FoldOnCloseListener(aggregation).foldWhatIsLeft(new CampaignClosed('c-1'))).resolves.toBeUndefined();
  });
});
