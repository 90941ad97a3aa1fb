import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JobName, type JobPayloads } from './jobs';

export type JobHandler<J extends JobName> = (payload: JobPayloads[J], job: Job<JobPayloads[J]>) => Promise<void>;

/** Processors register one handler per job name; the worker refuses to start if one is missing. */
@Injectable()
export class JobHandlerRegistry {
  private readonly handlers = new Map<JobName, JobHandler<JobName>>();

  register<J extends JobName>(name: J, handler: JobHandler<J>): void {
    if (this.handlers.has(name)) throw new Error(`Two handlers registered for job '${name}'`);
    this.handlers.set(name, handler as unknown as JobHandler<JobName>);
  }

  get(name: string): JobHandler<JobName> | undefined {
    return this.handlers.get(name as JobName);
  }

  missing(): JobName[] {
    return Object.values(JobName).filter((name) => !this.handlers.has(name));
  }
}
