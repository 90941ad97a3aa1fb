import { Body, Controller, Get, Param, Post, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { join } from 'node:path';
import { CoachPageAuthGuard } from '../../auth/coach-page-auth.guard';
import { Page } from '../../common/pages/page.decorator';
import { uuidParam } from '../../common/uuid-param';
import { InterviewDto } from '../../responses/dto/interview.dto';
import { InterviewsService } from '../../responses/interviews.service';
import { CoachPage, type CoachPageContext, type PostedForm, sendPage, seeOther } from '../coach-page';
import { type FieldErrors, submitForm } from '../form-errors';
import { webTemplates } from '../web-templates';
import { CampaignPageLoader } from './campaign-page.loader';
import { EMPTY_INTERVIEW, interviewBody, type InterviewValues, interviewValuesOf, interviewView } from './interview.view';

const render = webTemplates(join(__dirname, 'templates'));

/** Entering a 360 interview the coach held, as the API's POST /api/campaigns/:id/interviews does. */
@ApiExcludeController()
@UseGuards(CoachPageAuthGuard)
@Page('coach')
@Controller('coach/campaigns/:id/interviews')
export class InterviewPagesController {
  constructor(
    private readonly loader: CampaignPageLoader,
    private readonly interviews: InterviewsService,
  ) {}

  @Get('new')
  async form(@CoachPage() page: CoachPageContext, @Param('id', uuidParam) id: string, @Res() res: Response): Promise<void> {
    await this.formPage(page, id, res, EMPTY_INTERVIEW, {});
  }

  /** Saves the interview; a refusal is the form again, as typed, with each problem beside its field. */
  @Post()
  async record(@CoachPage() page: CoachPageContext, @Param('id', uuidParam) id: string, @Body() form: PostedForm, @Res() res: Response): Promise<void> {
    const { survey } = await this.loader.context(page.coach, id);
    const values = interviewValuesOf(survey, form);
    const errors = await submitForm(InterviewDto, interviewBody(values), (body) => this.interviews.record(page.coach, id, body));
    if (errors) return this.formPage(page, id, res, values, errors, 400);
    seeOther(res, `/coach/campaigns/${id}?done=interview`);
  }

  private async formPage(page: CoachPageContext, id: string, res: Response, values: InterviewValues, errors: FieldErrors, status = 200): Promise<void> {
    const loaded = await this.loader.context(page.coach, id);
    const view = interviewView(loaded.survey, loaded.engagement.leader.name, values, errors);
    sendPage(
      res,
      render('interview', {
        top: this.loader.top(page, loaded, { campaignCrumb: true, problems: view.problems }),
        id,
        leader: loaded.engagement.leader.name,
        ...view,
      }),
      status,
    );
  }
}
