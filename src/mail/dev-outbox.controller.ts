import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { notFound } from '../common/domain-error';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { DevOutbox, type OutboxMessage } from './dev-outbox';
import { renderMail as render } from './mail-render';

/** The embedded mail catcher's inbox, for development only: absent as soon as SMTP_URL is set. */
@ApiExcludeController()
@Controller('dev')
export class DevOutboxController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: DevOutbox,
  ) {}

  @Get('outbox')
  @Header('Content-Type', 'text/html; charset=utf-8')
  async page(): Promise<string> {
    return render('outbox', { messages: await this.messages() });
  }

  @Get('outbox.json')
  messages(): Promise<OutboxMessage[]> {
    if (this.config.smtpUrl) throw notFound('Outbox');
    return this.outbox.list();
  }
}
