import { Body, Controller, Get, HttpCode, Param, Patch, Post, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Coach } from '../auth/auth.service';
import { CoachAuthGuard, CurrentCoach } from '../auth/coach-auth.guard';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { uuidParam } from '../common/uuid-param';
import { CampaignsService } from './campaigns.service';
import { AddRatersDto, CreateCampaignDto, UpdateRaterDto } from './dto/campaign.dto';
import { CampaignViewDto, LaunchResultDto, ProgressViewDto, RaterListDto, RaterViewDto, RemindResultDto } from './dto/campaign-view.dto';

@ApiTags('campaigns')
@ApiBearerAuth()
@ApiErrors(401, 404, 503)
@UseGuards(CoachAuthGuard)
@Controller('api')
export class CampaignsController {
  constructor(private readonly campaigns: CampaignsService) {}

  @Post('engagements/:id/campaigns')
  @ApiCreatedResponse({ type: CampaignViewDto, description: "A draft campaign; the leader is added as 'self' when the survey has a self group." })
  @ApiErrors(400, { 409: 'The engagement is closed, or a review needs the program saved first.' }, 413)
  create(@CurrentCoach() coach: Coach, @Param('id', uuidParam) engagementId: string, @Body() body: CreateCampaignDto): Promise<CampaignViewDto> {
    return this.campaigns.create(coach, engagementId, body);
  }

  @Get('engagements/:id/campaigns')
  @ApiOkResponse({ type: [CampaignViewDto] })
  list(@CurrentCoach() coach: Coach, @Param('id', uuidParam) engagementId: string): Promise<CampaignViewDto[]> {
    return this.campaigns.listForEngagement(coach, engagementId);
  }

  @Get('campaigns/:id')
  @ApiOkResponse({ type: CampaignViewDto })
  get(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string): Promise<CampaignViewDto> {
    return this.campaigns.get(coach, id);
  }

  @Post('campaigns/:id/raters')
  @ApiCreatedResponse({ type: RaterListDto, description: "All the campaign's raters; once launched, the new ones are invited at once." })
  @ApiErrors(400, { 409: 'Someone listed is already a rater of this campaign.', 410: 'The campaign is closed.' }, 413)
  addRaters(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string, @Body() body: AddRatersDto): Promise<RaterListDto> {
    return this.campaigns.addRaters(coach, id, body);
  }

  @Get('campaigns/:id/raters')
  @ApiOkResponse({ type: RaterListDto, description: 'Each rater with the delivery of their invitation; never whether they answered.' })
  listRaters(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string): Promise<RaterListDto> {
    return this.campaigns.listRaters(coach, id);
  }

  @Patch('campaigns/:id/raters/:raterId')
  @ApiOkResponse({
    type: RaterViewDto,
    description:
      'The rater with the corrected address or language; after launch, an invitation that did not arrive is sent again, with a new link, to the corrected address.',
  })
  @ApiErrors(
    400,
    { 409: 'Someone else in this campaign has this address, or the invitation is on its way or was delivered.', 410: 'The campaign is closed.' },
    413,
  )
  updateRater(
    @CurrentCoach() coach: Coach,
    @Param('id', uuidParam) id: string,
    @Param('raterId', uuidParam) raterId: string,
    @Body() body: UpdateRaterDto,
  ): Promise<RaterViewDto> {
    return this.campaigns.updateRater(coach, id, raterId, body);
  }

  @Post('campaigns/:id/launch')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: LaunchResultDto, description: 'The campaign is open; one email per rater is queued.' })
  @ApiErrors({ 400: 'There is no rater besides the leader.', 409: 'The campaign is already launched or closed.' }, 413)
  launch(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string): Promise<LaunchResultDto> {
    return this.campaigns.launch(coach, id);
  }

  @Post('campaigns/:id/remind')
  @HttpCode(202)
  @ApiAcceptedResponse({
    type: RemindResultDto,
    description:
      "A reminder round for those who have not answered: counted at once, and queued, or, while Redis is away, queued by the worker's sweep once it is back.",
  })
  @ApiErrors(400, { 409: 'The campaign is not open: not launched yet, or closed.' }, 413)
  remind(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string): Promise<RemindResultDto> {
    return this.campaigns.remind(coach, id);
  }

  @Post('campaigns/:id/close')
  @HttpCode(200)
  @ApiOkResponse({ type: CampaignViewDto, description: 'The campaign is closed: its links answer 410, and every waiting answer is folded in.' })
  @ApiErrors(400, 413)
  close(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string): Promise<CampaignViewDto> {
    return this.campaigns.close(coach, id);
  }

  @Get('campaigns/:id/progress')
  @ApiOkResponse({ type: ProgressViewDto })
  progress(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string): Promise<ProgressViewDto> {
    return this.campaigns.progress(coach, id);
  }
}
