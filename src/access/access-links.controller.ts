import { Controller, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Coach } from '../auth/auth.service';
import { CoachAuthGuard, CurrentCoach } from '../auth/coach-auth.guard';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { uuidParam } from '../common/uuid-param';
import { EngagementsService } from '../engagements/engagements.service';
import { AccessService } from './access.service';
import { AccessLinkSentDto, SponsorAgendaDto } from './dto/access.dto';
import { SponsorService } from './sponsor.service';

/** The coach sends the leader (and the sponsor) their one-time sign-in links, and sees what the sponsor sees. */
@ApiTags('leader and sponsor access')
@ApiBearerAuth()
@ApiErrors(401, 404, 503)
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
  @ApiAcceptedResponse({ type: AccessLinkSentDto, description: 'The sign-in link is queued for mailing.' })
  @ApiErrors(400, 413)
  async leaderLink(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string): Promise<AccessLinkSentDto> {
    return this.access.sendLink(await this.engagements.getOwned(coach, id), 'leader');
  }

  /** Emails the sponsor a one-time sign-in link to the meeting agendas (what the leader shares). */
  @Post(':id/sponsor-link')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: AccessLinkSentDto, description: 'The sign-in link is queued for mailing.' })
  @ApiErrors(400, { 409: 'The engagement has no sponsor.' }, 413)
  async sponsorLink(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string): Promise<AccessLinkSentDto> {
    return this.access.sendLink(await this.engagements.getOwned(coach, id), 'sponsor');
  }

  /** What the sponsor sees right now, for the coach preparing the meetings. */
  @Get(':id/sponsor-agenda')
  @ApiOkResponse({ type: SponsorAgendaDto })
  sponsorAgenda(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string): Promise<SponsorAgendaDto> {
    return this.sponsor.agendaForCoach(coach, id);
  }
}
