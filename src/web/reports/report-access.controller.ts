import { Body, Controller, Get, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { join } from 'node:path';
import { CoachPageAuthGuard } from '../../auth/coach-page-auth.guard';
import { CampaignsService } from '../../campaigns/campaigns.service';
import { notFound } from '../../common/domain-error';
import { Page } from '../../common/pages/page.decorator';
import { uuidParam } from '../../common/uuid-param';
import { ReportsService } from '../../reports/reports.service';
import { parseVersionQuery, versionQuery } from '../../reports/version-query.pipe';
import { CampaignPageLoader } from '../campaigns/campaign-page.loader';
import { CoachPage, type CoachPageContext, formText, type PostedForm, sendPage, seeOther } from '../coach-page';
import { webTemplates } from '../web-templates';
import { readFirstView, VERSIONS_FLASH, versionsView } from './report-access.view';

const render = webTemplates(join(__dirname, 'templates'));

/** The way to a campaign's report: asking first while answers are still to come, its versions, and releasing one to the leader. */
@ApiExcludeController()
@UseGuards(CoachPageAuthGuard)
@Page('coach')
@Controller('coach/campaigns/:id')
export class ReportAccessController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly reports: ReportsService,
    private readonly loader: CampaignPageLoader,
  ) {}

  /** Reading freezes a version: while answers are still to come, say what that means first. */
  @Get('report/read')
  async readFirst(@CoachPage() page: CoachPageContext, @Param('id', uuidParam) id: string, @Res() res: Response): Promise<void> {
    const loaded = await this.loader.context(page.coach, id);
    const progress = await this.campaigns.progress(page.coach, id);
    if (loaded.campaign.status !== 'open' || progress.responded >= progress.invited) return seeOther(res, `/coach/campaigns/${id}/report`);
    const { versions } = await this.reports.list(page.coach, id);
    sendPage(res, render('read-first', readFirstView(this.loader.top(page, loaded, { campaignCrumb: true }), id, loaded.survey, progress, versions)));
  }

  @Get('versions')
  async versions(@CoachPage() page: CoachPageContext, @Param('id', uuidParam) id: string, @Query('done') done: unknown, @Res() res: Response): Promise<void> {
    const loaded = await this.loader.context(page.coach, id);
    const { versions } = await this.reports.list(page.coach, id);
    const flash = typeof done === 'string' ? (VERSIONS_FLASH[done] ?? null) : null;
    const view = versionsView(this.loader.top(page, loaded, { flash, campaignCrumb: true }), id, loaded.campaign.title, versions);
    sendPage(res, render('versions', { ...view, leader: loaded.engagement.leader.name }));
  }

  @Get('release')
  async confirmRelease(
    @CoachPage() page: CoachPageContext,
    @Param('id', uuidParam) id: string,
    @Query('version', versionQuery) number: number | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const loaded = await this.loader.context(page.coach, id);
    const { versions } = await this.reports.list(page.coach, id);
    const view = versionsView(this.loader.top(page, loaded, { campaignCrumb: true }), id, loaded.campaign.title, versions);
    const version = view.versions.find((candidate) => candidate.number === (number ?? view.versions[0]?.number));
    if (!version) throw notFound(`Report version ${number ?? 1}`);
    sendPage(res, render('release', { top: view.top, id, leader: loaded.engagement.leader.name, version }));
  }

  @Post('release')
  async release(@CoachPage() page: CoachPageContext, @Param('id', uuidParam) id: string, @Body() form: PostedForm, @Res() res: Response): Promise<void> {
    await this.loader.context(page.coach, id);
    const number = parseVersionQuery(formText(form, 'version', 12));
    if (number === undefined) throw notFound('Report version');
    await this.reports.release(page.coach, id, number);
    seeOther(res, `/coach/campaigns/${id}/versions?done=released`);
  }
}
