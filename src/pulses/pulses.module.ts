import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { Clock } from '../common/clock';
import { EngagementsModule } from '../engagements/engagements.module';
import { ProgramsModule } from '../programs/programs.module';
import { PulseScheduleRepository } from './pulse-schedule.repository';
import { PulseSweeper } from './pulse.sweeper';
import { PulsesController } from './pulses.controller';
import { PulsesService } from './pulses.service';

@Module({
  imports: [EngagementsModule, CampaignsModule, ProgramsModule],
  controllers: [PulsesController],
  providers: [PulsesService, PulseScheduleRepository, PulseSweeper, Clock],
  exports: [PulsesService, Clock],
})
export class PulsesModule {}
