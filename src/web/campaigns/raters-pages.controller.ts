import { Body, Controller, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { join } from 'node:path';
import { CoachPageAuthGuard } from '../../auth/coach-page-auth.guard';
import { CampaignsService } from '../../campaigns/campaigns.service';
import { AddRatersDto, CorrectRaterEmailDto } from '../../campaigns/dto/campaign.dto';
import { DomainError, invalidInput } from '../../common/domain-error';
import { Page } from '../../common/pages/page.decorator';
import { uuidParam } from '../../common/uuid-param';
import { CoachPage, type CoachPageContext, formText, type PostedForm, sendPage, seeOther } from '../coach-page';
import { type FieldErrors, submitForm } from '../form-errors';
import { webTemplates } from '../web-templates';
import { CampaignPageLoader } from './campaign-page.loader';
import { correctionFieldName } from './campaign-page.view';
import type { UploadRequest } from './csv-upload.middleware';
import { previewRaterList } from '../../campaigns/raters/rater-csv';
import { ratersPreviewView } from './raters-preview.view';
import { RATER_LANGUAGES } from '../../responses/form-words';

const render = webTemplates(join(__dirname, 'templates'));

/** Raters in the browser: one at a time by group, or a pasted or uploaded list checked row by row before anything is saved. */
@ApiExcludeController()
@UseGuards(CoachPageAuthGuard)
@Page('coach')
@Controller('coach/campaigns/:id/raters')
export class RatersPagesController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly loader: CampaignPageLoader,
  ) {}

  @Post()
  async add(@CoachPage() page: CoachPageContext, @Param('id', uuidParam) id: string, @Body() form: PostedForm, @Res() res: Response): Promise<void> {
    const { engagement } = await this.loader.context(page.coach, id);
    const values = {
      name: formText(form, 'name', 300).trim(),
      email: formText(form, 'email', 300).trim(),
      group: formText(form, 'group', 40),
      language: formText(form, 'language', 20),
    };
    const refuse = async (errors: FieldErrors): Promise<void> =>
      sendPage(res, render('campaign', await this.loader.page(page, id, { add: { values, errors } })), 400);
    const { language, ...rater } = values;
    const errors = await submitForm(AddRatersDto, { raters: [{ ...rater, ...(language ? { language } : {}) }] }, async (body) => {
      // The leader answers as self, added with the campaign: said beside the email, not as a conflict.
      if (body.raters[0].email === engagement.leader.email.toLowerCase())
        throw invalidInput(["raters[0].email: is the leader's email: the leader answers the self-assessment, added automatically"]);
      try {
        await this.campaigns.addRaters(page.coach, id, body);
      } catch (error) {
        if (error instanceof DomainError && error.code === 'Conflict' && error.message.startsWith('Already a rater'))
          throw invalidInput(['raters[0].email: is already a rater of this campaign']);
        throw error;
      }
    });
    if (errors) return refuse(errors);
    seeOther(res, `/coach/campaigns/${id}?done=added`);
  }

  /** An address that did not work, corrected; after launch the invitation goes out again. */
  @Post(':raterId/email')
  async correctEmail(
    @CoachPage() page: CoachPageContext,
    @Param('id', uuidParam) id: string,
    @Param('raterId', uuidParam) raterId: string,
    @Body() form: PostedForm,
    @Res() res: Response,
  ): Promise<void> {
    const value = formText(form, correctionFieldName(raterId), 300).trim();
    let open = false;
    const errors = await submitForm(CorrectRaterEmailDto, { email: value }, async (body) => {
      try {
        open = (await this.campaigns.correctEmail(page.coach, id, raterId, body.email)).delivery.status !== 'not_invited';
      } catch (error) {
        if (error instanceof DomainError && error.code === 'Conflict') throw invalidInput([`email: ${error.message}`]);
        throw error;
      }
    });
    if (errors) {
      const correction = { raterId, value, error: errors.email ?? Object.values(errors)[0] ?? 'could not be saved' };
      return sendPage(res, render('campaign', await this.loader.page(page, id, { correction })), 400);
    }
    seeOther(res, `/coach/campaigns/${id}?done=${open ? 'resent' : 'corrected'}`);
  }

  @Post('preview')
  async preview(@CoachPage() page: CoachPageContext, @Param('id', uuidParam) id: string, @Body() form: PostedForm, @Res() res: Response): Promise<void> {
    await this.showPreview(page, id, formText(form, 'csv', 100_000), res);
  }

  /** The same, from a file (multipart/form-data; the middleware keeps it in memory, 256 kB at most). */
  @Post('upload')
  async upload(@CoachPage() page: CoachPageContext, @Param('id', uuidParam) id: string, @Req() req: UploadRequest, @Res() res: Response): Promise<void> {
    if (req.uploadError || !req.file) {
      const error = req.uploadError ?? 'is missing: choose a CSV file first';
      return sendPage(res, render('campaign', await this.loader.page(page, id, { fileError: error })), 400);
    }
    await this.showPreview(page, id, req.file.buffer.toString('utf8'), res);
  }

  /** Adds the rows that passed the check, checked again: what the coach saw is what is saved. */
  @Post('import')
  async import(@CoachPage() page: CoachPageContext, @Param('id', uuidParam) id: string, @Body() form: PostedForm, @Res() res: Response): Promise<void> {
    const csv = formText(form, 'csv', 100_000);
    const { preview } = await this.check(page, id, csv);
    if (preview.ready.length === 0) return this.showPreview(page, id, csv, res);
    await this.campaigns.addRaters(page.coach, id, { raters: preview.ready });
    seeOther(res, `/coach/campaigns/${id}?done=imported`);
  }

  private async check(page: CoachPageContext, id: string, csv: string) {
    const loaded = await this.loader.context(page.coach, id);
    const { raters } = await this.campaigns.listRaters(page.coach, id);
    const preview = previewRaterList(csv, {
      groups: loaded.survey.groups,
      leaderEmail: loaded.engagement.leader.email,
      existingEmails: raters.map((rater) => rater.email),
      languages: RATER_LANGUAGES,
    });
    return { loaded, preview };
  }

  private async showPreview(page: CoachPageContext, id: string, csv: string, res: Response): Promise<void> {
    const { loaded, preview } = await this.check(page, id, csv);
    const view = ratersPreviewView(this.loader.top(page, loaded, { campaignCrumb: true }), id, csv, preview);
    sendPage(res, render('raters-preview', view), preview.ready.length === 0 ? 400 : 200);
  }
}
