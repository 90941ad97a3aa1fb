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
  SendPasswordReset = 'send-password-reset',
  /** A closed campaign thanks those who answered (see MailService.sendThankYou). */
  SendThankYou = 'send-thank-you',
  /** An answer arrived in this campaign: fold what is ready (see AggregationService.settle). */
  FoldAnswers = 'fold-answers',
}

export interface JobPayloads {
  /**
   * Payloads carry ids only: no token, email address or answer ever sits in Redis. Nor does a
   * response id: a job names the campaign, so Redis, which keeps job ids and the millisecond
   * they were added, can never tell when a given answer arrived.
   */
  /** `round`: 0 (or absent) at launch, then each retry round the sweep queues after a job gave up. */
  [JobName.SendInvitation]: { invitationId: string; round?: number };
  [JobName.SendReminder]: { invitationId: string; round: number };
  [JobName.SendAccessLink]: { accessLinkId: string };
  [JobName.SendPasswordReset]: { passwordResetId: string };
  [JobName.SendThankYou]: { invitationId: string };
  [JobName.FoldAnswers]: { campaignId: string };
}

export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.SendInvitation]: QueueName.Email,
  [JobName.SendReminder]: QueueName.Email,
  [JobName.SendAccessLink]: QueueName.Email,
  [JobName.SendPasswordReset]: QueueName.Email,
  [JobName.SendThankYou]: QueueName.Email,
  [JobName.FoldAnswers]: QueueName.Aggregation,
};

/** BullMQ delivers at least once: handlers are idempotent, failures retry with backoff. */
export const JOB_ATTEMPTS = 8;

/**
 * Per queue: every job gets 8 attempts, `retryDelayMs` apart at first and twice as long each
 * time (255 times it in all: about 8.5 minutes with the default 2 s). Mail jobs are kept a while
 * (a day, failed ones two weeks) to look into deliveries. Fold jobs are only a prompt to look at
 * a campaign, whose answers are safe in Postgres (the sweep finds any a failed job left behind):
 * they are dropped as soon as they finish.
 */
export function jobOptions(queue: QueueName, retryDelayMs: number): JobsOptions {
  const retried: JobsOptions = { attempts: JOB_ATTEMPTS, backoff: { type: 'exponential', delay: retryDelayMs } };
  return queue === QueueName.Email
    ? { ...retried, removeOnComplete: { age: 24 * 3600, count: 10_000 }, removeOnFail: { age: 14 * 24 * 3600 } }
    : { ...retried, removeOnComplete: true, removeOnFail: true };
}
