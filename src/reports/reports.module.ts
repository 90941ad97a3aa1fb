import { Module } from '@nestjs/common';
import { AggregationModule } from '../aggregation/aggregation.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { EngagementsModule } from '../engagements/engagements.module';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

@Module({ imports: [AggregationModule, CampaignsModule, EngagementsModule], controllers: [ReportsController], providers: [ReportsService], exports: [ReportsService] })
export class ReportsModule {}
