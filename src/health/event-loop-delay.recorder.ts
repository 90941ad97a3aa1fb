import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { writeFileSync } from 'node:fs';
import { type IntervalHistogram, monitorEventLoopDelay } from 'node:perf_hooks';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

/** What the event loop of a process went through since the last reset, in milliseconds. */
export interface EventLoopDelay {
  role: AppConfig['role'];
  p50: number;
  p99: number;
  max: number;
  /** Resident memory of the process when written, in MiB. */
  rssMiB: number;
}

/**
 * With EVENT_LOOP_DELAY_FILE set (a benchmark sets it; production does not), measures how long the
 * event loop is held up beyond its turn: a request waits at least that long before it is read.
 * On SIGUSR2 it writes the figures since the previous SIGUSR2 to the file and starts afresh, so
 * that a benchmark can measure the delay under one load alone. Nothing of it is served over HTTP.
 */
@Injectable()
export class EventLoopDelayRecorder implements OnApplicationBootstrap, OnApplicationShutdown {
  private histogram: IntervalHistogram | null = null;
  private readonly onSignal = (): void => this.write();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  onApplicationBootstrap(): void {
    if (this.config.eventLoopDelayFile === null) return;
    // 10 ms resolution: fine enough for delays worth seeing, cheap enough to leave on under load.
    this.histogram = monitorEventLoopDelay({ resolution: 10 });
    this.histogram.enable();
    process.on('SIGUSR2', this.onSignal);
  }

  onApplicationShutdown(): void {
    process.off('SIGUSR2', this.onSignal);
    this.histogram?.disable();
  }

  private write(): void {
    const { histogram, config } = this;
    if (!histogram || config.eventLoopDelayFile === null) return;
    const ms = (nanoseconds: number): number => Math.round(nanoseconds / 1e4) / 100;
    const delay: EventLoopDelay = {
      role: config.role,
      p50: ms(histogram.percentile(50)),
      p99: ms(histogram.percentile(99)),
      max: ms(histogram.max),
      rssMiB: Math.round(process.memoryUsage.rss() / 2 ** 20),
    };
    writeFileSync(config.eventLoopDelayFile, `${JSON.stringify(delay)}\n`);
    histogram.reset();
  }
}
