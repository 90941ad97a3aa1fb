import { Module } from '@nestjs/common';
import { AggregationModule } from '../aggregation/aggregation.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { InterviewsController } from './interviews.controller';
import { InterviewRepository } from './interview.repository';
import { InterviewsService } from './interviews.service';
import { RaterAssetsController } from './rater-assets.controller';
import { RaterFormController } from './rater-form.controller';
import { ResponseRepository } from './response.repository';
import { ResponsesApiController } from './responses-api.controller';
import { ResponsesService } from './responses.service';

@Module({
  imports: [CampaignsModule, AggregationModule],
  controllers: [ResponsesApiController, RaterAssetsController, RaterFormController, InterviewsController],
  providers: [ResponsesService, ResponseRepository, InterviewRepository, InterviewsService],
  exports: [InterviewsService],
})
export class ResponsesModule {}
