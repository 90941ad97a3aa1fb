import { Body, Controller, Delete, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Coach } from '../auth/auth.service';
import { CoachAuthGuard, CurrentCoach } from '../auth/coach-auth.guard';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { uuidParam } from '../common/uuid-param';
import { PulseListDto, PulseViewDto, SchedulePulseDto } from './dto/pulse.dto';
import { PulsesService } from './pulses.service';

@ApiTags('pulses')
@ApiBearerAuth()
@ApiErrors(401, 404, 503)
@UseGuards(CoachAuthGuard)
@Controller('api/engagements')
export class PulsesController {
  constructor(private readonly pulses: PulsesService) {}

  /** Schedules a progress pulse on the program's focus goals; it launches itself on its day. */
  @Post(':id/pulses')
  @ApiCreatedResponse({ type: PulseViewDto })
  @ApiErrors(400, { 409: 'The engagement is closed.' })
  schedule(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string, @Body() body: SchedulePulseDto): Promise<PulseViewDto> {
    return this.pulses.schedule(coach, id, body);
  }

  @Get(':id/pulses')
  @ApiOkResponse({ type: PulseListDto })
  list(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string): Promise<PulseListDto> {
    return this.pulses.list(coach, id);
  }

  /** Cancels a pulse that has not launched. */
  @Delete(':id/pulses/:pulseId')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiErrors({ 409: 'The pulse has launched already.' })
  async cancel(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string, @Param('pulseId', uuidParam) pulseId: string): Promise<void> {
    await this.pulses.cancel(coach, id, pulseId);
  }
}
