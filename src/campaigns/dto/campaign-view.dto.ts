import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { unionValues } from '../../common/openapi/union-values';
import { RATER_LANGUAGES } from '../../responses/form-words';
import { RATER_GROUP_IDS, type RaterGroupId } from '../../surveys/survey.types';
import { CAMPAIGN_PHASES, type CampaignPhase, type CampaignStatus } from '../campaign.entity';
import type { CampaignView, ProgressView, RaterView } from '../campaigns.service';

const CAMPAIGN_STATUSES = unionValues<CampaignStatus>({ draft: true, open: true, closed: true });
const DELIVERY_STATUSES = unionValues<RaterView['delivery']['status']>({ not_invited: true, queued: true, sent: true, failed: true, refused: true });

export class CampaignViewDto implements CampaignView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  engagementId: string;

  @ApiProperty({ example: 'leadership-360' })
  surveyId: string;

  @ApiProperty({ type: 'integer', description: 'The version of the survey definition the campaign keeps a snapshot of.' })
  surveyVersion: number;

  @ApiProperty()
  title: string;

  @ApiProperty({ enum: CAMPAIGN_PHASES })
  phase: CampaignPhase;

  @ApiProperty({ enum: CAMPAIGN_STATUSES })
  status: CampaignStatus;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  closesAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  launchedAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  closedAt: string | null;
}

export class DeliveryDto {
  @ApiProperty({
    enum: DELIVERY_STATUSES,
    description:
      "Whether the invitation reached the mail server; 'not_invited' before launch; 'failed' is retried in rounds; 'refused' (an SMTP 5xx: the address does not exist) waits for the coach to correct the address.",
  })
  status: RaterView['delivery']['status'];

  @ApiProperty({ type: String, nullable: true, description: 'Why the last attempt failed.' })
  error: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  deliveredAt: string | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When failed: when the next round of attempts starts (null while one is under way).',
  })
  nextAttemptAt: string | null;

  @ApiProperty({ type: 'integer', nullable: true, description: 'When failed: how many rounds are left after the next one.' })
  retriesLeft: number | null;
}

export class RaterViewDto implements RaterView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  email: string;

  @ApiProperty({ enum: RATER_GROUP_IDS })
  group: RaterGroupId;

  @ApiProperty({
    type: String,
    enum: RATER_LANGUAGES,
    nullable: true,
    description: "The language the coach set for the rater's mail and form; null: none, the form follows the browser.",
  })
  language: string | null;

  @ApiProperty({ type: DeliveryDto })
  delivery: DeliveryDto;
}

/** The campaign's raters: never their tokens, nor whether they answered. */
export class RaterListDto {
  @ApiProperty({ type: [RaterViewDto] })
  raters: RaterViewDto[];
}

export class LaunchResultDto {
  @ApiProperty({ enum: ['open'] })
  status: 'open';

  @ApiProperty({ type: 'integer', description: 'Invitations queued: one email per rater.' })
  invitations: number;
}

export class RemindResultDto {
  @ApiProperty({ type: 'integer', description: 'How many raters who have not answered were reminded; never who.' })
  reminded: number;
}

export class GroupProgressDto {
  @ApiProperty({ type: 'integer' })
  invited: number;

  @ApiProperty({ type: 'integer' })
  responded: number;
}

export class CampaignGroupProgressDto extends GroupProgressDto {
  @ApiProperty({ type: 'integer', description: 'Raters of the group who chose not to answer; never who.' })
  declined: number;

  @ApiProperty({
    type: 'integer',
    description:
      "Invitations of the group not delivered: 'failed' (retried in rounds) or 'refused' (the address was refused at send or by a bounce message; the coach corrects it).",
  })
  notDelivered: number;
}

export class DeclineReasonsDto {
  @ApiProperty({ enum: RATER_GROUP_IDS })
  group: RaterGroupId;

  @ApiProperty({ type: [String], description: 'In a random order, without names or times.' })
  reasons: string[];
}

/** Counts per rater group of the survey; a group without raters is left out. */
export class GroupsProgressDto implements Partial<Record<RaterGroupId, CampaignGroupProgressDto>> {
  @ApiPropertyOptional({ type: CampaignGroupProgressDto })
  self?: CampaignGroupProgressDto;

  @ApiPropertyOptional({ type: CampaignGroupProgressDto })
  boss?: CampaignGroupProgressDto;

  @ApiPropertyOptional({ type: CampaignGroupProgressDto })
  peer?: CampaignGroupProgressDto;

  @ApiPropertyOptional({ type: CampaignGroupProgressDto })
  direct_report?: CampaignGroupProgressDto;

  @ApiPropertyOptional({ type: CampaignGroupProgressDto })
  other?: CampaignGroupProgressDto;
}

export class ProgressViewDto implements ProgressView {
  @ApiProperty({ enum: CAMPAIGN_STATUSES })
  status: CampaignStatus;

  @ApiProperty({ type: 'integer' })
  invited: number;

  @ApiProperty({ type: 'integer' })
  responded: number;

  @ApiProperty({
    type: 'integer',
    description: 'Answers already folded into the aggregates the report is built from (interviews included): wait on this, not on the report.',
  })
  aggregated: number;

  @ApiProperty({ type: 'integer', description: 'Raters who chose not to answer, in counts only; reminders skip them.' })
  declined: number;

  @ApiProperty({ type: GroupsProgressDto })
  groups: GroupsProgressDto;

  @ApiProperty({
    type: [DeclineReasonsDto],
    description:
      'Reasons given for declining: only once the campaign is closed, and only for a group where at least its threshold (minResponses) declined; empty otherwise.',
  })
  declineReasons: DeclineReasonsDto[];

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { peer: 1 },
    description: 'Interviews the coach entered, per group (groups with none left out); they are not invitations and not counted in responded.',
  })
  interviews: Partial<Record<RaterGroupId, number>>;
}
