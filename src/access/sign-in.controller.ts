import { Body, Controller, Get, Inject, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { DomainError } from '../common/domain-error';
import { Page } from '../common/pages/page.decorator';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { EngagementsService } from '../engagements/engagements.service';
import { PerClientThrottlerGuard } from '../rate-limit/per-client.throttler-guard';
import { SIGN_IN_LIMIT } from '../rate-limit/rate-limit.module';
import { renderContinue } from './access-pages';
import { AccessService } from './access.service';
import { continueGuard, cookieValue, isValidContinueGuard, PENDING_COOKIE, PENDING_MINUTES } from './access-session';

/**
 * The emailed sign-in link. Opening it only parks the token in a short-lived cookie and redirects
 * to /a/continue, an address without it; the link is used when the person presses "Continue",
 * so a mail scanner that opens links cannot spend it. Using it sets the session cookie of the
 * role's pages and redirects there.
 */
@ApiExcludeController()
@UseGuards(PerClientThrottlerGuard)
@SkipThrottle({ [SIGN_IN_LIMIT]: true })
@Page('access')
@Controller('a')
export class SignInController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: AccessService,
    private readonly engagements: EngagementsService,
  ) {}

  @Get('continue')
  async confirm(@Req() req: Request, @Res() res: Response): Promise<void> {
    const token = cookieValue(req.headers.cookie, PENDING_COOKIE);
    const link = await this.access.peek(token);
    const engagement = await this.engagements.getById(link.engagementId);
    const html = renderContinue({ role: link.role, leader: engagement.leaderName, guard: continueGuard(token ?? '') });
    res.status(200).setHeader('Cache-Control', 'no-store');
    res.type('text/html; charset=utf-8').send(html);
  }

  @Post('continue')
  async continue(@Req() req: Request, @Body() form: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const token = cookieValue(req.headers.cookie, PENDING_COOKIE);
    if (!token || !isValidContinueGuard(token, form?.guard))
      throw new DomainError('Forbidden', 'This page expired. Please open the link from your email again.');
    const signIn = await this.access.signIn(token);
    res.clearCookie(PENDING_COOKIE, { path: '/a' });
    res.cookie(signIn.cookie.name, signIn.cookie.value, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.secure(),
      path: signIn.cookie.path,
      maxAge: signIn.cookie.maxAgeMs,
    });
    res.status(303).setHeader('Cache-Control', 'no-store').setHeader('Location', signIn.location).end();
  }

  @Get(':token')
  async open(@Param('token') token: string, @Res() res: Response): Promise<void> {
    await this.access.peek(token);
    res.cookie(PENDING_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: this.secure(), path: '/a', maxAge: PENDING_MINUTES * 60_000 });
    res.status(303).setHeader('Cache-Control', 'no-store').setHeader('Location', '/a/continue').end();
  }

  private secure(): boolean {
    return this.config.publicUrl.startsWith('https://');
  }
}
