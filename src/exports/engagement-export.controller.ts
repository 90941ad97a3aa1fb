import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Coach } from '../auth/auth.service';
import { CoachAuthGuard, CurrentCoach } from '../auth/coach-auth.guard';
import { uuidParam } from '../common/uuid-param';
import { EngagementExportService } from './engagement-export.service';

@ApiTags('engagements')
@ApiBearerAuth()
@UseGuards(CoachAuthGuard)
@Controller('api/engagements')
export class EngagementExportController {
  constructor(private readonly exports: EngagementExportService) {}

  /** Everything stored about the engagement, without rater identities in answers (see `notes`). */
  @Get(':id/export')
  export(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string) {
    return this.exports.export(coach, id);
  }
}
