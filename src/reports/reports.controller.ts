import { Controller, Get, Header, Param, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Coach } from '../auth/auth.service';
import { CoachAuthGuard, CurrentCoach } from '../auth/coach-auth.guard';
import { uuidParam } from '../common/uuid-param';
import { reportToCsv } from './report-csv';
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

  /** The aggregate scores as CSV for spreadsheets: never single answers or comments. */
  @Get(':id/report.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="feedback360-scores.csv"')
  async reportCsv(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string): Promise<string> {
    return reportToCsv(await this.reports.report(coach, id));
  }
}
