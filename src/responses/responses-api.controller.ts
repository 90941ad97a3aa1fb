import { Body, Controller, Get, HttpCode, Param, Post, Put, UseGuards } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { PerClientThrottlerGuard } from '../rate-limit/per-client.throttler-guard';
import { SIGN_IN_LIMIT } from '../rate-limit/rate-limit.module';
import { DeclineDto, DeclinedDto } from './dto/decline.dto';
import { AnswersDto, QuestionnaireDto, ReceivedDto } from './dto/questionnaire.dto';
import { ResponsesService } from './responses.service';

/** What every use of a link can meet: an unknown link, a closed campaign, an answer already given, too many tries. */
const LINK_ERRORS = [
  {
    404: 'The link is not valid.',
    409: 'This link has already been answered, or its rater declined.',
    410: 'The campaign has closed: the link no longer works.',
  },
  429,
  503,
] as const;

/** The rater's questionnaire as JSON, for clients other than the HTML form. No account needed. */
@ApiTags('responses')
@ApiErrors(...LINK_ERRORS)
@UseGuards(PerClientThrottlerGuard)
@SkipThrottle({ [SIGN_IN_LIMIT]: true })
@Controller('api/responses')
export class ResponsesApiController {
  constructor(private readonly responses: ResponsesService) {}

  @Get(':token')
  @ApiOkResponse({ type: QuestionnaireDto })
  questionnaire(@Param('token') token: string): Promise<QuestionnaireDto> {
    return this.responses.questionnaire(token);
  }

  @Put(':token/draft')
  @HttpCode(204)
  @ApiBody({ type: AnswersDto })
  @ApiNoContentResponse({ description: 'The draft is saved, encrypted with a key only the link holds.' })
  @ApiErrors({ 400: 'An answer is wrong: `message` names its key and why.' }, 413)
  async saveDraft(@Param('token') token: string, @Body() body: unknown): Promise<void> {
    await this.responses.saveDraft(token, body);
  }

  @Post(':token')
  @ApiBody({ type: AnswersDto })
  @ApiCreatedResponse({ type: ReceivedDto, description: 'The answer is stored, with nothing that ties it to the rater.' })
  @ApiErrors({ 400: 'An answer is wrong: `message` names its key and why.' }, 413)
  submit(@Param('token') token: string, @Body() body: unknown): Promise<ReceivedDto> {
    return this.responses.submit(token, body);
  }

  @Post(':token/decline')
  @HttpCode(200)
  @ApiOkResponse({ type: DeclinedDto, description: 'The rater declined: the link takes no answer and no reminder goes out.' })
  @ApiErrors({ 400: 'The reason is not text, or too long.' }, 413)
  decline(@Param('token') token: string, @Body() body: DeclineDto): Promise<DeclinedDto> {
    return this.responses.decline(token, body.reason ?? null);
  }
}
