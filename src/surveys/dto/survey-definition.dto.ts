import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { SurveySummary } from '../surveys.service';
import {
  type ChangeScale,
  type ClassificationRules,
  type FollowUpScale,
  type ItemKind,
  type PerGoalBlock,
  type QuestionAsks,
  type QuestionType,
  RATER_GROUP_IDS,
  type RaterGroupId,
  type ReportSettings,
  type SurveyDefinition,
  type SurveyGroup,
  type SurveyItem,
  type SurveyQuestion,
  type SurveyScale,
  type SurveyTheme,
  type SurveyTranslation,
} from '../survey.types';

export class SurveyScaleDto implements SurveyScale {
  @ApiProperty({ type: 'integer', example: 5, description: 'Ratings run 1..points.' })
  points: number;

  @ApiProperty({ type: [String], description: 'One label per point, lowest first.' })
  labels: string[];

  @ApiProperty({ example: 'Not observed', description: 'The "not observed" choice, sent and stored as null.' })
  notObserved: string;
}

export class ChangeScaleDto implements ChangeScale {
  @ApiProperty({ type: 'integer', example: -3 })
  min: number;

  @ApiProperty({ type: 'integer', example: 3 })
  max: number;

  @ApiProperty({ type: [String], description: 'One label per value, min first.' })
  labels: string[];
}

export class FollowUpScaleDto implements FollowUpScale {
  @ApiProperty({ type: [String], description: 'How often the leader followed up, least often first; rated 1..labels.length.' })
  labels: string[];
}

export class SurveyGroupDto implements SurveyGroup {
  @ApiProperty({ enum: RATER_GROUP_IDS })
  id: RaterGroupId;

  @ApiProperty({ example: 'Peers' })
  label: string;

  @ApiProperty({ description: 'False for identified groups (self, boss), who are told so before they answer.' })
  anonymous: boolean;

  @ApiProperty({ type: 'integer', example: 3, description: 'The fewest answers of this group a report shows a figure from.' })
  minResponses: number;
}

/** A group as the survey definition declares it. */
export class SurveyDefinitionGroupDto extends SurveyGroupDto implements SurveyGroup {
  @ApiPropertyOptional({
    type: 'integer',
    description: 'The fewest answers of this group before any of its comments is shown (at least minResponses); minResponses when absent.',
  })
  minCommentResponses?: number;
}

export class SurveySummaryDto implements SurveySummary {
  @ApiProperty({ example: 'leadership-360' })
  id: string;

  @ApiProperty({ type: 'integer' })
  version: number;

  @ApiProperty()
  title: string;

  @ApiProperty({ type: [SurveyGroupDto] })
  groups: SurveyGroupDto[];
}

export class SurveyItemDto implements SurveyItem {
  @ApiProperty({ example: 'communication.listens' })
  id: string;

  @ApiProperty({ description: 'Worded for raters about the leader; may hold {{leader}}.' })
  text: string;

  @ApiProperty({ description: 'Worded for the leader rating themself.' })
  selfText: string;

  @ApiProperty({
    enum: ['likert', 'change', 'followUp'],
    description: "'likert' is rated on `scale`, 'change' on `changeScale`, 'followUp' on `followUpScale`.",
  })
  kind: ItemKind;
}

export class SurveyThemeDto implements SurveyTheme {
  @ApiProperty({ example: 'communication' })
  id: string;

  @ApiProperty()
  title: string;

  @ApiPropertyOptional()
  description?: string;

  @ApiProperty({ type: [String], description: 'Words and phrases that tie a comment to this theme.' })
  keywords: string[];

  @ApiProperty({ type: [SurveyItemDto] })
  items: SurveyItemDto[];
}

export class SurveyQuestionDto implements SurveyQuestion {
  @ApiProperty({ example: 'strengths' })
  id: string;

  @ApiProperty({ enum: ['text', 'start_stop_continue'] })
  type: QuestionType;

  @ApiProperty()
  prompt: string;

  @ApiPropertyOptional({ description: 'The prompt the leader sees.' })
  selfPrompt?: string;

  @ApiPropertyOptional({
    enum: ['strengths', 'changes'],
    description: 'Text questions only: answers are strengths (positive) or changes (constructive unless the rater has none), whatever their words.',
  })
  asks?: QuestionAsks;

  @ApiProperty({ enum: RATER_GROUP_IDS, isArray: true, description: 'The groups asked this question.' })
  groups: RaterGroupId[];
}

export class PerGoalBlockDto implements PerGoalBlock {
  @ApiProperty({ type: [SurveyItemDto], description: "Asked under each focus theme as '<themeId>.<id>'; texts may hold {{goal}}." })
  items: SurveyItemDto[];

  @ApiProperty({ type: [SurveyQuestionDto], description: "Asked once per focus goal as '<themeId>.<id>'." })
  questions: SurveyQuestionDto[];
}

export class ClassificationRulesDto implements ClassificationRules {
  @ApiProperty()
  blindSpotGap: number;

  @ApiProperty()
  blindSpotGapInBottomThird: number;

  @ApiProperty()
  hiddenStrengthGap: number;

  @ApiProperty()
  hiddenStrengthGapInTopThird: number;

  @ApiProperty()
  strengthMinAgreement: number;

  @ApiProperty()
  mixedViewsBelowAgreement: number;
}

export class ReportSettingsDto implements ReportSettings {
  @ApiProperty({ type: ClassificationRulesDto })
  classification: ClassificationRulesDto;

  @ApiProperty({ type: 'integer', description: 'How many priorities the report proposes.' })
  priorities: number;
}

/** A survey definition as `surveys/*.yaml` declares it, with every default filled in. */
export class SurveyDefinitionDto extends SurveySummaryDto implements SurveyDefinition {
  @ApiProperty({ type: [SurveyDefinitionGroupDto] })
  declare groups: SurveyDefinitionGroupDto[];

  @ApiPropertyOptional()
  description?: string;

  @ApiPropertyOptional({ description: "The top of the rater's form; may hold {{leader}}." })
  intro?: string;

  @ApiProperty({ type: SurveyScaleDto })
  scale: SurveyScaleDto;

  @ApiPropertyOptional({ type: ChangeScaleDto, description: 'The -3..+3 scale of change items (progress pulses).' })
  changeScale?: ChangeScaleDto;

  @ApiPropertyOptional({ type: FollowUpScaleDto, description: 'How often the leader followed up with the rater about a goal (progress pulses).' })
  followUpScale?: FollowUpScaleDto;

  @ApiProperty({ type: [SurveyThemeDto] })
  themes: SurveyThemeDto[];

  @ApiProperty({ type: [SurveyQuestionDto] })
  questions: SurveyQuestionDto[];

  @ApiPropertyOptional({
    type: PerGoalBlockDto,
    description: 'Asked once per focus goal of the program in a review; a campaign snapshot has it expanded into its themes.',
  })
  perGoal?: PerGoalBlockDto;

  @ApiProperty({ type: ReportSettingsDto })
  report: ReportSettingsDto;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'object', additionalProperties: true },
    description:
      'Every text a rater reads in other languages, by language code (fr, pt-BR): title, intro, scale, changeScale, followUpScale, groups and themes by id, items as a list of {id, text, selfText}, questions and perGoal by id. See surveys/survey.schema.json.',
    example: { fr: { title: 'Feedback 360° sur le leadership' } },
  })
  translations?: Record<string, SurveyTranslation>;
}
