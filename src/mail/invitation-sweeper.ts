import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { CampaignRepository } from '../campaigns/campaign.repository';
import { ReminderRoundRepository } from '../campaigns/reminder-round.repository';
import { CampaignsService, invitationJobId } from '../campaigns/campaigns.service';
import { runPeriodically } from '../common/periodic-task';
import { JobName } from '../queue/jobs';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { JobQueueService } from '../queue/job-queue.service';
import { MailRepository } from './mail.repository';

export const thankYouJobId = (invitationId: string): string => `thanks-${invitationId}`;

/**
 * Worker role only. Queues invitations that never reached the mail queue (Redis was away at
 * launch) and reminder rounds that never did, retries invitations whose mail jobs gave up, in
 * rounds of growing delay (delivery-retry), and thanks the raters of campaigns that have closed.
 */
@Injectable()
export class InvitationSweeper implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(InvitationSweeper.name);
  private stop: (() => Promise<void>) | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly campaigns: CampaignRepository,
    private readonly reminderRounds: ReminderRoundRepository,
    private readonly campaignsService: CampaignsService,
    private readonly mails: MailRepository,
    private readonly jobs: JobQueueService,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.role === 'api') return;
    this.stop = runPeriodically('InvitationSweeper', this.config.sweepIntervalMs, async () => {
      const ids = await this.campaigns.undeliveredInvitationIds(1_000);
      if (ids.length > 0) await this.campaignsService.mailInvitations(ids);
      await this.retryFailedDeliveries();
      await this.queueWaitingReminders();
      await this.queueThanks();
    });
  }

  /**
   * Each due round is queued under its own job id before it is recorded: should recording fail,
   * the next sweep queues the same round again, and BullMQ ignores a job id it already has. So a
   * round runs once, and the next is only due when its last attempt has failed.
   */
  async retryFailedDeliveries(): Promise<number> {
    const due = await this.mails.dueRetries(1_000);
    if (due.length === 0) return 0;
    await this.jobs.addMany(
      JobName.SendInvitation,
      due.map(({ invitationId, round }) => ({ payload: { invitationId, round }, jobId: invitationJobId(invitationId, round) })),
    );
    for (const { invitationId, round } of due) await this.mails.markRetryQueued(invitationId, round);
    this.logger.log(`${due.length} invitation(s) queued again after their delivery failed`);
    return due.length;
  }

  /** Reminder rounds the coach sent while Redis was away or stalled: each campaign's latest, once. */
  async queueWaitingReminders(): Promise<number> {
    // Each would wait for the queue's timeout and log it: the next sweep tries again.
    if (!this.jobs.reachable()) return 0;
    let queued = 0;
    for (const round of await this.reminderRounds.unqueuedReminderRounds(100)) if (await this.campaignsService.queueReminderRound(round)) queued += 1;
    if (queued > 0) this.logger.log(`${queued} reminder round(s) queued after Redis came back`);
    return queued;
  }

  /** One job id per invitation: BullMQ ignores a thank-you already queued by an earlier sweep. */
  async queueThanks(): Promise<number> {
    const due = await this.mails.dueThanks(1_000);
    if (due.length === 0) return 0;
    await this.jobs.addMany(
      JobName.SendThankYou,
      due.map((invitationId) => ({ payload: { invitationId }, jobId: thankYouJobId(invitationId) })),
    );
    return due.length;
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.stop?.();
  }
}
