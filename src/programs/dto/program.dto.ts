import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../../common/calendar-date';

const trimmed = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);
const ID = /^[a-z][a-z0-9-]{0,79}$/;

export class GoalDto {
  @ApiProperty({ example: 'communication', description: "A theme of the baseline report: the goal is measured by others' average for it." })
  @IsString({ message: 'must be text' })
  @Matches(ID, { message: 'must be the id of a theme of the baseline report' })
  themeId: string;

  @ApiProperty({ example: 'People leave meetings with Alex feeling heard: others rate communication and listening 3.6 or more by the final review.' })
  @Transform(trimmed)
  @IsString({ message: 'must be text' })
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(1000, { message: 'must be at most 1000 characters' })
  goal: string;

  @ApiProperty({ example: 3.6, description: "Others' average for the theme the program aims for, on the report's scale." })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'must be a number' })
  target: number;
}

export class PlanEntryDto {
  @ApiProperty({ example: 'speak-last', description: 'The id of an entry of surveys/practices.yaml (see the proposal).' })
  @IsString({ message: 'must be text' })
  @Matches(ID, { message: 'must be the id of an entry of the practice library' })
  practiceId: string;

  @ApiPropertyOptional({ example: 'communication', description: 'The focus theme it serves; by default the first focus theme the entry develops.' })
  @IsOptional()
  @IsString({ message: 'must be text' })
  @Matches(ID, { message: 'must be the id of a focus theme' })
  themeId?: string;

  @ApiProperty({ example: '2026-02-02' })
  @IsCalendarDate()
  startOn: string;

  @ApiProperty({ example: '2026-07-19' })
  @IsCalendarDate()
  dueOn: string;

  @ApiPropertyOptional({ example: 24, description: 'How many times it is planned; by default every week of a practice, once for an exercise or a reading.' })
  @IsOptional()
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  @Max(200, { message: 'must be at most 200' })
  times?: number;
}

export class MilestoneDto {
  @ApiProperty({ example: 'Mid-program review with Jordan' })
  @Transform(trimmed)
  @IsString({ message: 'must be text' })
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(300, { message: 'must be at most 300 characters' })
  title: string;

  @ApiProperty({ example: '2026-04-27' })
  @IsCalendarDate()
  dueOn: string;

  @ApiPropertyOptional({ example: 'communication' })
  @IsOptional()
  @IsString({ message: 'must be text' })
  @Matches(ID, { message: 'must be the id of a focus theme' })
  themeId?: string;
}

export class SaveProgramDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The baseline campaign whose released report the goals start from; by default the one the proposal names.',
  })
  @IsOptional()
  @IsUUID('4', { message: 'must be the id of a baseline campaign of this engagement' })
  baselineCampaignId?: string;

  @ApiProperty({ type: [GoalDto], description: 'One goal per focus theme: 2 or 3.' })
  @IsArray({ message: 'must be a list of 2 or 3 goals, one per focus theme' })
  @ArrayMinSize(2, { message: 'must have 2 or 3 goals: a program works on the few themes that matter' })
  @ArrayMaxSize(3, { message: 'must have 2 or 3 goals: a program works on the few themes that matter' })
  @ValidateNested({ each: true })
  @Type(() => GoalDto)
  goals: GoalDto[];

  @ApiProperty({ type: [PlanEntryDto] })
  @IsArray({ message: 'must be a list of practices, exercises and readings' })
  @ArrayMinSize(1, { message: 'must name at least one practice, exercise or reading' })
  @ArrayMaxSize(30, { message: 'must have at most 30 entries' })
  @ValidateNested({ each: true })
  @Type(() => PlanEntryDto)
  plan: PlanEntryDto[];

  @ApiPropertyOptional({ type: [MilestoneDto] })
  @IsOptional()
  @IsArray({ message: 'must be a list of milestones' })
  @ArrayMaxSize(30, { message: 'must have at most 30 milestones' })
  @ValidateNested({ each: true })
  @Type(() => MilestoneDto)
  milestones?: MilestoneDto[];
}
