import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { BackingServicesProbe } from './backing-services.probe';
import { HealthDto } from './dto/health.dto';

@ApiTags('health')
@Controller('api/health')
export class HealthController {
  constructor(private readonly services: BackingServicesProbe) {}

  /** 200 {status:"ok"} when Postgres and Redis both answer; 503 naming what is down otherwise. */
  @Get()
  @ApiOkResponse({ type: HealthDto, description: 'Postgres and Redis both answer.' })
  @ApiServiceUnavailableResponse({ type: HealthDto, description: 'Postgres or Redis does not answer: the body says which.' })
  async health(@Res() res: Response): Promise<void> {
    const { postgres, redis } = await this.services.reachability();
    const ok = postgres && redis;
    const body: HealthDto = { status: ok ? 'ok' : 'unavailable', postgres: postgres ? 'up' : 'down', redis: redis ? 'up' : 'down' };
    res.status(ok ? 200 : 503).json(body);
  }
}
