import { Body, Controller, Get, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { join } from 'node:path';
import { CoachPageAuthGuard } from '../../auth/coach-page-auth.guard';
import { Page } from '../../common/pages/page.decorator';
import type { CampaignStatus } from '../../campaigns/campaign.entity';
import { closedForAnswers } from '../../campaigns/closed-for-answers';
import { DomainError } from '../../common/domain-error';
import { uuidParam } from '../../common/uuid-param';
import { InterviewDto } from '../../responses/dto/interview.dto';
import { InterviewsService } from '../../responses/interviews.service';
import { CoachPage, type CoachPageContext, type PostedForm, sendPage, seeOther } from '../coach-page';
import { type FieldErrors, submitForm } from '../form-errors';
import { webTemplates } from '../web-templates';
import { CampaignPageLoader } from './campaign-page.loader';
import { type InterviewRow, interviewRows, valuesOfInterview } from './interview-list.view';
import { EMPTY_INTERVIEW, interviewBody, type InterviewValues, interviewValuesOf, interviewView } from './interview.view';

const render = webTemplates(join(__dirname, 'templates'));

/** Entering a 360 interview the coach held, correcting and removing one, as the API's /api/campaigns/:id/interviews does. */
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
    await this.listPage(page, id, res, { flash: typeof done === 'string' ? (LIST_FLASH[done] ?? null) : null });
  }

  @Get(':interviewId/edit')
  async correctionForm(
    @CoachPage() page: CoachPageContext,
    @Param('id', uuidParam) id: string,
    @Param('interviewId', uuidParam) interviewId: string,
    @Res() res: Response,
  ): Promise<void> {
    const interview = (await this.interviews.list(page.coach, id)).find((candidate) => candidate.id === interviewId);
    const loaded = await this.loader.context(page.coach, id);
    const row = interview && interviewRows(loaded.survey, campaignOf(loaded), [interview])[0];
    // One removed already is no longer listed; one that can no longer change is, with why.
    if (!interview || !row?.correctHref) return seeOther(res, `/coach/campaigns/${id}/interviews`);
    await this.formPage(page, id, res, valuesOfInterview(interview), {}, 200, row);
  }

  /** Saves the correction in the interview's place; a refusal of the input is the form again, a refusal of the change the list, saying why. */
  @Post(':interviewId')
  async correct(
    @CoachPage() page: CoachPageContext,
    @Param('id', uuidParam) id: string,
    @Param('interviewId', uuidParam) interviewId: string,
    @Body() form: PostedForm,
    @Res() res: Response,
  ): Promise<void> {
    const loaded = await this.loader.context(page.coach, id);
    const values = interviewValuesOf(loaded.survey, form);
    try {
      const errors = await submitForm(InterviewDto, interviewBody(values), (body) => this.interviews.correct(page.coach, id, interviewId, body));
      if (errors) {
        const interview = (await this.interviews.list(page.coach, id)).find((candidate) => candidate.id === interviewId);
        const row = interview && interviewRows(loaded.survey, campaignOf(loaded), [interview])[0];
        // Fixing the input would not help one that can no longer change: the list says why.
        if (!row?.correctHref) return seeOther(res, `/coach/campaigns/${id}/interviews`);
        return this.formPage(page, id, res, values, errors, 400, row);
      }
    } catch (error) {
      return this.refusedChange(page, id, res, error);
    }
    seeOther(res, `/coach/campaigns/${id}/interviews?done=corrected`);
  }

  @Get(':interviewId/remove')
  async confirmRemoval(
    @CoachPage() page: CoachPageContext,
    @Param('id', uuidParam) id: string,
    @Param('interviewId', uuidParam) interviewId: string,
    @Res() res: Response,
  ): Promise<void> {
    const loaded = await this.loader.context(page.coach, id);
    const campaign = campaignOf(loaded);
    const row = interviewRows(loaded.survey, campaign, await this.interviews.list(page.coach, id)).find((candidate) => candidate.id === interviewId);
    // One removed already (in another tab) is no longer listed; one that stays is, with why.
    if (!row?.removeHref) return seeOther(res, `/coach/campaigns/${id}/interviews`);
    sendPage(res, render('interview-remove', { top: this.loader.top(page, loaded, { campaignCrumb: true }), id, row, open: campaign.takesAnswers }));
  }

  /** Removes the interview; a refusal is the list again, saying why (see refusedChange). */
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
      return this.refusedChange(page, id, res, error);
    }
    seeOther(res, `/coach/campaigns/${id}/interviews?done=removed`);
  }

  /**
   * A removal or correction refused: the list, saying why (a version counted the interview
   * meanwhile, or the campaign closed). One posted twice (a double click, another tab) finds the
   * interview gone, and is shown the list too; a campaign not the coach's is still a 404.
   */
  private async refusedChange(page: CoachPageContext, id: string, res: Response, error: unknown): Promise<void> {
    if (error instanceof DomainError && (error.code === 'Conflict' || error.code === 'CampaignNotOpen'))
      return this.listPage(page, id, res, { problems: [error.message] }, 409);
    if (!(error instanceof DomainError && error.code === 'NotFound')) throw error;
    await this.loader.context(page.coach, id);
    seeOther(res, `/coach/campaigns/${id}/interviews`);
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
    const campaign = campaignOf(loaded);
    const rows = interviewRows(loaded.survey, campaign, await this.interviews.list(page.coach, id));
    sendPage(
      res,
      render('interviews', {
        top: this.loader.top(page, loaded, { campaignCrumb: true, ...options }),
        id,
        leader: loaded.engagement.leader.name,
        rows,
        open: campaign.takesAnswers,
      }),
      status,
    );
  }

  /** The interview form: a new interview, or with `correcting` the correction of that one. */
  private async formPage(
    page: CoachPageContext,
    id: string,
    res: Response,
    values: InterviewValues,
    errors: FieldErrors,
    status = 200,
    correcting?: InterviewRow,
  ): Promise<void> {
    const loaded = await this.loader.context(page.coach, id);
    const view = interviewView(loaded.survey, loaded.engagement.leader.name, values, errors);
    const mode = correcting
      ? {
          heading: 'Correct an interview',
          correcting,
          action: `/coach/campaigns/${id}/interviews/${correcting.id}`,
          submit: 'Save the correction',
          cancel: `/coach/campaigns/${id}/interviews`,
        }
      : { heading: 'Enter an interview', action: `/coach/campaigns/${id}/interviews`, submit: 'Save the interview', cancel: `/coach/campaigns/${id}` };
    sendPage(
      res,
      render('interview', {
        top: this.loader.top(page, loaded, { campaignCrumb: true, problems: view.problems }),
        id,
        leader: loaded.engagement.leader.name,
        title: `${mode.heading} · feedback360`,
        ...mode,
        ...view,
      }),
      status,
    );
  }
}

const LIST_FLASH: Record<string, string> = {
  removed: 'The interview is removed: its notes and ratings are no longer in the campaign.',
  corrected: 'The interview is corrected: the correction is in its place.',
};

/** The campaign as the interview pages need it: whether it still takes answers (and so corrections). */
const campaignOf = (loaded: { entity: { id: string; status: CampaignStatus; closesAt: Date | null } }): { id: string; takesAnswers: boolean } => ({
  id: loaded.entity.id,
  takesAnswers: loaded.entity.status === 'open' && !closedForAnswers(loaded.entity),
});
