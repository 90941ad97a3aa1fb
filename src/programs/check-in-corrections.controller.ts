import { Body, Controller, Delete, HttpCode, Param, Put, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Coach } from '../auth/auth.service';
import { CoachAuthGuard, CurrentCoach } from '../auth/coach-auth.guard';
import { uuidParam } from '../common/uuid-param';
import { CheckInsService } from './check-ins.service';
import { CoachingSessionDto, PracticeActionDto } from './dto/check-in.dto';

/** Correcting a mistaken check-in: a session or a leader's action replaced as a whole, or deleted. */
@ApiTags('programs')
@ApiBearerAuth()
@UseGuards(CoachAuthGuard)
@Controller('api/engagements/:id')
export class CheckInCorrectionsController {
  constructor(private readonly checkIns: CheckInsService) {}

  @Put('sessions/:sessionId')
  updateSession(
    @CurrentCoach() coach: Coach,
    @Param('id', uuidParam) id: string,
    @Param('sessionId', uuidParam) sessionId: string,
    @Body() body: CoachingSessionDto,
  ) {
    return this.checkIns.updateSession(coach, id, sessionId, body);
  }

  @Delete('sessions/:sessionId')
  @HttpCode(204)
  async deleteSession(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string, @Param('sessionId', uuidParam) sessionId: string): Promise<void> {
    await this.checkIns.deleteSession(coach, id, sessionId);
  }

  @Put('practice-actions/:actionId')
  updateAction(
    @CurrentCoach() coach: Coach,
    @Param('id', uuidParam) id: string,
    @Param('actionId', uuidParam) actionId: string,
    @Body() body: PracticeActionDto,
  ) {
    return this.checkIns.updateAction(coach, id, actionId, body);
  }

  @Delete('practice-actions/:actionId')
  @HttpCode(204)
  async deleteAction(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string, @Param('actionId', uuidParam) actionId: string): Promise<void> {
    await this.checkIns.deleteAction(coach, id, actionId);
  }
}
