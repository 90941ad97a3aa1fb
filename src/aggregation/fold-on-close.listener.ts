import { Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { CampaignClosed } from '../campaigns/campaign.events';
import { AggregationService } from './aggregation.service';

/**
 * A closed campaign's report should be complete as soon as the campaign is: the answers still
 * waiting for a batch of their group are folded at once. The close waits for this; should the
 * fold fail, the close stands and the workers' sweep folds them.
 */
@Injectable()
export class FoldOnCloseListener {
  private readonly logger = new Logger(FoldOnCloseListener.name);

  constructor(private readonly aggregation: AggregationService) {}

  @OnEvent(CampaignClosed.event, { promisify: true })
  async foldWhatIsLeft(event: CampaignClosed): Promise<void> {
    try {
      await this.aggregation.settle(event.campaignId, { skipLocked: false });
    } catch (error) {
      this.logger.warn({ err: (error as Error).message }, 'answers not folded at close; the sweep will fold them');
    }
  }
}
