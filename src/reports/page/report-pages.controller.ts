import { Controller, Get, Header, Param, Query, Req, StreamableFile, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Coach } from '../../auth/auth.service';
import { type AuthenticatedRequest, CurrentCoach } from '../../auth/coach-auth.guard';
import { CoachPageAuthGuard } from '../../auth/coach-page-auth.guard';
import { Page } from '../../common/pages/page.decorator';
import { uuidParam } from '../../common/uuid-param';
import { versionQuery } from '../version-query.pipe';
import { ReportPageService } from './report-page.service';

/**
 * The report as a page and a PDF for the campaign's coach, signed in with the page cookie or a
 * bearer token. Confidential: never cached.
 */
@ApiExcludeController()
@UseGuards(CoachPageAuthGuard)
@Page('coach')
@Controller('coach')
export class ReportPagesController {
  constructor(private readonly pages: ReportPageService) {}

  @Get('campaigns/:id/report')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  report(
    @CurrentCoach() coach: Coach,
    @Req() request: AuthenticatedRequest,
    @Param('id', uuidParam) id: string,
    @Query('version', versionQuery) version?: number,
  ): Promise<string> {
    return this.pages.html(coach, id, version, { signOut: request.coachAuth === 'cookie' ? (request.coachCsrf ?? null) : null });
  }

  @Get('campaigns/:id/report.pdf')
  @Header('Cache-Control', 'no-store')
  async reportPdf(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string, @Query('version', versionQuery) version?: number): Promise<StreamableFile> {
    const { pdf, filename } = await this.pages.pdfFile(coach, id, version);
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: `inline; filename="${filename}"`, length: pdf.length });
  }
}
