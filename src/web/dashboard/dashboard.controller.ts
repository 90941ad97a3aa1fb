import { Controller, Get, Query, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { join } from 'node:path';
import { CoachPageAuthGuard } from '../../auth/coach-page-auth.guard';
import { Page } from '../../common/pages/page.decorator';
import { EngagementsService } from '../../engagements/engagements.service';
import { CoachPage, type CoachPageContext, sendPage } from '../coach-page';
import { EngagementStateService } from '../engagement-state.service';
import { pageTop } from '../page-top';
import { webTemplates } from '../web-templates';
import { DASHBOARD_FLASH, dashboardView } from './dashboard.view';
import { nextStep } from './next-step';

const render = webTemplates(join(__dirname, 'templates'));

/** The coach's home: every engagement with its phase and the next step to take. */
@ApiExcludeController()
@UseGuards(CoachPageAuthGuard)
@Page('coach')
@Controller('coach')
export class DashboardController {
  constructor(
    private readonly engagements: EngagementsService,
    private readonly state: EngagementStateService,
  ) {}

  @Get()
  async dashboard(@CoachPage() page: CoachPageContext, @Query('done') done: unknown, @Res() res: Response): Promise<void> {
    const now = new Date();
    const entries = await Promise.all(
      (await this.engagements.list(page.coach)).map(async (engagement) => {
        const [campaigns, program] = await Promise.all([this.state.campaignStates(page.coach, engagement.id), this.state.program(engagement.id)]);
        return { engagement, next: nextStep({ engagement, campaigns, program, now }) };
      }),
    );
    const flash = typeof done === 'string' ? (DASHBOARD_FLASH[done] ?? null) : null;
    sendPage(res, render('dashboard', dashboardView(pageTop(page, { flash, atHome: true }), entries)));
  }
}
