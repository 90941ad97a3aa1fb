import { Controller, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Coach } from '../auth/auth.service';
import { CoachAuthGuard, CurrentCoach } from '../auth/coach-auth.guard';
import { uuidParam } from '../common/uuid-param';
import { EngagementsService } from '../engagements/engagements.service';
import { AccessService } from './access.service';
import { SponsorService } from './sponsor.service';

/** The coach sends the leader (and the sponsor) their one-time sign-in links, and sees what the sponsor sees. */
@ApiTags('leader and sponsor access')
@ApiBearerAuth()
@UseGuards(CoachAuthGuard)
@Controller('api/engagements')
export class AccessLinksController {
  constructor(
    private readonly engagements: EngagementsService,
    private readonly access: AccessService,
    private readonly sponsor: SponsorService,
  ) {}

  /** Emails the leader a one-time sign-in link to their released reports, program and review. */
  @Post(':id/leader-link')
  @HttpCode(202)
  async leaderLink(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string) {
    return this.access.sendLink(await this.engagements.getOwned(coach, id), 'leader');
  }

  /** Emails the sponsor a one-time sign-in link to the meeting agendas (what the leader shares). */
  @Post(':id/sponsor-link')
  @HttpCode(202)
  async sponsorLink(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string) {
    return this.access.sendLink(await this.engagements.getOwned(coach, id), 'sponsor');
  }

  @Get(':id/sponsor-agenda')
  sponsorAgenda(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string) {
    return this.sponsor.agendaForCoach(coach, id);
  }
}
