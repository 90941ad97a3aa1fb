import { Body, Controller, Get, Header, HttpCode, Param, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Coach } from '../auth/auth.service';
import { CoachAuthGuard, CurrentCoach } from '../auth/coach-auth.guard';
import { uuidParam } from '../common/uuid-param';
import { versionQuery } from './version-query.pipe';
import { ReleaseReportDto } from './dto/release-report.dto';
import { reportToCsv } from './export/report-csv';
import { ReportsService } from './reports.service';

@ApiTags('reports')
@ApiBearerAuth()
@UseGuards(CoachAuthGuard)
@Controller('api/campaigns')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  /** The latest version of the report (a new one is cut when enough new answers arrived), or `?version=N`. */
  @Get(':id/report')
  @ApiQuery({ name: 'version', required: false, type: Number })
  report(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string, @Query('version', versionQuery) version?: number) {
    return this.reports.report(coach, id, version);
  }

  @Get(':id/report/versions')
  versions(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string) {
    return this.reports.list(coach, id);
  }

  /** Releases a version to the leader; released versions never change. */
  @Post(':id/report/release')
  @HttpCode(200)
  release(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string, @Body() body: ReleaseReportDto) {
    return this.reports.release(coach, id, body.version);
  }

  /** The aggregate scores as CSV for spreadsheets: never single answers or comments. */
  @Get(':id/report.csv')
  @ApiQuery({ name: 'version', required: false, type: Number })
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="feedback360-scores.csv"')
  async reportCsv(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string, @Query('version', versionQuery) version?: number): Promise<string> {
    return reportToCsv(await this.reports.report(coach, id, version));
  }
}
