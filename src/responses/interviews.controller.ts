import { Body, Controller, Param, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Coach } from '../auth/auth.service';
import { CoachAuthGuard, CurrentCoach } from '../auth/coach-auth.guard';
import { uuidParam } from '../common/uuid-param';
import { InterviewDto } from './dto/interview.dto';
import { InterviewsService } from './interviews.service';

@ApiTags('campaigns')
@ApiBearerAuth()
@UseGuards(CoachAuthGuard)
@Controller('api/campaigns')
export class InterviewsController {
  constructor(private readonly interviews: InterviewsService) {}

  @Post(':id/interviews')
  record(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string, @Body() body: InterviewDto) {
    return this.interviews.record(coach, id, body);
  }
}
