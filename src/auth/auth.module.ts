import { Global, Module } from '@nestjs/common';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { CoachAuthGuard } from './coach-auth.guard';
import { CoachRepository } from './coach.repository';

@Global()
@Module({
  controllers: [AuthController],
  providers: [AuthService, CoachRepository, CoachAuthGuard],
  exports: [AuthService, CoachAuthGuard],
})
export class AuthModule {}
