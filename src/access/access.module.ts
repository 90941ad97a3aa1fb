import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { EngagementsModule } from '../engagements/engagements.module';
import { ProgramsModule } from '../programs/programs.module';
import { ReportsModule } from '../reports/reports.module';
import { ReviewsModule } from '../reviews/reviews.module';
import { AccessLinksController } from './access-links.controller';
import { AccessRepository } from './access.repository';
import { AccessService } from './access.service';
import { LeaderSessionGuard, SponsorSessionGuard } from './access-session.guard';
import { LeaderApiController, LeaderPagesController } from './leader.controller';
import { LeaderService } from './leader.service';
import { LeaderRatersApiController, LeaderRatersPagesController } from './leader-raters.controller';
import { SignInController } from './sign-in.controller';
import { SponsorApiController, SponsorPagesController } from './sponsor.controller';
import { SponsorService } from './sponsor.service';

@Module({
  imports: [EngagementsModule, CampaignsModule, ReportsModule, ProgramsModule, ReviewsModule],
  controllers: [
    AccessLinksController,
    SignInController,
    LeaderPagesController,
    LeaderApiController,
    LeaderRatersPagesController,
    LeaderRatersApiController,
    SponsorPagesController,
    SponsorApiController,
  ],
  providers: [AccessRepository, AccessService, LeaderService, SponsorService, LeaderSessionGuard, SponsorSessionGuard],
  exports: [AccessService, SponsorService],
})
export class AccessModule {}
