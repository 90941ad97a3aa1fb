import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { bounceTagOf, type Delivery } from './bounces/bounce-tag';
import { verpAddressOf } from './bounces/verp-address';
import { DevOutbox } from './dev-outbox';

export interface OutgoingMail {
  to: { name: string; address: string };
  subject: string;
  text: string;
  html: string;
  /**
   * The invitation delivery an invitation or reminder carries: with MAIL_BOUNCE_ADDRESS set, its
   * VERP address becomes the envelope sender, so that a bounce names the delivery it is about.
   */
  delivery?: Delivery;
}

/** The SMTP connections of a process; its email queue runs four times as many jobs at once (worker-host.service.ts). */
export const SMTP_CONNECTIONS = 4;

/** Sends through SMTP_URL when set, otherwise into the embedded catcher. */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly smtp: Transporter | null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: DevOutbox,
  ) {
    // Pooled: a launch sends hundreds of invitations, and a connection (and its TLS handshake) per
    // mail cost more than the mail.
    this.smtp = config.smtpUrl
      ? nodemailer.createTransport({ url: config.smtpUrl, pool: true, maxConnections: SMTP_CONNECTIONS }, { from: config.mailFrom })
      : null;
  }

  async send(mail: OutgoingMail): Promise<void> {
    if (this.smtp) {
      const envelope = this.envelopeOf(mail);
      await this.smtp.sendMail({
        from: this.config.mailFrom,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        ...(envelope && { envelope }),
      });
      return;
    }
    await this.outbox.store({
      id: randomUUID(),
      to: `${mail.to.name} <${mail.to.address}>`,
      from: this.config.mailFrom,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      sentAt: new Date().toISOString(),
    });
  }

  /** Null: nodemailer takes the envelope from the headers, as for any mail without a delivery to track. */
  private envelopeOf(mail: OutgoingMail): { from: string; to: string[] } | null {
    const bounce = this.config.mailBounceAddress;
    if (!bounce || !mail.delivery) return null;
    return { from: verpAddressOf(bounce, bounceTagOf(this.config.tokenSecret, mail.delivery)), to: [mail.to.address] };
  }

  /** After the workers have finished their jobs (they stop before application shutdown). */
  onApplicationShutdown(): void {
    this.smtp?.close();
  }
}
