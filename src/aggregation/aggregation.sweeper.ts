import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { runPeriodically } from '../common/periodic-task';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { AggregationService } from './aggregation.service';

/** Worker role only: folds answers that were stored while Redis was unreachable. */
@Injectable()
export class AggregationSweeper implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private stop: (() => Promise<void>) | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly aggregation: AggregationService,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.role === 'api') return;
    this.stop = runPeriodically('AggregationSweeper', this.config.sweepIntervalMs, async () => {
      await this.aggregation.sweep();
    });
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.stop?.();
  }
}
