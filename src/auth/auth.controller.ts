import { Body, Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import { PerClientThrottlerGuard } from '../rate-limit/per-client.throttler-guard';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RATER_LINK_LIMIT } from '../rate-limit/rate-limit.module';
import type { Request } from 'express';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { AuthService } from './auth.service';
import { bearerToken, CoachAuthGuard } from './coach-auth.guard';
import { LoginDto, SignupDto } from './dto/auth.dto';
import { LoginResultDto, SignupResultDto } from './dto/auth-result.dto';

@ApiTags('auth')
@ApiErrors(503)
@UseGuards(PerClientThrottlerGuard)
@SkipThrottle({ [RATER_LINK_LIMIT]: true })
@Controller('api/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('signup')
  @ApiCreatedResponse({ type: SignupResultDto, description: 'The new account, signed in.' })
  @ApiErrors(400, { 409: 'An account with this email already exists.' }, 413, 429)
  signup(@Body() body: SignupDto): Promise<SignupResultDto> {
    return this.auth.signup(body);
  }

  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResultDto })
  @ApiErrors(400, { 401: 'Wrong email or password.' }, 413, 429)
  login(@Body() body: LoginDto): Promise<LoginResultDto> {
    return this.auth.login(body);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @UseGuards(CoachAuthGuard)
  @ApiNoContentResponse({ description: 'The session is revoked: its token no longer works.' })
  @ApiErrors(400, 401, 413)
  async logout(@Req() request: Request): Promise<void> {
    await this.auth.logout(bearerToken(request) ?? '');
  }
}
