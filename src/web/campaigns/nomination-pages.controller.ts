import { Body, Controller, Param, Post, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { join } from 'node:path';
import { CoachPageAuthGuard } from '../../auth/coach-page-auth.guard';
import { CampaignsService } from '../../campaigns/campaigns.service';
import { SendBackNominationDto } from '../../campaigns/nominations/nomination.dto';
import { NominationsService } from '../../campaigns/nominations/nominations.service';
import { previewRaterList } from '../../campaigns/raters/rater-csv';
import { Page } from '../../common/pages/page.decorator';
import { uuidParam } from '../../common/uuid-param';
import { CoachPage, type CoachPageContext, formText, type PostedForm, sendPage, seeOther } from '../coach-page';
import { submitForm } from '../form-errors';
import { webTemplates } from '../web-templates';
import { CampaignPageLoader } from './campaign-page.loader';
import type { NominationFormState } from './nomination.view';

const render = webTemplates(join(__dirname, 'templates'));

/** The leader's proposal on the campaign page: corrected as a list, approved, or sent back with a note. */
@ApiExcludeController()
@UseGuards(CoachPageAuthGuard)
@Page('coach')
@Controller('coach/campaigns/:id/nomination')
export class NominationPagesController {
  constructor(
    private readonly nominations: NominationsService,
    private readonly campaigns: CampaignsService,
    private readonly loader: CampaignPageLoader,
  ) {}

  /** The corrected list, checked line by line as a pasted list is; the lines' problems stand beside the field. */
  @Post()
  async edit(@CoachPage() page: CoachPageContext, @Param('id', uuidParam) id: string, @Body() form: PostedForm, @Res() res: Response): Promise<void> {
    const csv = formText(form, 'csv', 100_000);
    const { engagement, survey } = await this.loader.context(page.coach, id);
    const { raters } = await this.campaigns.listRaters(page.coach, id);
    const preview = previewRaterList(csv, { groups: survey.groups, leaderEmail: engagement.leader.email, existingEmails: raters.map((rater) => rater.email) });
    const problems = [...preview.problems, ...preview.rows.flatMap((row) => row.problems.map((problem) => `line ${row.line} ${problem}`))];
    if (problems.length > 0) return this.refuse(page, id, res, { csv, csvError: problems.join('; ') });
    await this.nominations.editByCoach(page.coach, id, preview.ready);
    seeOther(res, `/coach/campaigns/${id}?done=proposal-saved`);
  }

  @Post('approve')
  async approve(@CoachPage() page: CoachPageContext, @Param('id', uuidParam) id: string, @Res() res: Response): Promise<void> {
    await this.nominations.approve(page.coach, id);
    seeOther(res, `/coach/campaigns/${id}?done=proposal-approved`);
  }

  @Post('return')
  async sendBack(@CoachPage() page: CoachPageContext, @Param('id', uuidParam) id: string, @Body() form: PostedForm, @Res() res: Response): Promise<void> {
    const note = formText(form, 'note', 2000);
    const errors = await submitForm(SendBackNominationDto, { note }, (body) => this.nominations.sendBack(page.coach, id, body.note));
    if (errors) return this.refuse(page, id, res, { note, noteError: errors.note ?? Object.values(errors).join('; ') });
    seeOther(res, `/coach/campaigns/${id}?done=proposal-returned`);
  }

  private async refuse(page: CoachPageContext, id: string, res: Response, nomination: NominationFormState): Promise<void> {
    sendPage(res, render('campaign', await this.loader.page(page, id, { nomination })), 400);
  }
}
