import { ApiProperty, type ApiPropertyOptions, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDefined, IsEmail, IsIn, IsObject, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ENGAGEMENT_PHASES, type EngagementPhase } from '../engagement.entity';
import { MAX_OUTCOMES, OUTCOME_MEASURES, OUTCOME_OPERATORS, OUTCOME_SOURCES } from '../intended-outcome';

const trimmed = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);
const normaliseEmail = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim().toLowerCase() : value);

/** As sent: checked field by field by `parseOutcomes`, which names each wrong one. */
export type OutcomeInput = string | Record<string, unknown>;

const OUTCOMES_SCHEMA: ApiPropertyOptions = {
  description:
    'Intended outcomes: each a plain text, or {text, indicator} where the indicator says how it is measured: exactly one of themeId or itemId; ' +
    "source: whose ratings ('others': everyone but the leader; 'boss'; 'self'; 'all'); measure: 'mean' (the latest review's average) or 'change' " +
    "(how far it moved from the baseline); operator '>=' or '<='; value.",
  type: 'array',
  items: {
    oneOf: [
      { type: 'string', maxLength: 1000 },
      {
        type: 'object',
        required: ['text'],
        properties: {
          text: { type: 'string', maxLength: 1000 },
          indicator: {
            type: 'object',
            nullable: true,
            required: ['source', 'measure', 'operator', 'value'],
            properties: {
              themeId: { type: 'string', example: 'communication' },
              itemId: { type: 'string', example: 'developing-others.delegates' },
              source: { type: 'string', enum: [...OUTCOME_SOURCES] },
              measure: { type: 'string', enum: [...OUTCOME_MEASURES] },
              operator: { type: 'string', enum: [...OUTCOME_OPERATORS] },
              value: { type: 'number', example: 4 },
            },
          },
        },
      },
    ],
  },
  example: [
    'A successor for the operations team is identified',
    { text: 'Others experience Alex as a listener', indicator: { themeId: 'communication', source: 'others', measure: 'mean', operator: '>=', value: 4 } },
    {
      text: 'The manager sees more delegation',
      indicator: { itemId: 'developing-others.delegates', source: 'boss', measure: 'change', operator: '>=', value: 1 },
    },
  ],
};

export class PersonDto {
  @ApiProperty({ example: 'Alex Morgan' })
  @Transform(trimmed)
  @IsString({ message: 'must be text' })
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(200, { message: 'must be at most 200 characters' })
  name: string;

  @ApiProperty({ example: 'alex@example.com' })
  @Transform(normaliseEmail)
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254, { message: 'must be at most 254 characters' })
  email: string;
}

export class CreateEngagementDto {
  @ApiProperty({ example: 'Alex Morgan, VP Engineering: 2026 leadership program' })
  @Transform(trimmed)
  @IsString({ message: 'must be text' })
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(300, { message: 'must be at most 300 characters' })
  title: string;

  @ApiProperty({ type: PersonDto })
  @IsDefined({ message: 'is required: {name, email}' })
  @IsObject({ message: 'must be an object {name, email}' })
  @ValidateNested()
  @Type(() => PersonDto)
  leader: PersonDto;

  @ApiPropertyOptional({ type: PersonDto })
  @IsOptional()
  @IsObject({ message: 'must be an object {name, email}' })
  @ValidateNested()
  @Type(() => PersonDto)
  sponsor?: PersonDto;

  @ApiPropertyOptional(OUTCOMES_SCHEMA)
  @IsOptional()
  @IsArray({ message: 'must be a list of outcomes (texts or {text, indicator})' })
  @ArrayMaxSize(MAX_OUTCOMES, { message: `must have at most ${MAX_OUTCOMES} outcomes` })
  outcomes?: OutcomeInput[];
}

export class UpdateOutcomesDto {
  @ApiProperty(OUTCOMES_SCHEMA)
  @IsDefined({ message: 'is required: a list of outcomes (texts or {text, indicator})' })
  @IsArray({ message: 'must be a list of outcomes (texts or {text, indicator})' })
  @ArrayMaxSize(MAX_OUTCOMES, { message: `must have at most ${MAX_OUTCOMES} outcomes` })
  outcomes: OutcomeInput[];
}

export class ChangePhaseDto {
  @ApiProperty({ enum: ENGAGEMENT_PHASES, example: 'program_design' })
  @IsIn(ENGAGEMENT_PHASES, { message: `must be one of: ${ENGAGEMENT_PHASES.join(', ')}` })
  phase: EngagementPhase;
}
