import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { PerClientThrottlerGuard } from '../rate-limit/per-client.throttler-guard';
import { SIGN_IN_LIMIT } from '../rate-limit/rate-limit.module';
import type { Request, Response } from 'express';
import { parseCookies } from '../common/cookies';
import { DomainError } from '../common/domain-error';
import { Page } from '../common/pages/page.decorator';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { formGuard, isValidFormGuard, languageCookieName, languageHintsOf, RATER_SESSION_SECONDS, raterCookieName, raterSessionKey } from './rater-session';
import { formToAnswers, toFormView, toReviewView } from './rater-form';
import { fill, formWords, raterLanguage } from './form-words';
import { refusalIn } from './rater-error.page';
import { surveyLanguages } from '../surveys/translate-survey';
import type { InvitationContext } from './response.repository';
import { MAX_DECLINE_REASON } from './dto/decline.dto';
import {
  declinedView,
  declineView,
  renderDeclinePage,
  renderRaterForm,
  renderRaterMessage,
  renderReview,
  renderThankYou,
  thankYouView,
} from './rater-form.page';
import { ResponsesService } from './responses.service';

/** The API's words are English; the rater's error page shows them in the rater's language. */
const FORM_EXPIRED = formWords('en').formExpired;

/** What the rater's browser gets: a page, or a redirect. Errors are the exception filter's. */
interface FormAnswer {
  status: number;
  html: string;
  location?: string;
  /** The language the rater chose on the page, remembered for their next visit. */
  chosenLanguage?: string;
}

/**
 * The rater's page: a plain HTML form that works without JavaScript. The emailed link
 * (/r/:token) trades its token for a short-lived cookie and redirects to /r/s/:key, so the token
 * leaves the address bar and the browser history at once.
 */
