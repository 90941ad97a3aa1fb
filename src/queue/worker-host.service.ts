import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { UnrecoverableError, Worker } from 'bullmq';
import type IORedis from 'ioredis';
import { type JobName, type JobPayloads, QueueName } from './jobs';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { settlesWithin } from '../common/time-limit';
import { JobHandlerRegistry } from './job-handler.registry';
import { createWorkerConnection } from './redis-connection';

/**
 * Concurrency per queue and process: aggregation serialises on row locks. Mail jobs are four
 * times the SMTP pool's connections (SMTP_CONNECTIONS): while some wait on Redis and Postgres,
 * the others keep every connection busy, and the pool queues the rest of the sends.
 */
const CONCURRENCY: Record<QueueName, number> = { [QueueName.Aggregation]: 4, [QueueName.Email]: 16 };

/** Runs the BullMQ workers in the worker role (ROLE=worker or all). */
@Injectable()
export class WorkerHostService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Worker');
  private readonly workers: Worker[] = [];
  private readonly connections: IORedis[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: JobHandlerRegistry,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.role === 'api') return;
    const missing = this.registry.missing();
    if (missing.length > 0) throw new Error(`No handler registered for job(s): ${missing.join(', ')}`);
    for (const queueName of Object.values(QueueName)) {
      const connection = createWorkerConnection(this.config.redisUrl);
      this.connections.push(connection);
      const worker = new Worker<JobPayloads[JobName]>(
        queueName,
        async (job) => {
          const handler = this.registry.get(job.name);
          if (!handler) throw new UnrecoverableError(`No handler for job '${job.name}'`);
          await handler(job.data, job);
        },
        { connection, prefix: this.config.queuePrefix, concurrency: CONCURRENCY[queueName], autorun: true },
      );
      worker.on('failed', (job, error) =>
        this.logger.warn({ queue: queueName, job: job?.name, jobId: job?.id, attempt: job?.attemptsMade, err: error.message }, 'job failed'),
      );
      worker.on('error', (error) => this.logger.warn({ queue: queueName, err: error.message }, 'worker error'));
      this.workers.push(worker);
    }
    this.logger.log(`Workers started for queues: ${Object.values(QueueName).join(', ')}`);
  }

  /** Whether a worker runs for every queue, none of them stopped or closing: what the heartbeat vouches for. */
  running(): boolean {
    return this.workers.length === Object.values(QueueName).length && this.workers.every((worker) => worker.isRunning() && !worker.closing);
  }

  /**
   * Runs before the database and the queue connection close: running jobs finish within the
   * grace, and a job cut short returns to the queue as stalled and runs again elsewhere. The
   * grace is also what lets a worker stop while Redis is away: BullMQ's close waits for a
   * reconnecting connection to end, which it never does.
   */
  async beforeApplicationShutdown(): Promise<void> {
    const closing = Promise.allSettled(this.workers.map((worker) => worker.close()));
    if (!(await settlesWithin(closing, this.config.shutdownGraceMs))) {
      this.logger.warn(`the queue workers had not closed after ${this.config.shutdownGraceMs} ms (is Redis reachable?): stopping without them`);
      // Each worker's own copy of the connection, for its blocking fetch, would go on reconnecting.
      void Promise.allSettled(this.workers.map((worker) => worker.disconnect()));
    }
    for (const connection of this.connections) connection.disconnect();
  }
}
