import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { runPeriodically } from '../common/periodic-task';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { WorkerHostService } from '../queue/worker-host.service';
import { BackingServicesProbe } from './backing-services.probe';
import { removeHeartbeat, writeHeartbeat } from './heartbeat-file';

/**
 * Roles worker and all: writes the time to the heartbeat file every few seconds while the queue
 * workers run and Redis and Postgres answer, and removes it at shutdown. A worker that hangs,
 * dies or loses a backing service stops writing it, and the health check (worker-health.ts)
 * fails once the last heartbeat is older than its limit.
 */
@Injectable()
export class WorkerHeartbeat implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('WorkerHeartbeat');
  private stop: (() => Promise<void>) | null = null;
  /** Why the last beat was skipped, null when it was written, undefined before the first: to log each change once. */
  private skippedBecause: string | null | undefined = undefined;
  private beaten = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly workers: WorkerHostService,
    private readonly services: BackingServicesProbe,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.role === 'api') return;
    this.stop = runPeriodically('WorkerHeartbeat', this.config.workerHeartbeatIntervalMs, () => this.beat());
  }

  /** Writes the heartbeat if the worker is doing its job. */
  async beat(): Promise<void> {
    const reason = await this.reasonToSkip();
    if (reason === null) await writeHeartbeat(this.config.workerHeartbeatFile, Date.now());
    if (reason !== this.skippedBecause) this.logChange(reason);
    this.skippedBecause = reason;
    this.beaten ||= reason === null;
  }

  /** Quiet while the worker starts; then every stop and every recovery, once. */
  private logChange(reason: string | null): void {
    if (reason === null)
      this.logger.log(this.beaten ? 'heartbeat resumed' : `heartbeat every ${this.config.workerHeartbeatIntervalMs} ms in ${this.config.workerHeartbeatFile}`);
    else if (this.beaten) this.logger.warn(`heartbeat stopped: ${reason}`);
  }

  private async reasonToSkip(): Promise<string | null> {
    if (!this.workers.running()) return 'the queue workers are not running';
    const { postgres, redis } = await this.services.reachability();
    const down = [...(redis ? [] : ['Redis']), ...(postgres ? [] : ['Postgres'])];
    return down.length === 0 ? null : `${down.join(' and ')} did not answer`;
  }

  /** A worker on its way out is not one to vouch for. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.stop?.();
    if (this.stop) await removeHeartbeat(this.config.workerHeartbeatFile);
  }
}
