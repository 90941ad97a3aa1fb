import { Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { CampaignClosed } from '../campaigns/campaign.events';
import { JobQueueService } from '../queue/job-queue.service';
import { JobName } from '../queue/jobs';

/** One final fold per campaign: a campaign closes once, and a second add of the same id is ignored. */
export const closeFoldJobId = (campaignId: string): string => `fold-${campaignId}-close`;

/**
 * A closed campaign's report should be complete soon after the campaign is: the answers still
 * waiting for a batch of their group are folded by a worker at once. The close only queues that
 * fold (reading hundreds of comments takes seconds, and an api process holds no sentence encoder);
 * progress shows `aggregated` catching up. Should Redis be away, the close stands and the
 * workers' sweep, which settles every closed campaign with answers waiting, folds them.
 */
@Injectable()
export class FoldOnCloseListener {
  private readonly logger = new Logger(FoldOnCloseListener.name);

  constructor(private readonly jobs: JobQueueService) {}

  @OnEvent(CampaignClosed.event, { promisify: true })
  async foldWhatIsLeft(event: CampaignClosed): Promise<void> {
    try {
      await this.jobs.add(JobName.FoldAnswers, { campaignId: event.campaignId }, closeFoldJobId(event.campaignId));
    } catch (error) {
      this.logger.warn({ err: (error as Error).message }, 'final fold not queued at close; the sweep will fold what is left');
    }
  }
}
