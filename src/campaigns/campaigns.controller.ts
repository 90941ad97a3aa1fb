import { Body, Controller, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Coach } from '../auth/auth.service';
import { CoachAuthGuard, CurrentCoach } from '../auth/coach-auth.guard';
import { uuidParam } from '../common/uuid-param';
import { CampaignsService } from './campaigns.service';
import { AddRatersDto, CreateCampaignDto } from './dto/campaign.dto';

@ApiTags('campaigns')
@ApiBearerAuth()
@UseGuards(CoachAuthGuard)
@Controller('api')
export class CampaignsController {
  constructor(private readonly campaigns: CampaignsService) {}

  @Post('engagements/:id/campaigns')
  create(@CurrentCoach() coach: Coach, @Param('id', uuidParam) engagementId: string, @Body() body: CreateCampaignDto) {
    return this.campaigns.create(coach, engagementId, body);
  }

  @Get('engagements/:id/campaigns')
  list(@CurrentCoach() coach: Coach, @Param('id', uuidParam) engagementId: string) {
    return this.campaigns.listForEngagement(coach, engagementId);
  }

  @Get('campaigns/:id')
  get(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string) {
    return this.campaigns.get(coach, id);
  }

  @Post('campaigns/:id/raters')
  addRaters(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string, @Body() body: AddRatersDto) {
    return this.campaigns.addRaters(coach, id, body);
  }

  @Get('campaigns/:id/raters')
  listRaters(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string) {
    return this.campaigns.listRaters(coach, id);
  }

  @Post('campaigns/:id/launch')
  @HttpCode(202)
  launch(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string) {
    return this.campaigns.launch(coach, id);
  }

  @Post('campaigns/:id/remind')
  @HttpCode(202)
  remind(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string) {
    return this.campaigns.remind(coach, id);
  }

  @Post('campaigns/:id/close')
  @HttpCode(200)
  close(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string) {
    return this.campaigns.close(coach, id);
  }

  @Get('campaigns/:id/progress')
  progress(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string) {
    return this.campaigns.progress(coach, id);
  }
}
