import { Body, Controller, Get, Inject, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import { join } from 'node:path';
import { COACH_COOKIE, coachCookieOptions, isSameOriginPost } from '../../auth/coach-session-cookie';
import { PasswordResetDto, PasswordResetRequestDto } from '../../auth/dto/auth.dto';
import { PasswordResetService } from '../../auth/password-reset.service';
import { parseCookies } from '../../common/cookies';
import { DomainError } from '../../common/domain-error';
import { Page } from '../../common/pages/page.decorator';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { PerClientThrottlerGuard } from '../../rate-limit/per-client.throttler-guard';
import { RATER_LINK_LIMIT, SIGN_IN_LIMIT } from '../../rate-limit/rate-limit.module';
import { formText, type PostedForm, sendPage, seeOther } from '../coach-page';
import { validateForm } from '../form-errors';
import { webTemplates } from '../web-templates';
import { forgotView, resetView } from './account-forms.view';

const render = webTemplates(join(__dirname, 'templates'));

/** Between opening the emailed link and saving the new password, the token waits here (not in the address bar). */
const PENDING_COOKIE = 'f360_reset';
const PENDING_PATH = '/coach/password';
const PENDING_MINUTES = 15;

/** A field of the form tied to the pending token: a cross-site form cannot know it. */
const guardOf = (token: string): string => createHash('sha256').update(`password-reset-continue\u0000${token}`).digest('hex');
const isValidGuard = (token: string, submitted: unknown): boolean => {
  const expected = Buffer.from(guardOf(token));
  const actual = Buffer.from(typeof submitted === 'string' ? submitted : '');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
};

/**
 * "Forgot password" in the browser. Asking always answers the same. The emailed link parks its
 * token in a short-lived cookie and redirects to an address without it; opening it uses nothing
 * (mail scanners open links), saving the new password does.
 */
@ApiExcludeController()
@Page('coach')
@UseGuards(PerClientThrottlerGuard)
@SkipThrottle({ [RATER_LINK_LIMIT]: true })
@Controller('coach/password')
export class PasswordPagesController {
  constructor(
    private readonly resets: PasswordResetService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('forgot')
  @SkipThrottle({ [SIGN_IN_LIMIT]: true })
  forgotForm(@Res() res: Response): void {
    sendPage(res, render('forgot', forgotView('')));
  }

  @Post('forgot')
  async forgot(@Req() req: Request, @Body() form: PostedForm | undefined, @Res() res: Response): Promise<void> {
    if (!isSameOriginPost(req)) throw new DomainError('Forbidden', 'Ask from the page of this site.');
    const email = formText(form, 'email', 300).trim();
    const checked = await validateForm(PasswordResetRequestDto, { email });
    if ('errors' in checked) return sendPage(res, render('forgot', forgotView(email, checked.errors)), 400);
    await this.resets.request(checked.value.email);
    seeOther(res, '/coach/login?reset=sent');
  }

  @Get('reset/:token')
  async open(@Param('token') token: string, @Res() res: Response): Promise<void> {
    await this.resets.check(token);
    res.cookie(PENDING_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: this.secure(), path: PENDING_PATH, maxAge: PENDING_MINUTES * 60_000 });
    seeOther(res, `${PENDING_PATH}/reset`);
  }

  @Get('reset')
  async resetForm(@Req() req: Request, @Res() res: Response): Promise<void> {
    const token = this.pendingToken(req);
    await this.resets.check(token);
    sendPage(res, render('reset', resetView(guardOf(token ?? ''))));
  }

  @Post('reset')
  async reset(@Req() req: Request, @Body() form: PostedForm | undefined, @Res() res: Response): Promise<void> {
    const token = this.pendingToken(req);
    if (!isSameOriginPost(req) || !token || !isValidGuard(token, form?.guard))
      throw new DomainError('Forbidden', 'This page expired. Please open the link from your email again.');
    const password = formText(form, 'password', 300);
    const checked = await validateForm(PasswordResetDto, { token, password });
    const errors = 'errors' in checked ? checked.errors : {};
    if (!errors.password && password !== formText(form, 'confirm', 300)) errors.confirm = 'does not match the new password: type the same twice';
    if (Object.keys(errors).length > 0) return sendPage(res, render('reset', resetView(guardOf(token), errors)), 400);
    const session = await this.resets.reset(token, password);
    res.clearCookie(PENDING_COOKIE, { path: PENDING_PATH });
    res.cookie(COACH_COOKIE, session.token, coachCookieOptions(this.config.publicUrl));
    seeOther(res, '/coach?done=password');
  }

  private pendingToken(req: Request): string | null {
    const token = parseCookies(req.headers.cookie)[PENDING_COOKIE];
    return token && /^[A-Za-z0-9_-]{20,200}$/.test(token) ? token : null;
  }

  private secure(): boolean {
    return this.config.publicUrl.startsWith('https://');
  }
}
