import { Controller, Get, Header, Param, Query, StreamableFile, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOkResponse, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Coach } from '../../auth/auth.service';
import { CurrentCoach } from '../../auth/coach-auth.guard';
import { CoachPageAuthGuard } from '../../auth/coach-page-auth.guard';
import { COACH_COOKIE } from '../../auth/coach-session-cookie';
import { ApiPageErrors } from '../../common/openapi/api-errors.decorator';
import { Page } from '../../common/pages/page.decorator';
import { uuidParam } from '../../common/uuid-param';
import { versionQuery } from '../version-query.pipe';
import { ReportPageService } from './report-page.service';

/**
 * The report's PDF, for the coach to hand on: a page route (a browser signed in with the cookie
 * opens it), and a file tools fetch with the bearer token, so it is in the API document too.
 * Confidential: never cached.
 */
@ApiTags('reports')
@ApiBearerAuth()
@ApiCookieAuth(COACH_COOKIE)
@UseGuards(CoachPageAuthGuard)
@Page('coach')
@Controller('coach/campaigns')
export class ReportPdfController {
  constructor(private readonly pages: ReportPageService) {}

  @Get(':id/report.pdf')
  @Header('Cache-Control', 'no-store')
  @ApiQuery({ name: 'version', required: false, type: 'integer', minimum: 1 })
  @ApiOkResponse({
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
    description: 'The report printed by Chromium: a cover, then every section of the report page, "Page X of Y" in each footer.',
  })
  @ApiResponse({
    status: 303,
    description: 'A browser (Accept: text/html) without a session is sent to sign in first, and back here after.',
    headers: { Location: { description: '/coach/login?next=<this address>', schema: { type: 'string' } } },
  })
  @ApiPageErrors(
    { 400: '`version` is not a whole number of at least 1.', 401: 'Neither a valid bearer token nor the sign-in cookie.' },
    { 404: 'No such campaign of this coach, or no such version.', 503: 'Chromium is missing or did not print in time: `message` names CHROMIUM_PATH.' },
  )
  async reportPdf(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string, @Query('version', versionQuery) version?: number): Promise<StreamableFile> {
    const { pdf, filename } = await this.pages.pdfFile(coach, id, version);
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: `inline; filename="${filename}"`, length: pdf.length });
  }
}
