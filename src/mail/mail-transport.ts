import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { DevOutbox } from './dev-outbox';

export interface OutgoingMail {
  to: { name: string; address: string };
  subject: string;
  text: string;
  html: string;
}

/** The email queue's concurrency (worker-host.service.ts): one connection for each job at work. */
const SMTP_CONNECTIONS = 4;

/** Sends through SMTP_URL when set, otherwise into the embedded catcher. */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly smtp: Transporter | null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: DevOutbox,
  ) {
    // Pooled: a launch sends hundreds of invitations, and a connection (and its TLS handshake) per
    // mail cost more than the mail. As many connections as the email queue runs jobs at once.
    this.smtp = config.smtpUrl
      ? nodemailer.createTransport({ url: config.smtpUrl, pool: true, maxConnections: SMTP_CONNECTIONS }, { from: config.mailFrom })
      : null;
  }

  async send(mail: OutgoingMail): Promise<void> {
    if (this.smtp) {
      await this.smtp.sendMail({ from: this.config.mailFrom, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
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

  /** After the workers have finished their jobs (they stop before application shutdown). */
  onApplicationShutdown(): void {
    this.smtp?.close();
  }
}
