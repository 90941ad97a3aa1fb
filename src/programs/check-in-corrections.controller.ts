import { Body, Controller, Delete, HttpCode, Param, Put, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Coach } from '../auth/auth.service';
import { CoachAuthGuard, CurrentCoach } from '../auth/coach-auth.guard';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { uuidParam } from '../common/uuid-param';
import { CheckInsService } from './check-ins.service';
import { CoachingSessionDto, PracticeActionDto } from './dto/check-in.dto';
import { CoachingSessionRecordDto, PracticeActionRecordDto } from './dto/check-in-record.dto';

const NO_ENTRY = { 404: 'No such engagement of this coach, no program, or no such entry in this engagement.' };
const CLOSED = { 409: 'The engagement is closed.' };

/** Correcting a mistaken check-in: a session or a leader's action replaced as a whole, or deleted. */
@ApiTags('programs')
@ApiBearerAuth()
@ApiErrors(401, NO_ENTRY, CLOSED, 503)
@UseGuards(CoachAuthGuard)
@Controller('api/engagements/:id')
export class CheckInCorrectionsController {
  constructor(private readonly checkIns: CheckInsService) {}

  @Put('sessions/:sessionId')
  @ApiOkResponse({ type: CoachingSessionRecordDto, description: 'The session as corrected.' })
  @ApiErrors(400, 413)
  updateSession(
    @CurrentCoach() coach: Coach,
    @Param('id', uuidParam) id: string,
    @Param('sessionId', uuidParam) sessionId: string,
    @Body() body: CoachingSessionDto,
  ): Promise<CoachingSessionRecordDto> {
    return this.checkIns.updateSession(coach, id, sessionId, body);
  }

  @Delete('sessions/:sessionId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The session and its private notes are deleted.' })
  async deleteSession(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string, @Param('sessionId', uuidParam) sessionId: string): Promise<void> {
    await this.checkIns.deleteSession(coach, id, sessionId);
  }

  @Put('practice-actions/:actionId')
  @ApiOkResponse({ type: PracticeActionRecordDto, description: 'The action as corrected.' })
  @ApiErrors(400, 413)
  updateAction(
    @CurrentCoach() coach: Coach,
    @Param('id', uuidParam) id: string,
    @Param('actionId', uuidParam) actionId: string,
    @Body() body: PracticeActionDto,
  ): Promise<PracticeActionRecordDto> {
    return this.checkIns.updateAction(coach, id, actionId, body);
  }

  @Delete('practice-actions/:actionId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The action is deleted: done against planned counts one fewer.' })
  async deleteAction(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string, @Param('actionId', uuidParam) actionId: string): Promise<void> {
    await this.checkIns.deleteAction(coach, id, actionId);
  }
}
