import { DynamicModule, Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { BouncesModule } from './bounces/bounces.module';
import { DevOutbox } from './dev-outbox';
import { DevOutboxController } from './dev-outbox.controller';
import { InvitationSweeper } from './invitation-sweeper';
import { MailTransport } from './mail-transport';
import { MailProcessor } from './mail.processor';
import { MailRepository } from './mail.repository';
import { MailService } from './mail.service';

@Module({})
export class MailModule {
  /** The outbox page exists only with the embedded catcher. */
  static forRoot(options: { embeddedCatcher: boolean }): DynamicModule {
    return {
      module: MailModule,
      imports: [CampaignsModule, BouncesModule],
      controllers: options.embeddedCatcher ? [DevOutboxController] : [],
      providers: [MailService, MailRepository, MailTransport, DevOutbox, MailProcessor, InvitationSweeper],
    };
  }
}
