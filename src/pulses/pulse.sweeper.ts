import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { runPeriodically } from '../common/periodic-task';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { PulsesService } from './pulses.service';

/**
 * Worker role only: launches scheduled pulses whose day has come. The schedule lives in Postgres,
 * so a restart loses nothing and a worker that was down launches what fell due meanwhile.
 */
@Injectable()
export class PulseSweeper implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private stop: (() => Promise<void>) | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly pulses: PulsesService,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.role === 'api') return;
    this.stop = runPeriodically('PulseSweeper', this.config.sweepIntervalMs, async () => {
      await this.pulses.launchDue();
    });
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.stop?.();
  }
}
