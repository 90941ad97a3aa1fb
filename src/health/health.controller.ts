import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { JobQueueService } from '../queue/job-queue.service';
import { withTimeout } from '../queue/redis-connection';

@ApiTags('health')
@Controller('api/health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobQueueService,
  ) {}

  /** 200 {status:"ok"} when Postgres and Redis both answer; 503 naming what is down otherwise. */
  @Get()
  async health(@Res() res: Response): Promise<void> {
    const [postgres, redis] = await Promise.all([
      withTimeout(this.db.query('SELECT 1'), 2_000, 'postgres').then(() => true, () => false),
      this.jobs.ping(),
    ]);
    const ok = postgres && redis;
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'unavailable', postgres: postgres ? 'up' : 'down', redis: redis ? 'up' : 'down' });
  }
}