@ApiExcludeController()
@Page('rater')
@UseGuards(PerClientThrottlerGuard)
@SkipThrottle({ [SIGN_IN_LIMIT]: true })
@Controller('r')
export class RaterFormController {
  constructor(
    private readonly responses: ResponsesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':token')
  async open(@Param('token') token: string, @Res() res: Response): Promise<void> {
    await this.responses.openInvitation(token);
    const key = raterSessionKey(token);
    res.cookie(raterCookieName(key), token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.publicUrl.startsWith('https://'),
      path: `/r/s/${key}`,
      maxAge: RATER_SESSION_SECONDS * 1000,
    });
    send(res, { status: 303, html: '', location: `/r/s/${key}` });
  }

  @Get('s/:key')
  async show(@Param('key') key: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const token = this.tokenFromCookie(req, key);
    const invitation = await this.responses.openInvitation(token);
    const language = languageFor(invitation, req, key, undefined);
    const q = await this.responses.questionnaireFor(token, invitation, language);
    send(res, {
      status: 200,
      html: renderRaterForm(
        toFormView(q, q.draft?.answers ?? {}, `/r/s/${key}`, {
          guard: formGuard(token),
          declineHref: `/r/s/${key}/decline`,
          autosaveHref: `/r/s/${key}/draft`,
          language,
          languages: surveyLanguages(invitation.survey),
        }),
      ),
    });
  }

  /**
   * The form's autosave, when JavaScript is on: the same fields "Save and finish later" posts,
   * kept as the encrypted draft without leaving the page. The script asks for JSON, so a refusal
   * comes back as the error body, whose message it shows beside the form.
   */
  @Post('s/:key/draft')
  @HttpCode(204)
  async autosave(@Param('key') key: string, @Req() req: Request, @Body() form: Record<string, unknown>): Promise<void> {
    try {
      const token = this.tokenFromCookie(req, key);
      if (!isValidFormGuard(token, form?.guard)) throw new DomainError('Forbidden', FORM_EXPIRED);
      const q = await this.responses.questionnaire(token);
      await this.responses.saveDraft(token, formToAnswers(q, form ?? {}));
    } catch (error) {
      // The script shows the reason beside the form, so in the form's language: the language field
      // it posts, which only a form offering one language (English) lacks.
      const translated = error instanceof DomainError && refusalIn(error.message, raterLanguage({ picked: form?.language }));
      if (error instanceof DomainError && translated) throw new DomainError(error.code, translated);
      throw error;
    }
  }

  @Post('s/:key')
  async submitFromSession(@Param('key') key: string, @Req() req: Request, @Body() form: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const token = this.tokenFromCookie(req, key);
    if (!isValidFormGuard(token, form?.guard)) throw new DomainError('Forbidden', FORM_EXPIRED);
    const answer = await this.handleForm(token, form, `/r/s/${key}`, req, key);
    if (answer.chosenLanguage) {
      res.cookie(languageCookieName(key), answer.chosenLanguage, {
        httpOnly: true,
        sameSite: 'strict',
        secure: this.config.publicUrl.startsWith('https://'),
        path: `/r/s/${key}`,
        maxAge: RATER_SESSION_SECONDS * 1000,
      });
    }
    send(res, answer);
  }

  /** Declining: what it means, an optional reason, and a button; nothing is recorded until it is pressed. */
  @Get('s/:key/decline')
  async confirmDecline(@Param('key') key: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const token = this.tokenFromCookie(req, key);
    const invitation = await this.responses.openInvitation(token);
    const language = languageFor(invitation, req, key, undefined);
    send(res, { status: 200, html: renderDeclinePage(declineView(invitation, `/r/s/${key}`, formGuard(token), language)) });
  }

  @Post('s/:key/decline')
  async decline(@Param('key') key: string, @Req() req: Request, @Body() form: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const token = this.tokenFromCookie(req, key);
    if (!isValidFormGuard(token, form?.guard)) throw new DomainError('Forbidden', FORM_EXPIRED);
    const reason = typeof form?.reason === 'string' ? form.reason.slice(0, MAX_DECLINE_REASON) : '';
    // Asked before declining: once declined, the link no longer opens its invitation.
    const invitation = await this.responses.openInvitation(token);
    const language = languageFor(invitation, req, key, undefined);
    await this.responses.decline(token, reason);
    send(res, { status: 200, html: renderRaterMessage(declinedView(language)) });
  }

  /** The form posted straight to the emailed link, as in the public contract. */
  @Post(':token')
  async submit(@Param('token') token: string, @Body() form: Record<string, unknown>, @Req() req: Request, @Res() res: Response): Promise<void> {
    send(res, await this.handleForm(token, form, `/r/${token}`, req, null));
  }

  /** A refused answer is the form again, the problem beside each field; other errors go to the filter. */
  private async handleForm(token: string, form: Record<string, unknown> | undefined, action: string, req: Request, key: string | null): Promise<FormAnswer> {
    const invitation = await this.responses.openInvitation(token);
    const language = languageFor(invitation, req, key, form?.language);
    const q = await this.responses.questionnaireFor(token, invitation, language);
    const body = formToAnswers(q, form ?? {});
    const guard = formGuard(token);
    const onSessionPage = action.startsWith('/r/s/');
    const pageOptions = {
      guard,
      declineHref: onSessionPage ? `${action}/decline` : undefined,
      autosaveHref: onSessionPage ? `${action}/draft` : undefined,
      language,
      languages: surveyLanguages(invitation.survey),
    };
    try {
      // Another language: what was typed is kept as the draft, and the same form comes back in that language.
      if (form?.action === 'language') {
        await this.responses.saveDraft(token, body);
        return { status: 200, html: renderRaterForm(toFormView(q, body.answers, action, pageOptions)), chosenLanguage: language };
      }
      if (form?.action === 'save') {
        await this.responses.saveDraft(token, body);
        return { status: 200, html: renderRaterForm(toFormView(q, body.answers, action, { ...pageOptions, saved: true })) };
      }
      // The review step: the answers checked as a submission is, then shown once more before they are sent.
      if (form?.action === 'review') {
        this.responses.validate(invitation, body, 'submit');
        return { status: 200, html: renderReview(toReviewView(q, body.answers, action, guard, language)) };
      }
      if (form?.action === 'edit') return { status: 200, html: renderRaterForm(toFormView(q, body.answers, action, pageOptions)) };
      await this.responses.submit(token, body);
      return { status: 201, html: renderThankYou(thankYouView(q, language)) };
    } catch (error) {
      if (error instanceof DomainError && error.code === 'InvalidInput') {
        return {
          status: 400,
          html: renderRaterForm(
            toFormView(q, body.answers, action, { ...pageOptions, errors: error.details.map((detail) => readableError(detail, language)) }),
          ),
        };
      }
      throw error;
    }
  }

  private tokenFromCookie(req: Request, key: string): string {
    const token = parseCookies(req.headers.cookie)[raterCookieName(key)];
    if (!token || raterSessionKey(token) !== key) throw new DomainError('NotFound', formWords('en').noSession);
    return token;
  }
}

/** The language of this link's pages, among the survey's languages (see raterLanguage). */
function languageFor(invitation: InvitationContext, req: Request, key: string | null, posted: unknown): string {
  return raterLanguage({ ...languageHintsOf(req.headers, key, posted), coachSet: invitation.raterLanguage }, surveyLanguages(invitation.survey));
}

/** Never cached: the form holds a rater's answers. */
function send(res: Response, answer: FormAnswer): void {
  res.status(answer.status).setHeader('Cache-Control', 'no-store');
  if (answer.location) {
    res.setHeader('Location', answer.location).end();
    return;
  }
  res.type('text/html; charset=utf-8').send(answer.html);
}

/** A problem with the answers as the form shows it: in the rater's language where the form itself can lead to it. */
function readableError(detail: string, language: string): string {
  const words = formWords(language);
  if (detail.startsWith('answers: rate at least one')) return words.saySomething;
  const tooLong = /: must be at most (\d+) characters \(got (\d+)\)$/.exec(detail);
  if (tooLong) return fill(words.commentTooLong, { max: tooLong[1], got: tooLong[2] });
  // Only a hand-made request reaches the others (the form's fields cannot), so they stay as the API words them.
  return detail.replace(/^answers\./, '');
}
