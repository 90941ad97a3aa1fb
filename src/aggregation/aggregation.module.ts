import { Module } from '@nestjs/common';
import { AggregationProcessor } from './aggregation.processor';
import { AggregationRepository } from './aggregation.repository';
import { AggregationService } from './aggregation.service';
import { AggregationSweeper } from './aggregation.sweeper';
import { ThemingReadiness } from '../theming/theming-readiness';

@Module({
  providers: [AggregationRepository, AggregationService, AggregationProcessor, AggregationSweeper, ThemingReadiness],
  exports: [AggregationRepository, AggregationService],
})
export class AggregationModule {}
