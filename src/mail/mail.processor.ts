import { Injectable, OnModuleInit } from '@nestjs/common';
import { JOB_ATTEMPTS, JobName } from '../queue/jobs';
import { JobHandlerRegistry } from '../queue/job-handler.registry';
import { MailService } from './mail.service';

@Injectable()
export class MailProcessor implements OnModuleInit {
  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly mail: MailService,
  ) {}

  onModuleInit(): void {
    this.registry.register(JobName.SendInvitation, async ({ invitationId, round }, job) => {
      // attemptsMade counts the attempts that failed before this one.
      await this.mail.sendInvitation(invitationId, { round: round ?? 0, last: job.attemptsMade + 1 >= (job.opts.attempts ?? JOB_ATTEMPTS) });
    });
    this.registry.register(JobName.SendAccessLink, async ({ accessLinkId }) => {
      await this.mail.sendAccessLink(accessLinkId);
    });
    this.registry.register(JobName.SendPasswordReset, async ({ passwordResetId }) => {
      await this.mail.sendPasswordReset(passwordResetId);
    });
    this.registry.register(JobName.SendReminder, async ({ invitationId, round }) => {
      await this.mail.sendReminder(invitationId, round);
    });
  }
}
