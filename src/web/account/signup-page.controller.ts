import { Body, Controller, Get, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { join } from 'node:path';
import { AuthService } from '../../auth/auth.service';
import { COACH_COOKIE, coachCookieOptions, isSameOriginPost } from '../../auth/coach-session-cookie';
import { SignupDto } from '../../auth/dto/auth.dto';
import { DomainError } from '../../common/domain-error';
import { Page } from '../../common/pages/page.decorator';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { PerClientThrottlerGuard } from '../../rate-limit/per-client.throttler-guard';
import { RATER_LINK_LIMIT } from '../../rate-limit/rate-limit.module';
import { formText, type PostedForm, sendPage, seeOther } from '../coach-page';
import { validateForm } from '../form-errors';
import { webTemplates } from '../web-templates';
import { signupView } from './account-forms.view';

const render = webTemplates(join(__dirname, 'templates'));

/** Creating a coach account in the browser: the API's sign-up, then the session cookie of sign-in. */
@ApiExcludeController()
@Page('coach')
@Controller('coach/signup')
export class SignupPageController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  form(@Res() res: Response): void {
    sendPage(res, render('signup', signupView({ name: '', email: '' })));
  }

  /** Counted with the API's sign-up and sign-in against the same limit. */
  @Post()
  @UseGuards(PerClientThrottlerGuard)
  @SkipThrottle({ [RATER_LINK_LIMIT]: true })
  async signup(@Req() req: Request, @Body() form: PostedForm | undefined, @Res() res: Response): Promise<void> {
    if (!isSameOriginPost(req)) throw new DomainError('Forbidden', 'Create your account from the sign-up page of this site.');
    const values = { name: formText(form, 'name', 300).trim(), email: formText(form, 'email', 300).trim(), password: formText(form, 'password', 300) };
    const checked = await validateForm(SignupDto, values);
    if ('errors' in checked) return sendPage(res, render('signup', signupView(values, checked.errors)), 400);
    let token: string;
    try {
      ({ token } = await this.auth.signup(checked.value));
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'EmailTaken') throw error;
      return sendPage(
        res,
        render('signup', signupView(values, { email: 'An account with this email already exists: sign in, or ask for a new password.' })),
        409,
      );
    }
    res.cookie(COACH_COOKIE, token, coachCookieOptions(this.config.publicUrl));
    seeOther(res, '/coach?done=welcome');
  }
}
