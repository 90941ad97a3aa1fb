import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobName } from '../queue/jobs';
import { JobHandlerRegistry } from '../queue/job-handler.registry';
import { AggregationService } from './aggregation.service';

@Injectable()
export class AggregationProcessor implements OnModuleInit {
  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly aggregation: AggregationService,
  ) {}

  onModuleInit(): void {
    this.registry.register(JobName.FoldAnswers, async ({ campaignId }) => {
      await this.aggregation.settle(campaignId, { skipLocked: false });
    });
  }
}
