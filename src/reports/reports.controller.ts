import { Body, Controller, Get, Header, Headers, HttpCode, Param, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { sendRepresentation } from '../common/etag';
import type { Coach } from '../auth/auth.service';
import { CoachAuthGuard, CurrentCoach } from '../auth/coach-auth.guard';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { uuidParam } from '../common/uuid-param';
import { versionQuery } from './version-query.pipe';
import { ReleaseReportDto } from './dto/release-report.dto';
import { ReportDto } from './dto/report.dto';
import { VersionListDto, VersionSummaryDto } from './dto/report-versions.dto';
import { reportToCsv } from './export/report-csv';
import { ReportsService } from './reports.service';

const VERSION = { 400: '`version` is not a whole number of at least 1.', 404: 'No such campaign of this coach, or no such version.' };

@ApiTags('reports')
@ApiBearerAuth()
@ApiErrors(401, 404, 503)
@UseGuards(CoachAuthGuard)
@Controller('api/campaigns')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  /**
   * The latest version of the report (a new one is cut when enough new answers arrived), or
   * `?version=N` as it was frozen: its stored bytes, the same at every read. Either comes with a
   * strong ETag, and `If-None-Match` naming it gets 304. Gzipped when the client accepts it (from
   * pieces compressed once per version), with an ETag of its own.
   */
  @Get(':id/report')
  @ApiQuery({ name: 'version', required: false, type: 'integer', minimum: 1 })
  @ApiOkResponse({
    type: ReportDto,
    description: 'The report. `?version=N` is served as frozen, with `pending` null.',
    headers: {
      ETag: { description: 'A strong validator of these bytes.', schema: { type: 'string' } },
      'Content-Encoding': { description: '`gzip` when `Accept-Encoding` accepts it; absent otherwise.', schema: { type: 'string' } },
    },
  })
  @ApiResponse({
    status: 304,
    description: '`If-None-Match` named the ETag of the report as it is now: nothing changed.',
    headers: { ETag: { description: 'The same validator.', schema: { type: 'string' } } },
  })
  @ApiErrors(VERSION)
  async report(
    @CurrentCoach() coach: Coach,
    @Param('id', uuidParam) id: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
    @Query('version', versionQuery) version?: number,
  ): Promise<void> {
    const coding = req.acceptsEncodings('gzip', 'identity') === 'gzip' ? 'gzip' : 'identity';
    sendRepresentation(res, await this.reports.reportJson(coach, id, coding, version), ifNoneMatch);
  }

  @Get(':id/report/versions')
  @ApiOkResponse({ type: VersionListDto })
  versions(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string): Promise<VersionListDto> {
    return this.reports.list(coach, id);
  }

  /** Releases a version to the leader; released versions never change. */
  @Post(':id/report/release')
  @HttpCode(200)
  @ApiOkResponse({ type: VersionSummaryDto, description: 'The released version.' })
  @ApiErrors(
    400,
    {
      404: 'No such campaign of this coach, or no such version.',
      409: "There is no report to release yet: no answer is aggregated, or a closed campaign's answers are still being added.",
    },
    413,
  )
  release(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string, @Body() body: ReleaseReportDto): Promise<VersionSummaryDto> {
    return this.reports.release(coach, id, body.version);
  }

  /** The aggregate scores as CSV for spreadsheets: never single answers or comments. */
  @Get(':id/report.csv')
  @ApiQuery({ name: 'version', required: false, type: 'integer', minimum: 1 })
  @ApiOkResponse({
    content: { 'text/csv': { schema: { type: 'string' } } },
    description: "The report's aggregate scores as CSV (RFC 4180, formula-safe); never single answers or comments.",
  })
  @ApiErrors(VERSION)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="feedback360-scores.csv"')
  async reportCsv(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string, @Query('version', versionQuery) version?: number): Promise<string> {
    return reportToCsv(await this.reports.report(coach, id, version));
  }
}
