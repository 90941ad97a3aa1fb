import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Coach } from '../auth/auth.service';
import { CoachAuthGuard, CurrentCoach } from '../auth/coach-auth.guard';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { uuidParam } from '../common/uuid-param';
import { EngagementExportDto } from './dto/engagement-export.dto';
import { EngagementExportService } from './engagement-export.service';

@ApiTags('engagements')
@ApiBearerAuth()
@UseGuards(CoachAuthGuard)
@Controller('api/engagements')
export class EngagementExportController {
  constructor(private readonly exports: EngagementExportService) {}

  /** Everything stored about the engagement, without rater identities in answers (see `notes`). */
  @Get(':id/export')
  @ApiOkResponse({ type: EngagementExportDto })
  @ApiErrors(401, 404, 503)
  export(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string): Promise<EngagementExportDto> {
    return this.exports.export(coach, id);
  }
}
