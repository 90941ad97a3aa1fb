import { Module } from '@nestjs/common';
import { BackingServicesProbe } from './backing-services.probe';
import { HealthController } from './health.controller';
import { WorkerHeartbeat } from './worker-heartbeat.service';

@Module({ controllers: [HealthController], providers: [BackingServicesProbe, WorkerHeartbeat] })
export class HealthModule {}
