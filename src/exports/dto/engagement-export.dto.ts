import { NominationViewDto } from '../../campaigns/nominations/nomination.dto';
import { ApiProperty } from '@nestjs/swagger';
import { CampaignViewDto, ProgressViewDto, RaterViewDto } from '../../campaigns/dto/campaign-view.dto';
import { EngagementViewDto } from '../../engagements/dto/engagement-view.dto';
import { ReportDto } from '../../reports/dto/report.dto';
import { SurveyDefinitionDto } from '../../surveys/dto/survey-definition.dto';
import type { CampaignExport, EngagementExport } from '../engagement-export.service';

export class CampaignExportDto extends CampaignViewDto implements CampaignExport {
  @ApiProperty({
    type: 'integer',
    description:
      'Reminder rounds the coach sent. A round sent while the mail queue was away goes out when it is back; rounds waiting together go out as one reminder.',
  })
  remindersSent: number;

  @ApiProperty({ type: SurveyDefinitionDto, description: 'The survey definition the campaign was launched with.' })
  survey: SurveyDefinitionDto;

  @ApiProperty({ type: [RaterViewDto], description: 'Each rater with the delivery of their invitation; never whether they answered.' })
  raters: RaterViewDto[];

  @ApiProperty({ type: ProgressViewDto })
  progress: ProgressViewDto;

  @ApiProperty({ type: NominationViewDto, description: 'The raters the leader proposed and where that proposal stands.' })
  nomination: NominationViewDto;

  @ApiProperty({ type: ReportDto, description: 'The report exactly as GET /api/campaigns/{id}/report gives it.' })
  report: ReportDto;
}

/** Everything stored about an engagement that its coach may read; `notes` says what is left out by design. */
export class EngagementExportDto implements EngagementExport {
  @ApiProperty({ format: 'date-time' })
  exportedAt: string;

  @ApiProperty({ description: 'What the export holds and what it leaves out by design.' })
  notes: string;

  @ApiProperty({ type: EngagementViewDto })
  engagement: EngagementViewDto;

  @ApiProperty({ type: [CampaignExportDto] })
  campaigns: CampaignExportDto[];
}
