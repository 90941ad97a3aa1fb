import { Body, Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import { PerClientThrottlerGuard } from '../rate-limit/per-client.throttler-guard';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { RATER_LINK_LIMIT } from '../rate-limit/rate-limit.module';
import type { Request } from 'express';
import { AuthService } from './auth.service';
import { bearerToken, CoachAuthGuard } from './coach-auth.guard';
import { LoginDto, SignupDto } from './dto/auth.dto';

@ApiTags('auth')
@UseGuards(PerClientThrottlerGuard)
@SkipThrottle({ [RATER_LINK_LIMIT]: true })
@Controller('api/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('signup')
  signup(@Body() body: SignupDto) {
    return this.auth.signup(body);
  }

  @Post('login')
  @HttpCode(200)
  login(@Body() body: LoginDto) {
    return this.auth.login(body);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @UseGuards(CoachAuthGuard)
  async logout(@Req() request: Request): Promise<void> {
    await this.auth.logout(bearerToken(request) ?? '');
  }
}
