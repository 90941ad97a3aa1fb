import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { CampaignRepository } from '../campaigns/campaign.repository';
import { CampaignsService } from '../campaigns/campaigns.service';
import { runPeriodically } from '../common/periodic-task';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

/** Queues invitations that never reached the mail queue (Redis was away at launch). Worker role only. */
@Injectable()
export class InvitationSweeper implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private stop: (() => Promise<void>) | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly campaigns: CampaignRepository,
    private readonly campaignsService: CampaignsService,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.role === 'api') return;
    this.stop = runPeriodically('InvitationSweeper', this.config.sweepIntervalMs, async () => {
      const ids = await this.campaigns.undeliveredInvitationIds(1_000);
      if (ids.length > 0) await this.campaignsService.mailInvitations(ids);
    });
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.stop?.();
  }
}
