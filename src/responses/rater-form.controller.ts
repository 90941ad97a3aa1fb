import { Body, Controller, Get, Param, Post, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { PerClientThrottlerGuard } from '../rate-limit/per-client.throttler-guard';
import { SIGN_IN_LIMIT } from '../rate-limit/rate-limit.module';
import type { Response } from 'express';
import { join } from 'node:path';
import { DomainError, ERROR_STATUS } from '../common/domain-error';
import { compileTemplates } from '../common/template-renderer';
import { formToAnswers, toFormView } from './rater-form';
import { ResponsesService } from './responses.service';

const render = compileTemplates(join(__dirname, 'templates'));

const HEADINGS: Partial<Record<DomainError['code'], string>> = {
  NotFound: 'Link not recognised',
  CampaignClosed: 'This survey has closed',
  AlreadyAnswered: 'Thank you, your answers are in',
};

/** The rater's page: a plain HTML form that works without JavaScript. */
@ApiExcludeController()
@UseGuards(PerClientThrottlerGuard)
@SkipThrottle({ [SIGN_IN_LIMIT]: true })
@Controller('r')
export class RaterFormController {
  constructor(private readonly responses: ResponsesService) {}

  @Get(':token')
  async show(@Param('token') token: string, @Res() res: Response): Promise<void> {
    await this.respond(res, async () => {
      const q = await this.responses.questionnaire(token);
      return { status: 200, html: render('form', toFormView(q, q.draft?.answers ?? {}, `/r/${token}`)) };
    });
  }

  @Post(':token')
  async submit(@Param('token') token: string, @Body() form: Record<string, unknown>, @Res() res: Response): Promise<void> {
    await this.respond(res, async () => {
      const invitation = await this.responses.openInvitation(token);
      const q = await this.responses.questionnaireFor(token, invitation);
      const body = formToAnswers(q, form ?? {});
      const saving = form?.action === 'save';
      try {
        if (saving) {
          await this.responses.saveDraft(token, body);
          return { status: 200, html: render('form', toFormView(q, body.answers, `/r/${token}`, { saved: true })) };
        }
        await this.responses.submit(token, body);
        return { status: 201, html: render('message', { heading: 'Thank you!', message: 'Your answers were received. You can close this page.' }) };
      } catch (error) {
        if (error instanceof DomainError && error.code === 'InvalidInput') {
          return { status: 400, html: render('form', toFormView(q, body.answers, `/r/${token}`, { errors: error.details.map(readableError) })) };
        }
        throw error;
      }
    });
  }

  private async respond(res: Response, produce: () => Promise<{ status: number; html: string }>): Promise<void> {
    let page: { status: number; html: string };
    try {
      page = await produce();
    } catch (error) {
      if (!(error instanceof DomainError) || !HEADINGS[error.code]) throw error;
      page = { status: ERROR_STATUS[error.code], html: render('message', { heading: HEADINGS[error.code], message: error.message }) };
    }
    res.status(page.status).type('text/html; charset=utf-8').setHeader('Cache-Control', 'no-store');
    res.send(page.html);
  }
}

/** "answers.strengths: must be ..." reads better on a page as "strengths: must be ...". */
function readableError(detail: string): string {
  return detail.replace(/^answers\./, '');
}
