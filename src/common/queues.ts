import type { JobsOptions } from 'bullmq';

/** Every queue and job of the system, with its typed payload. */
export enum QueueName {
  Email = 'email',
  Aggregation = 'aggregation',
}

export enum JobName {
  SendInvitation = 'send-invitation',
  SendReminder = 'send-reminder',
  /** An answer arrived in this campaign: fold what is ready (see AggregationService.settle). */
  FoldAnswers = 'fold-answers',
}

export interface JobPayloads {
  /**
   * Payloads carry ids only: no token, email address or answer ever sits in Redis. Nor does a
   * response id: a job names the campaign, so Redis, which keeps job ids and the millisecond
   * they were added, can never tell when a given answer arrived.
   */
  [JobName.SendInvitation]: { invitationId: string };
  [JobName.SendReminder]: { invitationId: string; round: number };
  [JobName.FoldAnswers]: { campaignId: string };
}

export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.SendInvitation]: QueueName.Email,
  [JobName.SendReminder]: QueueName.Email,
  [JobName.FoldAnswers]: QueueName.Aggregation,
};

/** BullMQ delivers at least once: handlers are idempotent, failures retry with backoff. */
const RETRIED: JobsOptions = { attempts: 8, backoff: { type: 'exponential', delay: 2_000 } };

/**
 * Per queue: mail jobs are kept a while (a day, failed ones two weeks) to look into deliveries.
 * Fold jobs are only a prompt to look at a campaign, whose answers are safe in Postgres (the
 * sweep finds any a failed job left behind): they are dropped as soon as they finish.
 */
export const JOB_OPTIONS: Record<QueueName, JobsOptions> = {
  [QueueName.Email]: { ...RETRIED, removeOnComplete: { age: 24 * 3600, count: 10_000 }, removeOnFail: { age: 14 * 24 * 3600 } },
  [QueueName.Aggregation]: { ...RETRIED, removeOnComplete: true, removeOnFail: true },
};
