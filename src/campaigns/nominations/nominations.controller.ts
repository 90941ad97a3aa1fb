import { Body, Controller, Get, HttpCode, Param, Post, Put, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Coach } from '../../auth/auth.service';
import { CoachAuthGuard, CurrentCoach } from '../../auth/coach-auth.guard';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { uuidParam } from '../../common/uuid-param';
import { NominationRatersDto, NominationViewDto, SendBackNominationDto } from './nomination.dto';
import { NominationsService } from './nominations.service';

const LOCKED_OR_NOT_SENT = 'The campaign has launched (the list is locked), or the leader has not sent a proposal.';

/** The raters the leader proposed, as the coach decides on them. */
@ApiTags('campaigns')
@ApiBearerAuth()
@ApiErrors(401, 404, 503)
@UseGuards(CoachAuthGuard)
@Controller('api/campaigns/:id/nomination')
export class NominationsController {
  constructor(private readonly nominations: NominationsService) {}

  @Get()
  @ApiOkResponse({ type: NominationViewDto, description: "The leader's proposal and where it stands." })
  get(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string): Promise<NominationViewDto> {
    return this.nominations.forCoach(coach, id);
  }

  @Put()
  @ApiOkResponse({ type: NominationViewDto, description: 'The proposal as the coach corrected it, still waiting for approval.' })
  @ApiErrors(400, { 409: LOCKED_OR_NOT_SENT }, 413)
  edit(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string, @Body() body: NominationRatersDto): Promise<NominationViewDto> {
    return this.nominations.editByCoach(coach, id, body.raters);
  }

  @Post('approve')
  @HttpCode(200)
  @ApiOkResponse({ type: NominationViewDto, description: "The proposed raters are now the campaign's raters (GET /api/campaigns/:id/raters)." })
  @ApiErrors(400, { 409: `${LOCKED_OR_NOT_SENT} Or someone proposed is already a rater.` }, 413)
  approve(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string): Promise<NominationViewDto> {
    return this.nominations.approve(coach, id);
  }

  @Post('return')
  @HttpCode(200)
  @ApiOkResponse({ type: NominationViewDto, description: 'Sent back to the leader with the note, for them to change and send again.' })
  @ApiErrors(400, { 409: LOCKED_OR_NOT_SENT }, 413)
  sendBack(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string, @Body() body: SendBackNominationDto): Promise<NominationViewDto> {
    return this.nominations.sendBack(coach, id, body.note);
  }
}
