import { ApiProperty } from '@nestjs/swagger';
import { ClassifiedThemeDto } from '../../reports/dto/report-findings.dto';
import type { Practice } from '../../surveys/survey.types';
import type { RankedPractice } from '../practice-ranking';
import type { ProgramProposal, ProposedFocusTheme } from '../program-proposal';
import { GoalDto, MilestoneDto, PlanEntryDto } from './program.dto';
import { ThemeFigureDto, PRACTICE_KINDS } from './program-view.dto';

export class ProposalBaselineDto {
  @ApiProperty({ format: 'uuid' })
  campaignId: string;

  @ApiProperty({ type: 'integer' })
  version: number;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  releasedAt: string | null;
}

export class ProposedFocusThemeDto extends ClassifiedThemeDto implements ProposedFocusTheme {
  @ApiProperty({ description: "The report's reason for this priority." })
  reason: string;

  @ApiProperty({ type: ThemeFigureDto })
  baseline: ThemeFigureDto;

  @ApiProperty({ description: 'See `targetRule`.' })
  suggestedTarget: number;
}

export class ProposalThemeDto extends ClassifiedThemeDto {
  @ApiProperty({ type: ThemeFigureDto, nullable: true, description: 'Null where the report withholds the figure.' })
  baseline: ThemeFigureDto | null;
}

export class RankedPracticeDto implements RankedPractice {
  @ApiProperty({ example: 'speak-last' })
  practiceId: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ enum: PRACTICE_KINDS })
  kind: Practice['kind'];

  @ApiProperty({ type: [String], description: 'The themes it develops, most directly first.' })
  themes: string[];

  @ApiProperty()
  howTo: string;

  @ApiProperty({ type: String, nullable: true })
  source: string | null;

  @ApiProperty({ type: 'integer', nullable: true })
  minutesPerWeek: number | null;

  @ApiProperty({ type: 'integer', description: 'Higher fits better.' })
  fit: number;

  @ApiProperty({ description: 'Why it fits, in words.' })
  why: string;
}

export class ThemePracticesDto {
  @ApiProperty()
  themeId: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ type: [RankedPracticeDto], description: 'Best fit first.' })
  practices: RankedPracticeDto[];
}

/** A program ready to save as it is with PUT /api/engagements/{id}/program. */
export class ProgramDraftDto {
  @ApiProperty({ format: 'uuid' })
  baselineCampaignId: string;

  @ApiProperty({ type: [GoalDto] })
  goals: GoalDto[];

  @ApiProperty({ type: [PlanEntryDto] })
  plan: PlanEntryDto[];

  @ApiProperty({ type: [MilestoneDto] })
  milestones: MilestoneDto[];
}

export class ProgramProposalDto implements ProgramProposal {
  @ApiProperty({ type: ProposalBaselineDto })
  baseline: ProposalBaselineDto;

  @ApiProperty({ type: [ProposedFocusThemeDto], description: "The report's priorities: where the coach and leader start." })
  focusThemes: ProposedFocusThemeDto[];

  @ApiProperty({ type: [ProposalThemeDto], description: 'Every theme of the report, to choose others.' })
  themes: ProposalThemeDto[];

  @ApiProperty()
  targetRule: string;

  @ApiProperty({ type: [ThemePracticesDto], description: "The practice library's entries per focus theme." })
  suggestions: ThemePracticesDto[];

  @ApiProperty({ type: ProgramDraftDto })
  draft: ProgramDraftDto;
}
