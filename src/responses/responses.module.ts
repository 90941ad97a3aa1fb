import { Module } from '@nestjs/common';
import { RaterFormController } from './rater-form.controller';
import { ResponseRepository } from './response.repository';
import { ResponsesApiController } from './responses-api.controller';
import { ResponsesService } from './responses.service';

@Module({ controllers: [ResponsesApiController, RaterFormController], providers: [ResponsesService, ResponseRepository] })
export class ResponsesModule {}
