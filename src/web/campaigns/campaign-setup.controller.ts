import { Body, Controller, Get, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { join } from 'node:path';
import { CoachPageAuthGuard } from '../../auth/coach-page-auth.guard';
import { CreateCampaignDto } from '../../campaigns/dto/campaign.dto';
import { CampaignsService } from '../../campaigns/campaigns.service';
import { today } from '../../common/calendar-date';
import { Page } from '../../common/pages/page.decorator';
import { uuidParam } from '../../common/uuid-param';
import { EngagementsService } from '../../engagements/engagements.service';
import { SurveysService } from '../../surveys/surveys.service';
import { CoachPage, type CoachPageContext, formText, type PostedForm, sendPage, seeOther } from '../coach-page';
import { type FieldErrors, submitForm } from '../form-errors';
import { pageTop } from '../page-top';
import { webTemplates } from '../web-templates';
import { CampaignPageLoader } from './campaign-page.loader';
import { closesAtOf, type NewCampaignValues, newCampaignView } from './new-campaign.view';
import { previewGroup, renderSurveyPreview } from './survey-preview';

const render = webTemplates(join(__dirname, 'templates'));

/** A new campaign: pick a survey, preview it as each group of raters sees it, set the close date. */
@ApiExcludeController()
@UseGuards(CoachPageAuthGuard)
@Page('coach')
@Controller('coach')
export class CampaignSetupController {
  constructor(
    private readonly engagements: EngagementsService,
    private readonly campaigns: CampaignsService,
    private readonly surveys: SurveysService,
    private readonly loader: CampaignPageLoader,
  ) {}

  @Get('engagements/:id/campaigns/new')
  async newForm(@CoachPage() page: CoachPageContext, @Param('id', uuidParam) id: string, @Res() res: Response): Promise<void> {
    await this.showForm(page, id, res, { surveyId: 'leadership-360', phase: 'baseline', closesOn: '' });
  }

  @Post('engagements/:id/campaigns')
  async create(@CoachPage() page: CoachPageContext, @Param('id', uuidParam) id: string, @Body() form: PostedForm, @Res() res: Response): Promise<void> {
    await this.engagements.getOwned(page.coach, id);
    const values = { surveyId: formText(form, 'surveyId', 100), phase: formText(form, 'phase', 20), closesOn: formText(form, 'closesOn', 20).trim() };
    if (values.closesOn && !/^\d{4}-\d{2}-\d{2}$/.test(values.closesOn))
      return this.showForm(page, id, res, values, { closesAt: 'must be a date, as YYYY-MM-DD' });
    const plain = { surveyId: values.surveyId, phase: values.phase, ...(values.closesOn ? { closesAt: closesAtOf(values.closesOn) } : {}) };
    const created: { id?: string } = {};
    const errors = await submitForm(CreateCampaignDto, plain, async (body) => {
      created.id = (await this.campaigns.create(page.coach, id, body)).id;
    });
    if (errors || !created.id)
      return this.showForm(
        page,
        id,
        res,
        values,
        errors?.surveyId === 'must be the id of a survey (see GET /api/surveys)' ? { ...errors, surveyId: 'choose a survey' } : (errors ?? {}),
      );
    seeOther(res, `/coach/campaigns/${created.id}?done=created`);
  }

  /** A survey of the catalog, before any campaign: worded for this engagement's leader. */
  @Get('engagements/:id/surveys/:surveyId/preview')
  async previewSurvey(
    @CoachPage() page: CoachPageContext,
    @Param('id', uuidParam) id: string,
    @Param('surveyId') surveyId: string,
    @Query('group') group: unknown,
    @Res() res: Response,
  ): Promise<void> {
    const engagement = await this.engagements.get(page.coach, id);
    const survey = this.surveys.get(surveyId);
    const base = `/coach/engagements/${id}/surveys/${survey.id}/preview`;
    sendPage(
      res,
      renderSurveyPreview({
        survey,
        leaderName: engagement.leader.name,
        closesAt: null,
        group: previewGroup(survey, group),
        hrefFor: (candidate) => `${base}?group=${candidate}`,
        back: { href: `/coach/engagements/${id}/campaigns/new`, label: 'Back to the new campaign' },
      }),
    );
  }

  /** A campaign's own snapshot: what its raters get, to the word. */
  @Get('campaigns/:id/preview')
  async previewCampaign(
    @CoachPage() page: CoachPageContext,
    @Param('id', uuidParam) id: string,
    @Query('group') group: unknown,
    @Res() res: Response,
  ): Promise<void> {
    const { entity, engagement, survey } = await this.loader.context(page.coach, id);
    sendPage(
      res,
      renderSurveyPreview({
        survey,
        leaderName: engagement.leader.name,
        closesAt: entity.closesAt,
        group: previewGroup(survey, group),
        hrefFor: (candidate) => `/coach/campaigns/${id}/preview?group=${candidate}`,
        back: { href: `/coach/campaigns/${id}`, label: 'Back to the campaign' },
      }),
    );
  }

  private async showForm(page: CoachPageContext, engagementId: string, res: Response, values: NewCampaignValues, errors?: FieldErrors): Promise<void> {
    const engagement = await this.engagements.get(page.coach, engagementId);
    const view = newCampaignView({
      top: pageTop(page, { crumbs: [{ href: `/coach/engagements/${engagementId}`, label: engagement.title }] }),
      engagementId,
      leader: engagement.leader.name,
      surveys: this.surveys.definitions(),
      values,
      errors,
      today: today(),
    });
    sendPage(res, render('new', view), errors ? 400 : 200);
  }
}
