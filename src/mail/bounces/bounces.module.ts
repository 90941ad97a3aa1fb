import { Module } from '@nestjs/common';
import { BounceListener } from './bounce-listener';
import { BounceRepository } from './bounce.repository';
import { BounceService } from './bounce.service';

/** Bounce messages of invitations and reminders: read, and their permanent failures recorded. */
@Module({
  providers: [BounceRepository, BounceService, BounceListener],
  exports: [BounceService],
})
export class BouncesModule {}
