import { Controller, Get, Inject, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { join } from 'node:path';
import { CoachPageAuthGuard } from '../../auth/coach-page-auth.guard';
import { CampaignsService } from '../../campaigns/campaigns.service';
import { Page } from '../../common/pages/page.decorator';
import { uuidParam } from '../../common/uuid-param';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { CoachPage, type CoachPageContext, sendPage, seeOther } from '../coach-page';
import { webTemplates } from '../web-templates';
import { CampaignPageLoader } from './campaign-page.loader';
import { CAMPAIGN_FLASH } from './campaign-page.view';
import { launchView } from './launch.view';

const render = webTemplates(join(__dirname, 'templates'));

/** A campaign: its raters by group, the launch with the invitations it sends, progress in counts, reminders, closing. */
@ApiExcludeController()
@UseGuards(CoachPageAuthGuard)
@Page('coach')
@Controller('coach/campaigns')
export class CampaignPagesController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly loader: CampaignPageLoader,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':id')
  async show(
    @CoachPage() page: CoachPageContext,
    @Param('id', uuidParam) id: string,
    @Query('done') done: unknown,
    @Query('reminded') reminded: unknown,
    @Res() res: Response,
  ): Promise<void> {
    const count = typeof reminded === 'string' && /^\d{1,6}$/.test(reminded) ? Number(reminded) : null;
    const flash =
      count !== null
        ? count === 0
          ? 'Everyone has answered or been reminded already: no reminder was sent.'
          : `A reminder is on its way to the ${count === 1 ? 'one person' : `${count} people`} who have not answered yet.`
        : typeof done === 'string'
          ? (CAMPAIGN_FLASH[done] ?? null)
          : null;
    sendPage(res, render('campaign', await this.loader.page(page, id, { flash })));
  }

  @Get(':id/launch')
  async confirmLaunch(@CoachPage() page: CoachPageContext, @Param('id', uuidParam) id: string, @Res() res: Response): Promise<void> {
    const loaded = await this.loader.context(page.coach, id);
    const { raters } = await this.campaigns.listRaters(page.coach, id);
    const view = launchView({
      campaign: loaded.campaign,
      survey: loaded.survey,
      raters,
      leaderName: loaded.engagement.leader.name,
      coachName: page.coach.name,
      publicUrl: this.config.publicUrl,
      now: new Date(),
    });
    sendPage(res, render('launch', { top: this.loader.top(page, loaded, { campaignCrumb: true }), ...view }));
  }

  @Post(':id/launch')
  async launch(@CoachPage() page: CoachPageContext, @Param('id', uuidParam) id: string, @Res() res: Response): Promise<void> {
    await this.campaigns.launch(page.coach, id);
    seeOther(res, `/coach/campaigns/${id}?done=launched`);
  }

  @Post(':id/remind')
  async remind(@CoachPage() page: CoachPageContext, @Param('id', uuidParam) id: string, @Res() res: Response): Promise<void> {
    const { reminded } = await this.campaigns.remind(page.coach, id);
    seeOther(res, `/coach/campaigns/${id}?reminded=${reminded}`);
  }

  @Get(':id/close')
  async confirmClose(@CoachPage() page: CoachPageContext, @Param('id', uuidParam) id: string, @Res() res: Response): Promise<void> {
    const loaded = await this.loader.context(page.coach, id);
    const progress = await this.campaigns.progress(page.coach, id);
    sendPage(
      res,
      render('close', {
        top: this.loader.top(page, loaded, { campaignCrumb: true }),
        id,
        title: loaded.campaign.title,
        answered: progress.responded,
        invited: progress.invited,
      }),
    );
  }

  @Post(':id/close')
  async close(@CoachPage() page: CoachPageContext, @Param('id', uuidParam) id: string, @Res() res: Response): Promise<void> {
    await this.campaigns.close(page.coach, id);
    seeOther(res, `/coach/campaigns/${id}?done=closed`);
  }
}
