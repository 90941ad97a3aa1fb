import { Module } from '@nestjs/common';
import { EngagementRepository } from './engagement.repository';
import { EngagementsController } from './engagements.controller';
import { EngagementsService } from './engagements.service';

@Module({ controllers: [EngagementsController], providers: [EngagementsService, EngagementRepository], exports: [EngagementsService] })
export class EngagementsModule {}
