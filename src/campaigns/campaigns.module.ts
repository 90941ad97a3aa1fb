import { Module } from '@nestjs/common';
import { EngagementsModule } from '../engagements/engagements.module';
import { CampaignRepository } from './campaign.repository';
import { ReminderRoundRepository } from './reminder-round.repository';
import { CampaignsController } from './campaigns.controller';
import { CampaignsService } from './campaigns.service';
import { NominationRepository } from './nominations/nomination.repository';
import { NominationsController } from './nominations/nominations.controller';
import { NominationsService } from './nominations/nominations.service';

@Module({
  imports: [EngagementsModule],
  controllers: [CampaignsController, NominationsController],
  providers: [CampaignsService, CampaignRepository, ReminderRoundRepository, NominationRepository, NominationsService],
  exports: [CampaignsService, CampaignRepository, ReminderRoundRepository, NominationsService],
})
export class CampaignsModule {}
