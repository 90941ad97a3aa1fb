import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import type { SMTPServer, SMTPServerDataStream } from 'smtp-server';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { MAX_BOUNCE_BYTES } from './bounce-limits';
import type { BounceTag } from './bounce-tag';
import { BounceService } from './bounce.service';

/** A bounce goes to one address; a relay grouping several reports in one transaction stays well under this. */
const MAX_RECIPIENTS = 20;
const MAX_CLIENTS = 20;

const smtpError = (code: number, message: string): Error => Object.assign(new Error(message), { responseCode: code });

/**
 * Roles worker and all, when MAIL_BOUNCE_SMTP_PORT is set: an SMTP server that takes bounce
 * messages for the VERP addresses of MAIL_BOUNCE_ADDRESS only. Any other recipient, a forged tag
 * among them, is refused at RCPT TO, so nothing else is ever read.
 */
@Injectable()
export class BounceListener implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('BounceListener');
  private server: SMTPServer | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly bounces: BounceService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const listen = this.config.mailBounceSmtp;
    if (this.config.role === 'api' || !listen || !this.config.mailBounceAddress) return;
    // Required only where bounces are received: the SMTP server costs a process some 10 MiB.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { SMTPServer: Server } = require('smtp-server') as { SMTPServer: typeof SMTPServer };
    const server = new Server({
      name: this.config.mailBounceAddress.domain,
      banner: 'feedback360 bounces',
      logger: false,
      // Relays deliver bounces unauthenticated and in the clear, as to any mail exchanger.
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      size: MAX_BOUNCE_BYTES,
      maxClients: MAX_CLIENTS,
      socketTimeout: 60_000,
      onRcptTo: (address, session, callback) => {
        if (!this.bounces.tagOfRecipient(address.address)) return callback(smtpError(550, '5.1.1 No such bounce address here'));
        if (session.envelope.rcptTo.length >= MAX_RECIPIENTS) return callback(smtpError(452, '4.5.3 Too many recipients'));
        callback();
      },
      onData: (stream, session, callback) => {
        // The envelope holds only the recipients accepted above, each with an authentic tag.
        const tags = session.envelope.rcptTo.map((recipient) => this.bounces.tagOfRecipient(recipient.address)).filter((tag) => tag !== null);
        this.read(stream, tags).then(
          () => callback(),
          (error: Error) => callback(error),
        );
      },
    });
    server.on('error', (error) => this.logger.warn({ err: error.message }, 'bounce listener connection error'));
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(listen.port, listen.host, () => {
        server.server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
    this.logger.log(
      `receiving bounces for ${this.config.mailBounceAddress.local}+…@${this.config.mailBounceAddress.domain} by SMTP on ${listen.host}:${this.address()?.port}`,
    );
  }

  /** Where the listener took its port (0 in the configuration picks a free one); null when it does not listen. */
  address(): AddressInfo | null {
    const address = this.server?.server.address();
    return address && typeof address === 'object' ? address : null;
  }

  private async read(stream: SMTPServerDataStream, tags: BounceTag[]): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) if (!stream.sizeExceeded) chunks.push(chunk as Buffer);
    if (stream.sizeExceeded) throw smtpError(552, `5.3.4 A bounce is at most ${MAX_BOUNCE_BYTES} bytes`);
    const message = Buffer.concat(chunks);
    try {
      for (const tag of tags) await this.bounces.receive(tag, message);
    } catch (error) {
      this.logger.warn({ err: (error as Error).message }, 'bounce message not recorded; the relay will try again');
      throw smtpError(451, '4.3.0 Not recorded, try again later');
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
