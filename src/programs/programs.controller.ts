import { Body, Controller, Get, Param, Post, Put, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Coach } from '../auth/auth.service';
import { CoachAuthGuard, CurrentCoach } from '../auth/coach-auth.guard';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { uuidParam } from '../common/uuid-param';
import { CheckInsService } from './check-ins.service';
import { CoachingSessionDto, PracticeActionDto } from './dto/check-in.dto';
import { CoachingSessionListDto, CoachingSessionRecordDto, PracticeActionRecordDto } from './dto/check-in-record.dto';
import { SaveProgramDto } from './dto/program.dto';
import { ProgramProposalDto } from './dto/program-proposal.dto';
import { ProgramViewDto } from './dto/program-view.dto';
import { ProgramsService } from './programs.service';
import { optionalUuidQuery } from './optional-uuid-query';

const NO_PROGRAM = { 404: 'No such engagement of this coach, or it has no program yet.' };
const CLOSED = { 409: 'The engagement is closed.' };

@ApiTags('programs')
@ApiBearerAuth()
@ApiErrors(401, 404, 503)
@UseGuards(CoachAuthGuard)
@Controller('api/engagements')
export class ProgramsController {
  constructor(
    private readonly programs: ProgramsService,
    private readonly checkIns: CheckInsService,
  ) {}

  /** A first program from the released baseline report: focus themes, goals, ranked practices, and a draft to save. */
  @Get(':id/program/proposal')
  @ApiQuery({ name: 'baselineCampaignId', required: false, type: String, format: 'uuid' })
  @ApiOkResponse({ type: ProgramProposalDto })
  @ApiErrors({ 400: '`baselineCampaignId` is not a baseline campaign of this engagement.' }, { 409: 'No baseline report has been released to the leader yet.' })
  proposal(
    @CurrentCoach() coach: Coach,
    @Param('id', uuidParam) id: string,
    @Query('baselineCampaignId', optionalUuidQuery('baselineCampaignId')) baselineCampaignId?: string,
  ): Promise<ProgramProposalDto> {
    return this.programs.proposal(coach, id, baselineCampaignId);
  }

  /** Saves (or replaces) the program; the engagement moves to coaching. */
  @Put(':id/program')
  @ApiOkResponse({ type: ProgramViewDto })
  @ApiErrors(400, { 409: 'The engagement is closed, or no baseline report has been released yet.' }, 413)
  save(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string, @Body() body: SaveProgramDto): Promise<ProgramViewDto> {
    return this.programs.save(coach, id, body);
  }

  /** The program with what was done against what was planned, and the sessions with their private notes. */
  @Get(':id/program')
  @ApiOkResponse({ type: ProgramViewDto })
  @ApiErrors(NO_PROGRAM)
  get(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string): Promise<ProgramViewDto> {
    return this.programs.get(coach, id);
  }

  @Post(':id/sessions')
  @ApiCreatedResponse({ type: CoachingSessionRecordDto })
  @ApiErrors(400, NO_PROGRAM, CLOSED, 413)
  logSession(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string, @Body() body: CoachingSessionDto): Promise<CoachingSessionRecordDto> {
    return this.checkIns.logSession(coach, id, body);
  }

  @Get(':id/sessions')
  @ApiOkResponse({ type: CoachingSessionListDto })
  sessions(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string): Promise<CoachingSessionListDto> {
    return this.checkIns.sessions(coach, id);
  }

  /** The leader did an entry of the plan (a week's practice, an exercise, a reading). */
  @Post(':id/practice-actions')
  @ApiCreatedResponse({ type: PracticeActionRecordDto })
  @ApiErrors(400, NO_PROGRAM, CLOSED, 413)
  logAction(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string, @Body() body: PracticeActionDto): Promise<PracticeActionRecordDto> {
    return this.checkIns.logAction(coach, id, body);
  }
}
