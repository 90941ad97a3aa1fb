import { Module } from '@nestjs/common';
import { EngagementsModule } from '../engagements/engagements.module';
import { CampaignRepository } from './campaign.repository';
import { CampaignsController } from './campaigns.controller';
import { CampaignsService } from './campaigns.service';

@Module({
  imports: [EngagementsModule],
  controllers: [CampaignsController],
  providers: [CampaignsService, CampaignRepository],
  exports: [CampaignsService, CampaignRepository],
})
export class CampaignsModule {}
