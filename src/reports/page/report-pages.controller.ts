import { Controller, Get, Header, Param, Query, Req, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Coach } from '../../auth/auth.service';
import { type AuthenticatedRequest, CurrentCoach } from '../../auth/coach-auth.guard';
import { CoachPageAuthGuard } from '../../auth/coach-page-auth.guard';
import { Page } from '../../common/pages/page.decorator';
import { uuidParam } from '../../common/uuid-param';
import { versionQuery } from '../version-query.pipe';
import { ReportPageService } from './report-page.service';

/**
 * The report as a page for the campaign's coach, signed in with the page cookie or a bearer token
 * (its PDF is ReportPdfController's). Confidential: never cached.
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
}
