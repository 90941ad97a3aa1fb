import { Module } from '@nestjs/common';
import { BackingServicesProbe } from './backing-services.probe';
import { EventLoopDelayRecorder } from './event-loop-delay.recorder';
import { HealthController } from './health.controller';
import { WorkerHeartbeat } from './worker-heartbeat.service';

@Module({ controllers: [HealthController], providers: [BackingServicesProbe, WorkerHeartbeat, EventLoopDelayRecorder] })
export class HealthModule {}
