import { Module } from '@nestjs/common';
import { AggregationModule } from '../aggregation/aggregation.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { EngagementsModule } from '../engagements/engagements.module';
import { PdfRenderer } from './page/pdf.renderer';
import { ReportPageService } from './page/report-page.service';
import { ReportPagesController } from './page/report-pages.controller';
import { ReportPdfController } from './page/report-pdf.controller';
import { ReportsController } from './reports.controller';
import { ReportVersionRepository } from './versions/report-version.repository';
import { ReportsService } from './reports.service';
import { CommentReviewController } from './review/comment-review.controller';
import { CommentReviewRepository } from './review/comment-review.repository';
import { CommentReviewService } from './review/comment-review.service';

@Module({
  imports: [AggregationModule, CampaignsModule, EngagementsModule],
  controllers: [ReportsController, CommentReviewController, ReportPagesController, ReportPdfController],
  providers: [ReportsService, ReportVersionRepository, CommentReviewRepository, CommentReviewService, ReportPageService, PdfRenderer],
  exports: [ReportsService, CommentReviewService, PdfRenderer],
})
export class ReportsModule {}
