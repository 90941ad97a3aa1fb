import { Global, Module } from '@nestjs/common';
import { JobHandlerRegistry } from './job-handler.registry';
import { JobQueueService } from './job-queue.service';
import { WorkerHostService } from './worker-host.service';

@Global()
@Module({ providers: [JobQueueService, JobHandlerRegistry, WorkerHostService], exports: [JobQueueService, JobHandlerRegistry, WorkerHostService] })
export class QueueModule {}
