import { Global, Module } from '@nestjs/common';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { CoachAuthGuard } from './coach-auth.guard';
import { CoachLoginController } from './coach-login.controller';
import { CoachPageAuthGuard } from './coach-page-auth.guard';
import { CoachRepository } from './coach.repository';

@Global()
@Module({
  controllers: [AuthController, CoachLoginController],
  providers: [AuthService, CoachRepository, CoachAuthGuard, CoachPageAuthGuard],
  exports: [AuthService, CoachAuthGuard, CoachPageAuthGuard],
})
export class AuthModule {}
