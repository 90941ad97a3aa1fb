import { Controller, Get, Header, Param, UseGuards } from '@nestjs/common';
import { ApiCookieAuth, ApiExcludeController, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { notFound } from '../common/domain-error';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { Page } from '../common/pages/page.decorator';
import { renderSponsorAgenda } from './access-pages';
import { type AccessSession } from './access.service';
import { CurrentAccess, SponsorSessionGuard } from './access-session.guard';
import { SponsorAgendaDto } from './dto/access.dto';
import { ACCESS_COOKIE, accessPath } from './access-session';
import { MEETING_IDS, type MeetingId } from './sponsor-agenda';
import { SponsorService } from './sponsor.service';

const HTML = 'text/html; charset=utf-8';

/** The sponsor's agendas for the three meetings with the leader: nothing else. */
@ApiExcludeController()
@UseGuards(SponsorSessionGuard)
@Page('access')
@Controller('sponsor/:engagementId')
export class SponsorPagesController {
  constructor(private readonly sponsor: SponsorService) {}

  @Get()
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  async agenda(@CurrentAccess() session: AccessSession): Promise<string> {
    return renderSponsorAgenda(await this.sponsor.agenda(session.engagementId), { base: accessPath('sponsor', session.engagementId), only: null });
  }

  @Get('meetings/:meeting')
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  async meeting(@CurrentAccess() session: AccessSession, @Param('meeting') meeting: string): Promise<string> {
    if (!MEETING_IDS.includes(meeting as MeetingId)) throw notFound('Meeting');
    return renderSponsorAgenda(await this.sponsor.agenda(session.engagementId), {
      base: accessPath('sponsor', session.engagementId),
      only: meeting as MeetingId,
    });
  }
}

@ApiTags('sponsor')
@ApiCookieAuth(ACCESS_COOKIE)
@ApiErrors({ 404: "Not signed in as this engagement's sponsor (the session cookie of its sign-in link)." }, 503)
@UseGuards(SponsorSessionGuard)
@Controller('sponsor/:engagementId/api')
export class SponsorApiController {
  constructor(private readonly sponsor: SponsorService) {}

  @Get('agenda')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ type: SponsorAgendaDto })
  agenda(@CurrentAccess() session: AccessSession): Promise<SponsorAgendaDto> {
    return this.sponsor.agenda(session.engagementId);
  }
}
