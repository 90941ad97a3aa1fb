import { ApiProperty } from '@nestjs/swagger';
import { CAMPAIGN_PHASES, type CampaignPhase } from '../../campaigns/campaign.entity';
import { GOAL_STATUSES } from '../../reviews/dto/review.dto';
import type { GoalStatus } from '../../reviews/goal-status';
import { ACCESS_ROLES, type AccessRole } from '../access.entity';
import type { SponsorShare } from '../access.repository';
import type { ReleasedReportSummary } from '../leader.service';
import { type AgendaGoal, type AgendaOutcome, type AgendaProgress, type Meeting, MEETING_IDS, type MeetingId, type SponsorAgenda } from '../sponsor-agenda';

export class AccessLinkSentDto {
  @ApiProperty({ enum: ACCESS_ROLES })
  role: AccessRole;

  @ApiProperty({ description: 'The address the one-time sign-in link is mailed to.' })
  sentTo: string;

  @ApiProperty({ format: 'date-time', description: 'The link works once, until then.' })
  expiresAt: string;
}

export class SponsorShareDto implements SponsorShare {
  @ApiProperty({ description: 'The sponsor sees the goals and intended outcomes.' })
  goals: boolean;

  @ApiProperty({ description: 'The sponsor sees progress at the reviews.' })
  progress: boolean;
}

export class ReleasedReportSummaryDto implements ReleasedReportSummary {
  @ApiProperty({ format: 'uuid' })
  campaignId: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ enum: CAMPAIGN_PHASES })
  phase: CampaignPhase;

  @ApiProperty({ type: 'integer' })
  version: number;

  @ApiProperty({ format: 'date-time' })
  releasedAt: string;
}

export class ReleasedReportsDto {
  @ApiProperty({ type: [ReleasedReportSummaryDto], description: 'The latest version the coach released of each campaign.' })
  reports: ReleasedReportSummaryDto[];
}

export class AgendaGoalDto implements AgendaGoal {
  @ApiProperty()
  title: string;

  @ApiProperty({ type: String, nullable: true })
  goal: string | null;

  @ApiProperty()
  target: number;
}

export class IntendedOutcomeDto {
  @ApiProperty()
  text: string;

  @ApiProperty({ type: String, nullable: true })
  measuredBy: string | null;
}

export class AgendaChangeDto {
  @ApiProperty()
  mean: number;

  @ApiProperty()
  improvedShare: number;
}

export class AgendaProgressDto implements AgendaProgress {
  @ApiProperty()
  title: string;

  @ApiProperty()
  target: number;

  @ApiProperty({ type: Number, nullable: true })
  baseline: number | null;

  @ApiProperty({ type: Number, nullable: true, description: "Others' average at this meeting's review; null when not measured or withheld." })
  current: number | null;

  @ApiProperty({ type: AgendaChangeDto, nullable: true })
  perceivedChange: AgendaChangeDto | null;

  @ApiProperty({ enum: GOAL_STATUSES })
  status: GoalStatus;

  @ApiProperty()
  statusReason: string;
}

export class AgendaOutcomeDto implements AgendaOutcome {
  @ApiProperty()
  text: string;

  @ApiProperty({ type: String, nullable: true })
  measuredBy: string | null;

  @ApiProperty({ type: Boolean, nullable: true, description: "Null for indicators on one person's ratings, and when it cannot be told." })
  met: boolean | null;

  @ApiProperty()
  note: string;
}

export class MeetingDto implements Meeting {
  @ApiProperty({ enum: MEETING_IDS })
  id: MeetingId;

  @ApiProperty()
  title: string;

  @ApiProperty()
  purpose: string;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: "A date from the program's milestones, when one fits." })
  plannedFor: string | null;

  @ApiProperty({ type: [AgendaGoalDto], nullable: true, description: 'Null unless the leader shares goals.' })
  goals: AgendaGoalDto[] | null;

  @ApiProperty({ type: [IntendedOutcomeDto], nullable: true })
  intendedOutcomes: IntendedOutcomeDto[] | null;

  @ApiProperty({ type: [AgendaProgressDto], nullable: true, description: 'Null unless the leader shares progress and the review is released.' })
  progress: AgendaProgressDto[] | null;

  @ApiProperty({ type: [AgendaOutcomeDto], nullable: true })
  outcomes: AgendaOutcomeDto[] | null;

  @ApiProperty({ type: [String] })
  notes: string[];

  @ApiProperty({ type: [String] })
  questions: string[];
}

/** What the sponsor sees: only what the leader shared, never comments or a single group's scores. */
export class SponsorAgendaDto implements SponsorAgenda {
  @ApiProperty()
  title: string;

  @ApiProperty()
  leader: string;

  @ApiProperty({ type: String, nullable: true })
  sponsor: string | null;

  @ApiProperty({ type: SponsorShareDto })
  shared: SponsorShareDto;

  @ApiProperty({ type: String, nullable: true })
  statusRule: string | null;

  @ApiProperty({ type: [MeetingDto], description: 'The start, middle and end meetings with the leader.' })
  meetings: MeetingDto[];
}
