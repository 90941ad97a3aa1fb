import { Inject, Injectable, Logger } from '@nestjs/common';
import * as argon2 from 'argon2';
import { DomainError } from '../common/domain-error';
import { derivePasswordResetToken, hashToken, randomToken } from '../common/tokens';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { JobQueueService } from '../queue/job-queue.service';
import { JobName } from '../queue/jobs';
import { AuthService } from './auth.service';
import { CoachRepository } from './coach.repository';
import { PasswordResetRepository, type ResetLinkState } from './password-reset.repository';

/** Long enough to find the email, short enough that a leaked link soon dies. */
export const PASSWORD_RESET_MINUTES = 60;

export const passwordResetJobId = (resetId: string): string => `password-reset-${resetId}`;

function usable(state: ResetLinkState): string {
  if (state.status === 'unknown')
    throw new DomainError('NotFound', 'This link is not valid. Please use the link of your most recent email, or ask for a new one.');
  if (state.status === 'used_or_expired')
    throw new DomainError('LinkExpired', `Password links work once, within ${PASSWORD_RESET_MINUTES} minutes. Please ask for a new one.`);
  return state.coachId;
}

/**
 * "Forgot password" by an emailed one-time link, like the leader's sign-in links: a 256-bit token
 * derived from a stored nonce, kept only as a hash, mailed from a job, used once within the hour.
 * Asking never tells whether an account has that email.
 */
@Injectable()
export class PasswordResetService {
  private readonly logger = new Logger(PasswordResetService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly coaches: CoachRepository,
    private readonly resets: PasswordResetRepository,
    private readonly jobs: JobQueueService,
    private readonly auth: AuthService,
  ) {}

  /** Mails a link when the email has an account; answers the same either way. */
  async request(email: string): Promise<void> {
    const coach = await this.coaches.findByEmail(email.trim().toLowerCase());
    if (!coach) return;
    const nonce = randomToken();
    const resetId = await this.resets.create({
      coachId: coach.id,
      tokenNonce: nonce,
      tokenHash: hashToken(derivePasswordResetToken(this.config.tokenSecret, nonce)),
      expiresAt: new Date(Date.now() + PASSWORD_RESET_MINUTES * 60_000),
    });
    try {
      await this.jobs.add(JobName.SendPasswordReset, { passwordResetId: resetId }, passwordResetJobId(resetId));
    } catch (error) {
      // Saying so would tell that the account exists: the coach asks again if no mail comes.
      this.logger.warn({ err: (error as Error).message }, 'password reset mail not queued');
    }
  }

  /** Whether the link can still be used, without using it. */
  async check(token: string | null): Promise<void> {
    usable(token ? await this.resets.peek(hashToken(token), new Date()) : { status: 'unknown' });
  }

  /** Uses the link: the new password replaces the old, every old session ends, and a new one opens. */
  async reset(token: string | null, password: string): Promise<{ token: string }> {
    const coachId = usable(token ? await this.resets.consume(hashToken(token), new Date()) : { status: 'unknown' });
    await this.coaches.setPassword(coachId, await argon2.hash(password));
    await this.coaches.revokeAllSessions(coachId, new Date());
    return { token: await this.auth.openSession(coachId) };
  }
}
