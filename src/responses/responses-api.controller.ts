import { Body, Controller, Get, HttpCode, Param, Post, Put, UseGuards } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { PerClientThrottlerGuard } from '../rate-limit/per-client.throttler-guard';
import { SIGN_IN_LIMIT } from '../rate-limit/rate-limit.module';
import { ResponsesService } from './responses.service';

const answersBody = {
  schema: {
    type: 'object',
    properties: { answers: { type: 'object', additionalProperties: true, example: { 'communication.listens': 4, strengths: 'Calm under pressure' } } },
  },
};

/** The rater's questionnaire as JSON, for clients other than the HTML form. No account needed. */
@ApiTags('responses')
@UseGuards(PerClientThrottlerGuard)
@SkipThrottle({ [SIGN_IN_LIMIT]: true })
@Controller('api/responses')
export class ResponsesApiController {
  constructor(private readonly responses: ResponsesService) {}

  @Get(':token')
  questionnaire(@Param('token') token: string) {
    return this.responses.questionnaire(token);
  }

  @Put(':token/draft')
  @HttpCode(204)
  @ApiBody(answersBody)
  async saveDraft(@Param('token') token: string, @Body() body: unknown): Promise<void> {
    await this.responses.saveDraft(token, body);
  }

  @Post(':token')
  @ApiBody(answersBody)
  submit(@Param('token') token: string, @Body() body: unknown) {
    return this.responses.submit(token, body);
  }
}
