import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Coach } from '../auth/auth.service';
import { CoachAuthGuard, CurrentCoach } from '../auth/coach-auth.guard';
import { uuidParam } from '../common/uuid-param';
import { ReportsService } from './reports.service';

@ApiTags('reports')
@ApiBearerAuth()
@UseGuards(CoachAuthGuard)
@Controller('api/campaigns')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get(':id/report')
  report(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string) {
    return this.reports.report(coach, id);
  }
}
