import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { EngagementsModule } from '../engagements/engagements.module';
import { ReportsModule } from '../reports/reports.module';
import { EngagementExportController } from './engagement-export.controller';
import { EngagementExportService } from './engagement-export.service';

/** Apart from engagements, which reports depend on: the export needs both. */
@Module({
  imports: [EngagementsModule, CampaignsModule, ReportsModule],
  controllers: [EngagementExportController],
  providers: [EngagementExportService],
  exports: [EngagementExportService],
})
export class ExportsModule {}
