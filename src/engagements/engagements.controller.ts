import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Coach } from '../auth/auth.service';
import { CoachAuthGuard, CurrentCoach } from '../auth/coach-auth.guard';
import { uuidParam } from '../common/uuid-param';
import { ChangePhaseDto, CreateEngagementDto, UpdateOutcomesDto } from './dto/create-engagement.dto';
import { EngagementsService } from './engagements.service';

@ApiTags('engagements')
@ApiBearerAuth()
@UseGuards(CoachAuthGuard)
@Controller('api/engagements')
export class EngagementsController {
  constructor(private readonly engagements: EngagementsService) {}

  @Post()
  create(@CurrentCoach() coach: Coach, @Body() body: CreateEngagementDto) {
    return this.engagements.create(coach, body);
  }

  @Get()
  list(@CurrentCoach() coach: Coach) {
    return this.engagements.list(coach);
  }

  @Get(':id')
  get(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string) {
    return this.engagements.get(coach, id);
  }

  /** Contracting: replaces the intended outcomes (texts, or {text, indicator}). */
  @Put(':id/outcomes')
  setOutcomes(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string, @Body() body: UpdateOutcomesDto) {
    return this.engagements.setOutcomes(coach, id, body);
  }

  /** Moves the engagement to another phase; 409 names the phases it may move to. */
  @Post(':id/phase')
  @HttpCode(200)
  changePhase(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string, @Body() body: ChangePhaseDto) {
    return this.engagements.changePhase(coach, id, body);
  }

  /** Purges everything stored about the engagement: campaigns, raters, answers, drafts, aggregates, comments. */
  @Delete(':id')
  @HttpCode(204)
  async delete(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string): Promise<void> {
    await this.engagements.delete(coach, id);
  }
}
