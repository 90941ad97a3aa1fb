import { Module } from '@nestjs/common';
import { AggregationModule } from '../aggregation/aggregation.module';
import { EngagementsModule } from '../engagements/engagements.module';
import { CampaignRepository } from './campaign.repository';
import { CampaignsController } from './campaigns.controller';
import { CampaignsService } from './campaigns.service';

@Module({
  imports: [EngagementsModule, AggregationModule],
  controllers: [CampaignsController],
  providers: [CampaignsService, CampaignRepository],
  exports: [CampaignsService, CampaignRepository],
})
export class CampaignsModule {}
