import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Coach } from '../auth/auth.service';
import { CoachAuthGuard, CurrentCoach } from '../auth/coach-auth.guard';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { uuidParam } from '../common/uuid-param';
import { ChangePhaseDto, CreateEngagementDto, UpdateOutcomesDto } from './dto/create-engagement.dto';
import { EngagementViewDto } from './dto/engagement-view.dto';
import { EngagementsService } from './engagements.service';

const CLOSED = { 409: 'The engagement is closed.' };

@ApiTags('engagements')
@ApiBearerAuth()
@ApiErrors(401, 503)
@UseGuards(CoachAuthGuard)
@Controller('api/engagements')
export class EngagementsController {
  constructor(private readonly engagements: EngagementsService) {}

  @Post()
  @ApiCreatedResponse({ type: EngagementViewDto })
  @ApiErrors(400, 413)
  create(@CurrentCoach() coach: Coach, @Body() body: CreateEngagementDto): Promise<EngagementViewDto> {
    return this.engagements.create(coach, body);
  }

  @Get()
  @ApiOkResponse({ type: [EngagementViewDto], description: "The coach's own engagements." })
  list(@CurrentCoach() coach: Coach): Promise<EngagementViewDto[]> {
    return this.engagements.list(coach);
  }

  @Get(':id')
  @ApiOkResponse({ type: EngagementViewDto })
  @ApiErrors(404)
  get(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string): Promise<EngagementViewDto> {
    return this.engagements.get(coach, id);
  }

  /** Contracting: replaces the intended outcomes (texts, or {text, indicator}). */
  @Put(':id/outcomes')
  @ApiOkResponse({ type: EngagementViewDto, description: 'The engagement, each outcome with `measuredBy`.' })
  @ApiErrors(400, 404, CLOSED, 413)
  setOutcomes(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string, @Body() body: UpdateOutcomesDto): Promise<EngagementViewDto> {
    return this.engagements.setOutcomes(coach, id, body);
  }

  /** Moves the engagement to another phase; 409 names the phases it may move to. */
  @Post(':id/phase')
  @HttpCode(200)
  @ApiOkResponse({ type: EngagementViewDto })
  @ApiErrors(400, 404, { 409: 'The engagement cannot move to that phase from its current one: `message` names those it can.' }, 413)
  changePhase(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string, @Body() body: ChangePhaseDto): Promise<EngagementViewDto> {
    return this.engagements.changePhase(coach, id, body);
  }

  /** Purges everything stored about the engagement: campaigns, raters, answers, drafts, aggregates, comments. */
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Everything stored about the engagement is gone.' })
  @ApiErrors(400, 404, 413)
  async delete(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string): Promise<void> {
    await this.engagements.delete(coach, id);
  }
}
