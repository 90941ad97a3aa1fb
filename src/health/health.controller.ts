import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { BackingServicesProbe } from './backing-services.probe';

@ApiTags('health')
@Controller('api/health')
export class HealthController {
  constructor(private readonly services: BackingServicesProbe) {}

  /** 200 {status:"ok"} when Postgres and Redis both answer; 503 naming what is down otherwise. */
  @Get()
  async health(@Res() res: Response): Promise<void> {
    const { postgres, redis } = await this.services.reachability();
    const ok = postgres && redis;
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'unavailable', postgres: postgres ? 'up' : 'down', redis: redis ? 'up' : 'down' });
  }
}
