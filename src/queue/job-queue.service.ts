import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import type IORedis from 'ioredis';
import type { JobsOptions } from 'bullmq';
import { JOB_QUEUE, jobOptions, type JobName, type JobPayloads, QueueName } from './jobs';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { withTimeout } from '../common/time-limit';
import { createProducerConnection } from './redis-connection';

/** Adds jobs to BullMQ. Used by api and worker processes alike. */
@Injectable()
export class JobQueueService implements OnApplicationShutdown {
  private readonly logger = new Logger(JobQueueService.name);
  readonly connection: IORedis;
  private readonly queues: Map<QueueName, Queue>;
  private readonly options: Record<QueueName, JobsOptions>;
  /**
   * Set when the connection fails, cleared once it is ready again. While set, adds fail at once
   * and callers fall back to the sweep, where BullMQ would wait for a connection: a rater's
   * submit or a coach's launch answered in milliseconds, not after seconds of timeout.
   */
  private redisAway = false;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.connection = createProducerConnection(config.redisUrl);
    this.connection.on('error', (error: Error) => {
      this.redisAway = true;
      this.logger.warn(`Redis: ${error.message}`);
    });
    this.connection.on('close', () => (this.redisAway = true));
    this.connection.on('ready', () => (this.redisAway = false));
    this.options = {
      [QueueName.Email]: jobOptions(QueueName.Email, config.jobRetryDelayMs),
      [QueueName.Aggregation]: jobOptions(QueueName.Aggregation, config.jobRetryDelayMs),
    };
    this.queues = new Map(
      Object.values(QueueName).map((name) => {
        const queue = new Queue(name, { connection: this.connection, prefix: config.queuePrefix, defaultJobOptions: this.options[name] });
        // Without a listener an 'error' event would end the process while Redis is away.
        queue.on('error', (error: Error) => this.logger.debug(`queue ${name}: ${error.message}`));
        return [name, queue];
      }),
    );
  }

  /**
   * `jobId` is deterministic where a duplicate must not run twice: BullMQ ignores an add whose id
   * already exists. Rejects quickly when Redis is unreachable; callers decide how to degrade.
   */
  async add<J extends JobName>(name: J, payload: JobPayloads[J], jobId: string): Promise<void> {
    this.refuseWhileRedisAway(name);
    await withTimeout(this.queue(JOB_QUEUE[name]).add(name, payload, { jobId }), 3_000, `enqueue ${name}`);
  }

  async addMany<J extends JobName>(name: J, jobs: { payload: JobPayloads[J]; jobId: string }[]): Promise<void> {
    if (jobs.length === 0) return;
    this.refuseWhileRedisAway(name);
    const queue = this.queue(JOB_QUEUE[name]);
    await withTimeout(
      queue.addBulk(jobs.map((job) => ({ name, data: job.payload, opts: { ...this.options[JOB_QUEUE[name]], jobId: job.jobId } }))),
      10_000,
      `enqueue ${jobs.length} ${name}`,
    );
  }

  /** Whether a job can be added now: not once the connection has failed, until it is ready again. */
  reachable(): boolean {
    return !this.redisAway || this.connection.status === 'ready';
  }

  private refuseWhileRedisAway(name: JobName): void {
    if (!this.reachable()) throw new Error(`enqueue ${name}: Redis is unreachable (${this.connection.status})`);
  }

  queue(name: QueueName): Queue {
    const queue = this.queues.get(name);
    if (!queue) throw new Error(`Unknown queue ${name}`);
    return queue;
  }

  async ping(): Promise<boolean> {
    try {
      return (await withTimeout(this.connection.ping(), 1_500, 'redis ping')) === 'PONG';
    } catch {
      return false;
    }
  }

  /** BullMQ loses jobs under any other eviction policy. */
  async evictionPolicy(): Promise<string | null> {
    try {
      const reply = (await withTimeout(this.connection.config('GET', 'maxmemory-policy'), 1_500, 'redis config')) as string[];
      return reply[1] ?? null;
    } catch {
      return null;
    }
  }

  /** After the HTTP server and the workers have stopped, so no request or job loses its queue. */
  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.queues.values()].map((queue) => queue.close()));
    this.connection.disconnect();
  }
}
