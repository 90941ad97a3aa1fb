import { Body, Controller, Get, HttpCode, Inject, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { join } from 'node:path';
import { DomainError } from '../common/domain-error';
import { Page } from '../common/pages/page.decorator';
import { compileTemplates } from '../common/template-renderer';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { PerClientThrottlerGuard } from '../rate-limit/per-client.throttler-guard';
import { RATER_LINK_LIMIT } from '../rate-limit/rate-limit.module';
import { AuthService } from './auth.service';
import { COACH_COOKIE, coachCookieOptions, coachCookieToken, isSameOriginPost, isValidCoachCsrf } from './coach-session-cookie';
import { FORM_EXPIRED } from './coach-page-auth.guard';
import { COACH_HOME, COACH_LOGIN, safeNextPath } from './safe-next-path';

const render = compileTemplates(join(__dirname, 'templates'));

interface LoginForm {
  email: string;
  next: string | null;
  error: string | null;
  notice?: string | null;
}

/** Said whether or not the email has an account. */
export const RESET_SENT = 'If an account has this email, a link to choose a new password is on its way. It works once, within the hour.';

const text = (value: unknown, max: number): string => (typeof value === 'string' ? value.slice(0, max) : '');

/**
 * Sign-in for browsers: a plain HTML form that trades email and password for the same session
 * token the API's log-in gives, kept in an HttpOnly cookie that only the /coach pages receive.
 */
@ApiExcludeController()
@Page('coach')
@Controller('coach')
export class CoachLoginController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('login')
  form(@Query('next') next: unknown, @Query('reset') reset: unknown, @Res() res: Response): void {
    this.page(res, 200, { email: '', next: safeNextPath(next), error: null, notice: reset === 'sent' ? RESET_SENT : null });
  }

  /** The sign-in limit of the API's log-in applies here too, counted together with it. */
  @Post('login')
  @UseGuards(PerClientThrottlerGuard)
  @SkipThrottle({ [RATER_LINK_LIMIT]: true })
  async login(@Req() req: Request, @Body() form: Record<string, unknown> | undefined, @Res() res: Response): Promise<void> {
    if (!isSameOriginPost(req)) throw new DomainError('Forbidden', 'Sign in from the sign-in page of this site.');
    const email = text(form?.email, 254).trim().toLowerCase();
    const password = text(form?.password, 200);
    const next = safeNextPath(form?.next);
    if (!email || !password) {
      this.page(res, 400, { email, next, error: 'Enter your email and your password.' });
      return;
    }
    let token: string;
    try {
      ({ token } = await this.auth.login({ email, password }));
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'Unauthenticated') throw error;
      this.page(res, 401, { email, next, error: 'Wrong email or password.' });
      return;
    }
    res.cookie(COACH_COOKIE, token, coachCookieOptions(this.config.publicUrl));
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(303, next ?? COACH_HOME);
  }

  /** Revokes the session itself, not only the cookie: a copied cookie stops working too. */
  @Post('logout')
  @HttpCode(303)
  async logout(@Req() req: Request, @Body() form: Record<string, unknown> | undefined, @Res() res: Response): Promise<void> {
    if (!isSameOriginPost(req)) throw new DomainError('Forbidden', 'Sign out from a page of this site.');
    const token = coachCookieToken(req);
    const coach = token ? await this.auth.coachForToken(token) : null;
    if (!token || !coach) throw new DomainError('Unauthenticated', 'You are not signed in.');
    if (!isValidCoachCsrf(token, form?.csrf)) throw new DomainError('Forbidden', FORM_EXPIRED);
    await this.auth.logout(token);
    const { maxAge: _maxAge, ...options } = coachCookieOptions(this.config.publicUrl);
    res.clearCookie(COACH_COOKIE, options);
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(303, COACH_LOGIN);
  }

  private page(res: Response, status: number, form: LoginForm): void {
    res.status(status).setHeader('Cache-Control', 'no-store');
    res.type('text/html; charset=utf-8').send(render('login', { email: form.email, next: form.next ?? '', error: form.error, notice: form.notice ?? null }));
  }
}
