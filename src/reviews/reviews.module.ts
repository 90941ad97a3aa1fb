import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { EngagementsModule } from '../engagements/engagements.module';
import { ProgramsModule } from '../programs/programs.module';
import { ReportsModule } from '../reports/reports.module';
import { ReviewPagesController } from './review-pages.controller';
import { ReviewsController } from './reviews.controller';
import { ReviewsService } from './reviews.service';

@Module({
  imports: [EngagementsModule, CampaignsModule, ProgramsModule, ReportsModule],
  controllers: [ReviewsController, ReviewPagesController],
  providers: [ReviewsService],
  exports: [ReviewsService],
})
export class ReviewsModule {}
