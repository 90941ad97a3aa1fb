import { Body, Controller, Get, Param, Post, Put, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Coach } from '../auth/auth.service';
import { CoachAuthGuard, CurrentCoach } from '../auth/coach-auth.guard';
import { uuidParam } from '../common/uuid-param';
import { CheckInsService } from './check-ins.service';
import { CoachingSessionDto, PracticeActionDto } from './dto/check-in.dto';
import { SaveProgramDto } from './dto/program.dto';
import { ProgramsService } from './programs.service';
import { optionalUuidQuery } from './optional-uuid-query';

@ApiTags('programs')
@ApiBearerAuth()
@UseGuards(CoachAuthGuard)
@Controller('api/engagements')
export class ProgramsController {
  constructor(
    private readonly programs: ProgramsService,
    private readonly checkIns: CheckInsService,
  ) {}

  /** A first program from the released baseline report: focus themes, goals, ranked practices, and a draft to save. */
  @Get(':id/program/proposal')
  @ApiQuery({ name: 'baselineCampaignId', required: false, type: String })
  proposal(
    @CurrentCoach() coach: Coach,
    @Param('id', uuidParam) id: string,
    @Query('baselineCampaignId', optionalUuidQuery('baselineCampaignId')) baselineCampaignId?: string,
  ) {
    return this.programs.proposal(coach, id, baselineCampaignId);
  }

  /** Saves (or replaces) the program; the engagement moves to coaching. */
  @Put(':id/program')
  save(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string, @Body() body: SaveProgramDto) {
    return this.programs.save(coach, id, body);
  }

  /** The program with what was done against what was planned, and the sessions with their private notes. */
  @Get(':id/program')
  get(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string) {
    return this.programs.get(coach, id);
  }

  @Post(':id/sessions')
  logSession(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string, @Body() body: CoachingSessionDto) {
    return this.checkIns.logSession(coach, id, body);
  }

  @Get(':id/sessions')
  sessions(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string) {
    return this.checkIns.sessions(coach, id);
  }

  /** The leader did an entry of the plan (a week's practice, an exercise, a reading). */
  @Post(':id/practice-actions')
  logAction(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string, @Body() body: PracticeActionDto) {
    return this.checkIns.logAction(coach, id, body);
  }
}
