import { Module } from '@nestjs/common';
import { BounceListener } from './bounce-listener';
import { BounceWebhookController } from './bounce-webhook.controller';
import { BounceWebhookGuard } from './bounce-webhook.guard';
import { BounceRepository } from './bounce.repository';
import { BounceService } from './bounce.service';

/** Bounce messages of invitations and reminders: read, and their permanent failures recorded. */
@Module({
  controllers: [BounceWebhookController],
  providers: [BounceRepository, BounceService, BounceListener, BounceWebhookGuard],
  exports: [BounceService],
})
export class BouncesModule {}
