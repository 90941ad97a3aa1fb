import type { JobsOptions } from 'bullmq';

/** Every queue and job of the system, with its typed payload. */
export enum QueueName {
  Email = 'email',
  Aggregation = 'aggregation',
}

export enum JobName {
  SendInvitation = 'send-invitation',
  SendReminder = 'send-reminder',
  SendAccessLink = 'send-access-link',
  AggregateResponse = 'aggregate-response',
}

export interface JobPayloads {
  /** Payloads carry ids only: no token, email address or answer ever sits in Redis. */
  [JobName.SendInvitation]: { invitationId: string };
  [JobName.SendReminder]: { invitationId: string; round: number };
  [JobName.SendAccessLink]: { accessLinkId: string };
  [JobName.AggregateResponse]: { responseId: string };
}

export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.SendInvitation]: QueueName.Email,
  [JobName.SendReminder]: QueueName.Email,
  [JobName.SendAccessLink]: QueueName.Email,
  [JobName.AggregateResponse]: QueueName.Aggregation,
};

/** BullMQ delivers at least once: handlers are idempotent, failures retry with backoff and are kept. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 14 * 24 * 3600 },
};
