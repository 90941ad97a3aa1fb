import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobQueueService } from '../queue/job-queue.service';
import { withTimeout } from '../common/time-limit';

export interface Reachability {
  postgres: boolean;
  redis: boolean;
}

/** Whether Postgres and Redis answer now, each within two seconds: for the health endpoint and the worker's heartbeat. */
@Injectable()
export class BackingServicesProbe {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobQueueService,
  ) {}

  async reachability(): Promise<Reachability> {
    const [postgres, redis] = await Promise.all([
      withTimeout(this.db.query('SELECT 1'), 2_000, 'postgres').then(
        () => true,
        () => false,
      ),
      this.jobs.ping(),
    ]);
    return { postgres, redis };
  }
}
