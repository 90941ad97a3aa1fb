import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ENGAGEMENT_PHASES, type EngagementPhase } from '../engagement.entity';
import type { EngagementView, OutcomeView } from '../engagements.service';
import {
  OUTCOME_MEASURES,
  OUTCOME_OPERATORS,
  OUTCOME_SOURCES,
  type OutcomeIndicator,
  type OutcomeMeasure,
  type OutcomeOperator,
  type OutcomeSource,
} from '../intended-outcome';
import { PersonDto } from './create-engagement.dto';

export class OutcomeIndicatorDto implements OutcomeIndicator {
  @ApiPropertyOptional({ example: 'communication', description: 'Exactly one of themeId and itemId names what is measured.' })
  themeId?: string;

  @ApiPropertyOptional({ example: 'developing-others.delegates' })
  itemId?: string;

  @ApiProperty({ enum: OUTCOME_SOURCES, description: "Whose ratings: 'others' (everyone but the leader), 'boss', 'self' or 'all'." })
  source: OutcomeSource;

  @ApiProperty({ enum: OUTCOME_MEASURES, description: "'mean': the latest review's average; 'change': how far it moved from the baseline." })
  measure: OutcomeMeasure;

  @ApiProperty({ enum: OUTCOME_OPERATORS })
  operator: OutcomeOperator;

  @ApiProperty({ example: 4 })
  value: number;
}

export class OutcomeViewDto implements OutcomeView {
  @ApiProperty({ example: 'Others experience Alex as a listener' })
  text: string;

  @ApiProperty({ type: OutcomeIndicatorDto, nullable: true })
  indicator: OutcomeIndicatorDto | null;

  @ApiProperty({ type: String, nullable: true, description: 'The indicator in words; null without one.' })
  measuredBy: string | null;
}

export class EngagementViewDto implements EngagementView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ type: PersonDto })
  leader: PersonDto;

  @ApiProperty({ type: PersonDto, nullable: true })
  sponsor: PersonDto | null;

  @ApiProperty({ type: [OutcomeViewDto] })
  outcomes: OutcomeViewDto[];

  @ApiProperty({ enum: ENGAGEMENT_PHASES })
  phase: EngagementPhase;

  @ApiProperty({ enum: ENGAGEMENT_PHASES, isArray: true, description: 'Where the coach may move the phase next (POST /api/engagements/{id}/phase).' })
  nextPhases: EngagementPhase[];

  @ApiProperty({ type: [String], description: "The program's focus themes, once it is saved." })
  focusThemeIds: string[];

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}
