import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { JobQueueService } from '../queue/job-queue.service';

export interface OutboxMessage {
  id: string;
  to: string;
  from: string;
  subject: string;
  text: string;
  html: string;
  sentAt: string;
}

const KEEP = 500;

/**
 * The embedded mail catcher used when SMTP_URL is unset: messages go to a capped Redis list that
 * every api and worker process shares, and a developer reads them at /dev/outbox.
 */
@Injectable()
export class DevOutbox {
  private readonly key: string;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly jobs: JobQueueService,
  ) {
    this.key = `${config.queuePrefix}:dev-outbox`;
  }

  async store(message: OutboxMessage): Promise<void> {
    await this.jobs.connection
      .multi()
      .lpush(this.key, JSON.stringify(message))
      .ltrim(this.key, 0, KEEP - 1)
      .exec();
  }

  async list(): Promise<OutboxMessage[]> {
    const raw = await this.jobs.connection.lrange(this.key, 0, KEEP - 1);
    return raw.map((entry) => JSON.parse(entry) as OutboxMessage);
  }
}
