import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { EngagementsModule } from '../engagements/engagements.module';
import { ReportsModule } from '../reports/reports.module';
import { CheckInCorrectionsController } from './check-in-corrections.controller';
import { CheckInRepository } from './check-in.repository';
import { CheckInsService } from './check-ins.service';
import { ProgramPagesController } from './program-pages.controller';
import { ProgramRepository } from './program.repository';
import { ProgramsController } from './programs.controller';
import { ProgramsService } from './programs.service';

@Module({
  imports: [EngagementsModule, CampaignsModule, ReportsModule],
  controllers: [ProgramsController, CheckInCorrectionsController, ProgramPagesController],
  providers: [ProgramsService, CheckInsService, ProgramRepository, CheckInRepository],
  exports: [ProgramsService, CheckInsService],
})
export class ProgramsModule {}
