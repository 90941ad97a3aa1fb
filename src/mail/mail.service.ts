import { Inject, Injectable, Logger } from '@nestjs/common';
import { Coalescer } from '../common/coalescer';
import { deriveAccessToken, derivePasswordResetToken, deriveRaterToken } from '../common/tokens';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { retryDelayAfter } from '../campaigns/delivery-retry';
import { PermanentDeliveryFailure, permanentFailureReason } from './delivery-failure';
import { invitationMail, thankYouMail } from './invitation-mail';
import { renderMail as render } from './mail-render';
import { MailTransport } from './mail-transport';
import { type InvitationMailContext, MailRepository } from './mail.repository';

export type SendOutcome = 'sent' | 'skipped';

/**
 * Mails invitations and reminders. BullMQ may run a job twice, so each send first checks what
 * was already done; a failure is recorded for the coach and rethrown so the job retries.
 *
 * A launch runs many invitation jobs at once (worker-host.service.ts): their reads, and the
 * recording of the mails that went out, share round trips to Postgres (Coalescer), while each
 * invitation keeps its own job, its own outcome and its own retries.
 */
@Injectable()
export class MailService {
  private readonly logger = new Logger(MailService.name);
  // Jobs reach a worker one Redis round trip apart: a few milliseconds' wait gathers a launch's
  // jobs into fewer trips, and costs a lone mail (a sign-in link) nothing it would notice.
  private readonly invitations = new Coalescer((ids: string[]) => this.mails.findInvitations(ids), { lingerMs: 5 });
  private readonly sent = new Coalescer(
    async (ids: string[]) => {
      await this.mails.markSentMany(ids);
      return ids.map(() => undefined);
    },
    { lingerMs: 5 },
  );

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mails: MailRepository,
    private readonly transport: MailTransport,
  ) {}

  /**
   * `attempt.round` is the delivery round of the job (0 at launch). When the last of the job's
   * attempts fails, the next round is scheduled for the sweep, later each time; rounds never
   * overlap, since the next is only due once this one has given up.
   */
  async sendInvitation(invitationId: string, attempt: { round: number; last: boolean } = { round: 0, last: false }): Promise<SendOutcome> {
    const invitation = await this.invitations.get(invitationId);
    if (
      !invitation ||
      invitation.deliveryStatus === 'sent' ||
      invitation.deliveryStatus === 'refused' ||
      invitation.answered ||
      invitation.declined ||
      invitation.campaignStatus !== 'open'
    )
      return 'skipped';
    try {
      await this.deliver(invitation, false);
    } catch (error) {
      if (attempt.last && !(error instanceof PermanentDeliveryFailure)) {
        const delay = retryDelayAfter(attempt.round, this.config.mailRetryAfterMs);
        await this.mails.scheduleRetry(invitationId, attempt.round, delay === null ? null : new Date(Date.now() + delay));
      }
      throw error;
    }
    // The job ends only once its invitation is recorded as sent: should recording fail, it retries.
    await this.sent.get(invitationId);
    return 'sent';
  }

  async sendReminder(invitationId: string, round: number): Promise<SendOutcome> {
    const invitation = await this.invitations.get(invitationId);
    if (
      !invitation ||
      invitation.answered ||
      invitation.declined ||
      invitation.deliveryStatus === 'refused' ||
      invitation.campaignStatus !== 'open' ||
      invitation.remindedRound >= round ||
      // A later round was started (a second click, or rounds queued together after Redis was away): its job reminds instead.
      round < invitation.campaignReminderRounds
    )
      return 'skipped';
    await this.deliver(invitation, true);
    await this.mails.markReminded(invitationId, round);
    return 'sent';
  }

  /**
   * Thanks a rater who answered, once the campaign has closed: sent at close rather than at
   * submission, so that no mail log or queue tells when a given rater answered. The thank-you is
   * recorded before it is sent, and given back if sending fails: recorded after, a record that
   * failed (the close's fold rewrites answered invitations at that moment, and the record's insert
   * can lose to it) left a sent mail unrecorded, and the job's retry sent it again.
   */
  async sendThankYou(invitationId: string): Promise<SendOutcome> {
    const invitation = await this.invitations.get(invitationId);
    if (!invitation || !invitation.answered || invitation.thanked || invitation.deliveryStatus === 'refused') return 'skipped';
    if (!(await this.mails.claimThanks(invitationId))) return 'skipped';
    const { subject, text, html } = thankYouMail(invitation);
    try {
      await this.transport.send({ to: { name: invitation.raterName, address: invitation.raterEmail }, subject, text, html });
    } catch (error) {
      await this.mails.releaseThanks(invitationId);
      throw error;
    }
    return 'sent';
  }

  /** A leader's or sponsor's one-time sign-in link; never sent twice, nor once it is used or expired. */
  async sendAccessLink(linkId: string): Promise<SendOutcome> {
    const link = await this.mails.findAccessLink(linkId);
    if (!link || link.sent || !link.usable) return 'skipped';
    const to =
      link.role === 'leader'
        ? { name: link.leaderName, address: link.leaderEmail }
        : link.sponsorEmail
          ? { name: link.sponsorName ?? link.sponsorEmail, address: link.sponsorEmail }
          : null;
    if (!to) return 'skipped';
    const subject = link.role === 'leader' ? 'Your feedback reports and development program' : `${link.leaderName}'s development program: your meeting agendas`;
    const context = {
      subject,
      preheader:
        link.role === 'leader'
          ? `${link.coachName} has shared your reports and program with you.`
          : `${link.leaderName}'s development program: your meeting agendas.`,
      leader: link.role === 'leader',
      name: to.name,
      leaderName: link.leaderName,
      coachName: link.coachName,
      link: `${this.config.publicUrl}/a/${deriveAccessToken(this.config.tokenSecret, link.tokenNonce)}`,
      expiresAt: link.expiresAt.toUTCString(),
    };
    try {
      await this.transport.send({ to, subject, text: render('access-link.text', context), html: render('access-link.html', context) });
    } catch (error) {
      this.logger.warn({ accessLinkId: linkId, err: (error as Error).message }, 'sign-in link not delivered; will retry');
      throw error;
    }
    await this.mails.markAccessLinkSent(linkId);
    return 'sent';
  }

  /** A coach's "forgot password" link; never sent twice, nor once it is used or expired. */
  async sendPasswordReset(resetId: string): Promise<SendOutcome> {
    const reset = await this.mails.findPasswordReset(resetId);
    if (!reset || reset.sent || !reset.usable) return 'skipped';
    const subject = 'Choose a new feedback360 password';
    const context = {
      subject,
      preheader: 'A link to choose a new password, valid once.',
      name: reset.coachName,
      link: `${this.config.publicUrl}/coach/password/reset/${derivePasswordResetToken(this.config.tokenSecret, reset.tokenNonce)}`,
      expiresAt: reset.expiresAt.toUTCString(),
    };
    try {
      await this.transport.send({
        to: { name: reset.coachName, address: reset.coachEmail },
        subject,
        text: render('password-reset.text', context),
        html: render('password-reset.html', context),
      });
    } catch (error) {
      this.logger.warn({ passwordResetId: resetId, err: (error as Error).message }, 'password reset link not delivered; will retry');
      throw error;
    }
    await this.mails.markPasswordResetSent(resetId);
    return 'sent';
  }

  private async deliver(invitation: InvitationMailContext, reminder: boolean): Promise<void> {
    const token = deriveRaterToken(this.config.tokenSecret, invitation.tokenNonce);
    const { subject, text, html } = invitationMail({ ...invitation, reminder, link: `${this.config.publicUrl}/r/${token}` });
    try {
      await this.transport.send({
        to: { name: invitation.raterName, address: invitation.raterEmail },
        subject,
        text,
        html,
        delivery: { invitationId: invitation.invitationId, tokenNonce: invitation.tokenNonce, reminder },
      });
    } catch (error) {
      const refusal = permanentFailureReason(error);
      if (refusal !== null) {
        await this.mails.markRefused(invitation.invitationId, refusal);
        this.logger.warn({ invitationId: invitation.invitationId, err: refusal }, 'address refused by the receiving server; not retried');
        throw new PermanentDeliveryFailure(refusal);
      }
      const reason = (error as Error).message;
      await this.mails.markFailed(invitation.invitationId, reason);
      this.logger.warn({ invitationId: invitation.invitationId, err: reason }, 'mail not delivered; will retry');
      throw error;
    }
  }
}
