import { Injectable, OnModuleInit } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { JOB_ATTEMPTS, JobName } from '../queue/jobs';
import { JobHandlerRegistry } from '../queue/job-handler.registry';
import { PermanentDeliveryFailure } from './delivery-failure';
import { MailService } from './mail.service';

/** An address the receiving server refused for good fails its job at once: no attempt could succeed. */
async function withoutRetryingRefusals(send: () => Promise<unknown>): Promise<void> {
  try {
    await send();
  } catch (error) {
    if (error instanceof PermanentDeliveryFailure) throw new UnrecoverableError(error.message);
    throw error;
  }
}

@Injectable()
export class MailProcessor implements OnModuleInit {
  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly mail: MailService,
  ) {}

  onModuleInit(): void {
    this.registry.register(JobName.SendInvitation, async ({ invitationId, round }, job) => {
      // attemptsMade counts the attempts that failed before this one.
      const last = job.attemptsMade + 1 >= (job.opts.attempts ?? JOB_ATTEMPTS);
      await withoutRetryingRefusals(() => this.mail.sendInvitation(invitationId, { round: round ?? 0, last }));
    });
    this.registry.register(JobName.SendAccessLink, async ({ accessLinkId }) => {
      await this.mail.sendAccessLink(accessLinkId);
    });
    this.registry.register(JobName.SendPasswordReset, async ({ passwordResetId }) => {
      await this.mail.sendPasswordReset(passwordResetId);
    });
    this.registry.register(JobName.SendReminder, async ({ invitationId, round }) => {
      await withoutRetryingRefusals(() => this.mail.sendReminder(invitationId, round));
    });
    this.registry.register(JobName.SendThankYou, async ({ invitationId }) => {
      await this.mail.sendThankYou(invitationId);
    });
  }
}
