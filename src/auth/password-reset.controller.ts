import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { PerClientThrottlerGuard } from '../rate-limit/per-client.throttler-guard';
import { RATER_LINK_LIMIT } from '../rate-limit/rate-limit.module';
import { LoginResultDto, PasswordResetRequestedDto } from './dto/auth-result.dto';
import { PasswordResetDto, PasswordResetRequestDto } from './dto/auth.dto';
import { PasswordResetService } from './password-reset.service';

/** "Forgot password" for tools, as the pages do it; limited like signing in. */
@ApiTags('auth')
@ApiErrors(503)
@UseGuards(PerClientThrottlerGuard)
@SkipThrottle({ [RATER_LINK_LIMIT]: true })
@Controller('api/auth/password-reset')
export class PasswordResetController {
  constructor(private readonly resets: PasswordResetService) {}

  /** 202 whether or not the email has an account: the answer never tells. */
  @Post()
  @HttpCode(202)
  @ApiAcceptedResponse({ type: PasswordResetRequestedDto, description: 'When the email has an account, a one-time link (an hour) is mailed to it.' })
  @ApiErrors(400, 413, 429)
  async request(@Body() body: PasswordResetRequestDto): Promise<PasswordResetRequestedDto> {
    await this.resets.request(body.email);
    return { message: 'If an account has this email, a link to choose a new password is on its way.' };
  }

  /** Uses the emailed link's token once: the new password replaces the old and every session ends. */
  @Post('confirm')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResultDto, description: 'The new password is saved, every earlier session ended, and a new one opened.' })
  @ApiErrors(400, { 404: 'No such link.' }, { 410: 'The link was used already, or is more than an hour old: ask for a new one.' }, 413, 429)
  reset(@Body() body: PasswordResetDto): Promise<LoginResultDto> {
    return this.resets.reset(body.token, body.password);
  }
}
