import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Coach } from '../auth/auth.service';
import { CoachAuthGuard, CurrentCoach } from '../auth/coach-auth.guard';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { uuidParam } from '../common/uuid-param';
import { InterviewDto, InterviewView } from './dto/interview.dto';
import { ReceivedDto } from './dto/questionnaire.dto';
import { InterviewsService } from './interviews.service';

@ApiTags('campaigns')
@ApiBearerAuth()
@UseGuards(CoachAuthGuard)
@Controller('api/campaigns')
export class InterviewsController {
  constructor(private readonly interviews: InterviewsService) {}

  @Post(':id/interviews')
  @ApiCreatedResponse({
    type: ReceivedDto,
    description:
      'The interview is stored as one more answer of its group, marked as the coach’s: readers see it as an answer like any other, but no threshold is met by interviews in place of rater answers.',
  })
  @ApiErrors(400, 401, 404, { 409: 'The campaign takes no answers: not launched yet, closed, or past its close date.' }, 413, 503)
  record(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string, @Body() body: InterviewDto): Promise<ReceivedDto> {
    return this.interviews.record(coach, id, body);
  }

  @Get(':id/interviews')
  @ApiOkResponse({ type: InterviewView, isArray: true, description: 'The interviews the coach entered in the campaign, oldest day first.' })
  @ApiErrors(401, 404, 503)
  list(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string): Promise<InterviewView[]> {
    return this.interviews.list(coach, id);
  }

  @Put(':id/interviews/:interviewId')
  @ApiOkResponse({
    type: ReceivedDto,
    description:
      'The correction takes the place of the interview, as one change: the interview is taken out, and the correction entered and folded as a new one.',
  })
  @ApiErrors(
    400,
    401,
    404,
    { 409: 'A report version counts the interview (a version never changes, so the interview stays), or the campaign takes no answers any more.' },
    413,
    503,
  )
  correct(
    @CurrentCoach() coach: Coach,
    @Param('id', uuidParam) id: string,
    @Param('interviewId', uuidParam) interviewId: string,
    @Body() body: InterviewDto,
  ): Promise<ReceivedDto> {
    return this.interviews.correct(coach, id, interviewId, body);
  }

  @Delete(':id/interviews/:interviewId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The interview is taken back out, its notes and ratings with it, as if it had never been entered.' })
  @ApiErrors(401, 404, { 409: 'A report version counts the interview: a version never changes, so the interview stays.' }, 503)
  async remove(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string, @Param('interviewId', uuidParam) interviewId: string): Promise<void> {
    await this.interviews.remove(coach, id, interviewId);
  }
}
