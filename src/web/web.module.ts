import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { AccessModule } from '../access/access.module';
import { EngagementsModule } from '../engagements/engagements.module';
import { ExportsModule } from '../exports/exports.module';
import { ProgramsModule } from '../programs/programs.module';
import { ReportsModule } from '../reports/reports.module';
import { PasswordPagesController } from './account/password-pages.controller';
import { SignupPageController } from './account/signup-page.controller';
import { DashboardController } from './dashboard/dashboard.controller';
import { EngagementStateService } from './engagement-state.service';
import { EngagementPagesController } from './engagements/engagement-pages.controller';

/**
 * The coach's pages: every step of an engagement in the browser, server-rendered, one controller
 * per screen with its view-building beside it. An edge module: it calls the services the JSON
 * API calls, and nothing depends on it.
 */
@Module({
  imports: [EngagementsModule, CampaignsModule, ReportsModule, ProgramsModule, ExportsModule, AccessModule],
  controllers: [SignupPageController, PasswordPagesController, DashboardController, EngagementPagesController],
  providers: [EngagementStateService],
})
export class WebModule {}
