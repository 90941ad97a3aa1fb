import { Module } from '@nestjs/common';
import { ThemingModule } from '../theming/theming.module';
import { AggregationProcessor } from './aggregation.processor';
import { AggregationRepository } from './aggregation.repository';
import { AggregationService } from './aggregation.service';
import { AggregationSweeper } from './aggregation.sweeper';
import { FoldOnCloseListener } from './fold-on-close.listener';

@Module({
  imports: [ThemingModule],
  providers: [AggregationRepository, AggregationService, AggregationProcessor, AggregationSweeper, FoldOnCloseListener],
  exports: [AggregationRepository, AggregationService],
})
export class AggregationModule {}
