import { Body, Controller, Get, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { join } from 'node:path';
import { CoachPageAuthGuard } from '../../auth/coach-page-auth.guard';
import { Page } from '../../common/pages/page.decorator';
import { DomainError } from '../../common/domain-error';
import { uuidParam } from '../../common/uuid-param';
import { InterviewDto } from '../../responses/dto/interview.dto';
import { InterviewsService } from '../../responses/interviews.service';
import { CoachPage, type CoachPageContext, type PostedForm, sendPage, seeOther } from '../coach-page';
import { type FieldErrors, submitForm } from '../form-errors';
import { webTemplates } from '../web-templates';
import { CampaignPageLoader } from './campaign-page.loader';
import { interviewRows } from './interview-list.view';
import { EMPTY_INTERVIEW, interviewBody, type InterviewValues, interviewValuesOf, interviewView } from './interview.view';

const render = webTemplates(join(__dirname, 'templates'));

/** Entering a 360 interview the coach held, and removing one, as the API's /api/campaigns/:id/interviews does. */
@ApiExcludeController()
@UseGuards(CoachPageAuthGuard)
@Page('coach')
@Controller('coach/campaigns/:id/interviews')
export class InterviewPagesController {
  constructor(
    private readonly loader: CampaignPageLoader,
    private readonly interviews: InterviewsService,
  ) {}

  @Get()
  async list(@CoachPage() page: CoachPageContext, @Param('id', uuidParam) id: string, @Query('done') done: unknown, @Res() res: Response): Promise<void> {
    await this.listPage(page, id, res, { flash: done === 'removed' ? 'The interview is removed: its notes and ratings are no longer in the campaign.' : null });
  }

  @Get(':interviewId/remove')
  async confirmRemoval(
    @CoachPage() page: CoachPageContext,
    @Param('id', uuidParam) id: string,
    @Param('interviewId', uuidParam) interviewId: string,
    @Res() res: Response,
  ): Promise<void> {
    const loaded = await this.loader.context(page.coach, id);
    const row = interviewRows(loaded.survey, id, await this.interviews.list(page.coach, id)).find((candidate) => candidate.id === interviewId);
    // One removed already (in another tab) is no longer listed; one that stays is, with why.
    if (!row?.removeHref) return seeOther(res, `/coach/campaigns/${id}/interviews`);
    sendPage(
      res,
      render('interview-remove', { top: this.loader.top(page, loaded, { campaignCrumb: true }), id, row, open: loaded.campaign.status === 'open' }),
    );
  }

  /**
   * Removes the interview; a refusal (a version counted it meanwhile) is the list again, saying why.
   * A second post of the same form (a double click) finds it gone, and is shown the list too.
   */
  @Post(':interviewId/remove')
  async remove(
    @CoachPage() page: CoachPageContext,
    @Param('id', uuidParam) id: string,
    @Param('interviewId', uuidParam) interviewId: string,
    @Res() res: Response,
  ): Promise<void> {
    try {
      await this.interviews.remove(page.coach, id, interviewId);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'Conflict') return this.listPage(page, id, res, { problems: [error.message] }, 409);
      if (!(error instanceof DomainError && error.code === 'NotFound')) throw error;
      // Not the coach's campaign at all is still a 404; their interview removed already is the list.
      await this.loader.context(page.coach, id);
      return seeOther(res, `/coach/campaigns/${id}/interviews`);
    }
    seeOther(res, `/coach/campaigns/${id}/interviews?done=removed`);
  }

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

  private async listPage(
    page: CoachPageContext,
    id: string,
    res: Response,
    options: { flash?: string | null; problems?: string[] },
    status = 200,
  ): Promise<void> {
    const loaded = await this.loader.context(page.coach, id);
    const rows = interviewRows(loaded.survey, id, await this.interviews.list(page.coach, id));
    sendPage(
      res,
      render('interviews', {
        top: this.loader.top(page, loaded, { campaignCrumb: true, ...options }),
        id,
        leader: loaded.engagement.leader.name,
        rows,
        open: loaded.campaign.status === 'open',
      }),
      status,
    );
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
