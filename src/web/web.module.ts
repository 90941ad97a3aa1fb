import { ResponsesModule } from '../responses/responses.module';
import { InterviewPagesController } from './campaigns/interview-pages.controller';
import { type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { AccessModule } from '../access/access.module';
import { EngagementsModule } from '../engagements/engagements.module';
import { ExportsModule } from '../exports/exports.module';
import { ProgramsModule } from '../programs/programs.module';
import { ReportsModule } from '../reports/reports.module';
import { PasswordPagesController } from './account/password-pages.controller';
import { SignupPageController } from './account/signup-page.controller';
import { DashboardController } from './dashboard/dashboard.controller';
import { CampaignPageLoader } from './campaigns/campaign-page.loader';
import { CampaignPagesController } from './campaigns/campaign-pages.controller';
import { CampaignSetupController } from './campaigns/campaign-setup.controller';
import { csvUpload } from './campaigns/csv-upload.middleware';
import { NominationPagesController } from './campaigns/nomination-pages.controller';
import { RatersPagesController } from './campaigns/raters-pages.controller';
import { EngagementStateService } from './engagement-state.service';
import { CheckInsController } from './programs/check-ins.controller';
import { ProgramEditController } from './programs/program-edit.controller';
import { ReportAccessController } from './reports/report-access.controller';
import { CommentReviewPageController } from './reports/comment-review-page.controller';
import { EngagementPagesController } from './engagements/engagement-pages.controller';

/**
 * The coach's pages: every step of an engagement in the browser, server-rendered, one controller
 * per screen with its view-building beside it. An edge module: it calls the services the JSON
 * API calls, and nothing depends on it.
 */
import { PulsesModule } from '../pulses/pulses.module';
import { PulsePagesController } from './pulses/pulse-pages.controller';
@Module({
  imports: [EngagementsModule, CampaignsModule, ReportsModule, ProgramsModule, ExportsModule, AccessModule, PulsesModule, ResponsesModule],
  controllers: [
    PulsePagesController,
    SignupPageController,
    PasswordPagesController,
    DashboardController,
    EngagementPagesController,
    CampaignSetupController,
    CampaignPagesController,
    InterviewPagesController,
    RatersPagesController,
    NominationPagesController,
    ReportAccessController,
    CommentReviewPageController,
    ProgramEditController,
    CheckInsController,
  ],
  providers: [EngagementStateService, CampaignPageLoader],
})
export class WebModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(csvUpload).forRoutes({ path: 'coach/campaigns/:id/raters/upload', method: RequestMethod.POST });
  }
}
