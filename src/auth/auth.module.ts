import { Global, Module } from '@nestjs/common';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { CoachAuthGuard } from './coach-auth.guard';
import { CoachLoginController } from './coach-login.controller';
import { CoachPageAuthGuard } from './coach-page-auth.guard';
import { CoachRepository } from './coach.repository';
import { PasswordResetController } from './password-reset.controller';
import { PasswordResetRepository } from './password-reset.repository';
import { PasswordResetService } from './password-reset.service';

@Global()
@Module({
  controllers: [AuthController, PasswordResetController, CoachLoginController],
  providers: [AuthService, PasswordResetService, CoachRepository, PasswordResetRepository, CoachAuthGuard, CoachPageAuthGuard],
  exports: [AuthService, PasswordResetService, CoachAuthGuard, CoachPageAuthGuard],
})
export class AuthModule {}
