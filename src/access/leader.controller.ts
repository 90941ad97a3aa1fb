import { Body, Controller, Get, Header, Param, Post, Query, Res, StreamableFile, UseGuards } from '@nestjs/common';
import { ApiCookieAuth, ApiExcludeController, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { today } from '../common/calendar-date';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { Page } from '../common/pages/page.decorator';
import { uuidParam } from '../common/uuid-param';
import { NominationsService } from '../campaigns/nominations/nominations.service';
import { ProgramViewDto } from '../programs/dto/program-view.dto';
import { renderProgramPage, renderProgramPdfFooter } from '../programs/program-page';
import { ReportDto } from '../reports/dto/report.dto';
import { PdfRenderer } from '../reports/page/pdf.renderer';
import { fileSlug } from '../reports/page/pdf-filename';
import { ReviewReportDto } from '../reviews/dto/review.dto';
import { renderReviewPage } from '../reviews/review-page';
import { type LeaderActionForm, renderLeaderHome, renderLeaderReport, renderSignedOut, renderSponsorAgenda } from './access-pages';
import { type AccessSession } from './access.service';
import { CurrentAccess, LeaderSessionGuard } from './access-session.guard';
import { ACCESS_COOKIE, accessPath, csrfToken } from './access-session';
import { ReleasedReportsDto, SponsorShareDto } from './dto/access.dto';
import { LeaderService } from './leader.service';
import { nominationSummary } from './leader-raters.page';

const HTML = 'text/html; charset=utf-8';

/** The leader's pages, under /leader/:engagementId, read with the session cookie their sign-in link set. */
@ApiExcludeController()
@UseGuards(LeaderSessionGuard)
@Page('access')
@Controller('leader/:engagementId')
export class LeaderPagesController {
  constructor(
    private readonly leader: LeaderService,
    private readonly pdf: PdfRenderer,
    private readonly nominations: NominationsService,
  ) {}

  @Get()
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  async home(
    @CurrentAccess() session: AccessSession,
    @Query('saved') saved?: string,
    @Query('sent') sent?: string,
    @Query('logged') logged?: string,
  ): Promise<string> {
    return this.homePage(session, { saved: saved === '1', sent: sent === '1', logged: logged === '1' });
  }

  /** The leader records an entry of the plan they did; a refusal is the home page again, the problem beside its field. */
  @Post('practice-actions')
  async logAction(@CurrentAccess() session: AccessSession, @Body() form: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const errors = await this.leader.logAction(session, form);
    if (!errors) {
      res
        .status(303)
        .setHeader('Location', `${accessPath('leader', session.engagementId)}?logged=1`)
        .end();
      return;
    }
    const text = (name: string): string => (typeof form[name] === 'string' ? form[name].slice(0, 2000) : '');
    const values = { practiceId: text('practiceId'), doneOn: text('doneOn'), note: text('note') };
    const html = await this.homePage(session, { saved: false, sent: false, logged: false, action: { values, errors } });
    res.status(400).type(HTML).setHeader('Cache-Control', 'no-store').send(html);
  }

  /** What the sponsor would see with the choices of the sharing form, before saving them. */
  @Post('sponsor-preview')
  async previewSharing(@CurrentAccess() session: AccessSession, @Body() form: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const { agenda, share } = await this.leader.previewSharing(session, form);
    const base = accessPath('leader', session.engagementId);
    const html = renderSponsorAgenda(agenda, {
      base,
      only: null,
      preview: {
        note: `This is what ${agenda.sponsor ?? 'your sponsor'} would see with the choices you made. Nothing is shared until you save them.`,
        back: { href: base, label: 'Back to your overview' },
        share: {
          action: `${base}/sharing`,
          csrf: csrfToken(session.token),
          goals: share.goals,
          progress: share.progress,
          label: `Share this with ${agenda.sponsor ?? 'your sponsor'}`,
        },
      },
    });
    res.status(200).type(HTML).setHeader('Cache-Control', 'no-store').send(html);
  }

  private async homePage(
    session: AccessSession,
    flags: {
      saved: boolean;
      sent: boolean;
      logged: boolean;
      action?: { values: { practiceId: string; doneOn: string; note: string }; errors: LeaderActionForm['errors'] };
    },
  ): Promise<string> {
    const [engagement, { reports }, share, hasProgram, proposals] = await Promise.all([
      this.leader.engagement(session),
      this.leader.releasedReports(session),
      this.leader.sharing(session),
      this.leader.hasProgram(session),
      this.nominations.openToLeader(session.engagementId),
    ]);
    const base = accessPath('leader', session.engagementId);
    const plan = hasProgram ? (await this.leader.program(session)).plan.map((entry) => ({ practiceId: entry.practiceId, title: entry.title })) : [];
    return renderLeaderHome({
      title: `${engagement.leaderName}: your feedback and development program`,
      sponsor: engagement.sponsorEmail ? engagement.sponsorName : null,
      base,
      csrf: csrfToken(session.token),
      share,
      nominations: proposals.map((proposal) => nominationSummary(proposal, base)),
      saved: flags.saved,
      sent: flags.sent,
      logged: flags.logged,
      reports,
      hasProgram,
      action: hasProgram
        ? { plan, values: flags.action?.values ?? { practiceId: plan[0]?.practiceId ?? '', doneOn: today(), note: '' }, errors: flags.action?.errors ?? {} }
        : null,
    });
  }

  @Get('reports/:campaignId')
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  async report(@CurrentAccess() session: AccessSession, @Param('campaignId', uuidParam) campaignId: string): Promise<string> {
    return renderLeaderReport(await this.leader.report(session, campaignId), accessPath('leader', session.engagementId));
  }

  /** The program page; it prints as it is, and is the input of the program's PDF. */
  @Get('program')
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  async program(@CurrentAccess() session: AccessSession): Promise<string> {
    return renderProgramPage(await this.leader.program(session), { backLink: accessPath('leader', session.engagementId) });
  }

  /** The same page printed by Chromium, for the leader to keep. */
  @Get('program.pdf')
  @Header('Cache-Control', 'no-store')
  async programPdf(@CurrentAccess() session: AccessSession): Promise<StreamableFile> {
    const view = await this.leader.program(session);
    const pdf = await this.pdf.render(renderProgramPage(view, { backLink: null }), { footerTemplate: renderProgramPdfFooter(view.leader) });
    return new StreamableFile(pdf, {
      type: 'application/pdf',
      disposition: `inline; filename="feedback360-program-${fileSlug(view.leader)}.pdf"`,
      length: pdf.length,
    });
  }

  @Get('review')
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  async review(@CurrentAccess() session: AccessSession): Promise<string> {
    return renderReviewPage(await this.leader.review(session), { backLink: accessPath('leader', session.engagementId) });
  }

  @Post('sharing')
  async sharing(@CurrentAccess() session: AccessSession, @Body() form: Record<string, unknown>, @Res() res: Response): Promise<void> {
    await this.leader.setSharing(session, form);
    res
      .status(303)
      .setHeader('Location', `${accessPath('leader', session.engagementId)}?saved=1`)
      .end();
  }

  @Post('sponsor-link')
  async sponsorLink(@CurrentAccess() session: AccessSession, @Body() form: Record<string, unknown>, @Res() res: Response): Promise<void> {
    await this.leader.sendSponsorLink(session, form);
    res
      .status(303)
      .setHeader('Location', `${accessPath('leader', session.engagementId)}?sent=1`)
      .end();
  }

  @Post('sign-out')
  async signOut(@CurrentAccess() session: AccessSession, @Body() form: Record<string, unknown>, @Res() res: Response): Promise<void> {
    await this.leader.signOut(session, form);
    res.clearCookie(ACCESS_COOKIE, { path: accessPath('leader', session.engagementId) });
    res.status(200).type(HTML).setHeader('Cache-Control', 'no-store').send(renderSignedOut());
  }
}

/** The same, as JSON, for tools: released report versions, the program (no private notes), the review, the sharing choice. */
@ApiTags('leader')
@ApiCookieAuth(ACCESS_COOKIE)
@ApiErrors({ 404: "Not signed in as this engagement's leader (the session cookie of its sign-in link), or nothing released yet." }, 503)
@UseGuards(LeaderSessionGuard)
@Controller('leader/:engagementId/api')
export class LeaderApiController {
  constructor(private readonly leader: LeaderService) {}

  @Get('reports')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ type: ReleasedReportsDto })
  reports(@CurrentAccess() session: AccessSession): Promise<ReleasedReportsDto> {
    return this.leader.releasedReports(session);
  }

  @Get('reports/:campaignId')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ type: ReportDto, description: 'The latest version the coach released, as it was frozen.' })
  report(@CurrentAccess() session: AccessSession, @Param('campaignId', uuidParam) campaignId: string): Promise<ReportDto> {
    return this.leader.report(session, campaignId);
  }

  @Get('program')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ type: ProgramViewDto, description: "The program, without the coach's private notes." })
  program(@CurrentAccess() session: AccessSession): Promise<ProgramViewDto> {
    return this.leader.program(session);
  }

  @Get('review')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ type: ReviewReportDto, description: 'The review, from released report versions only.' })
  review(@CurrentAccess() session: AccessSession): Promise<ReviewReportDto> {
    return this.leader.review(session);
  }

  @Get('sharing')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ type: SponsorShareDto, description: 'What the leader shares with the sponsor.' })
  sharing(@CurrentAccess() session: AccessSession): Promise<SponsorShareDto> {
    return this.leader.sharing(session);
  }
}
