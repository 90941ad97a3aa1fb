import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { PerClientThrottlerGuard } from '../rate-limit/per-client.throttler-guard';
import { RATER_LINK_LIMIT } from '../rate-limit/rate-limit.module';
import { PasswordResetDto, PasswordResetRequestDto } from './dto/auth.dto';
import { PasswordResetService } from './password-reset.service';

/** "Forgot password" for tools, as the pages do it; limited like signing in. */
@ApiTags('auth')
@UseGuards(PerClientThrottlerGuard)
@SkipThrottle({ [RATER_LINK_LIMIT]: true })
@Controller('api/auth/password-reset')
export class PasswordResetController {
  constructor(private readonly resets: PasswordResetService) {}

  /** 202 whether or not the email has an account: the answer never tells. */
  @Post()
  @HttpCode(202)
  async request(@Body() body: PasswordResetRequestDto): Promise<{ message: string }> {
    await this.resets.request(body.email);
    return { message: 'If an account has this email, a link to choose a new password is on its way.' };
  }

  /** Uses the emailed link's token once: the new password replaces the old and every session ends. */
  @Post('confirm')
  @HttpCode(200)
  reset(@Body() body: PasswordResetDto): Promise<{ token: string }> {
    return this.resets.reset(body.token, body.password);
  }
}
