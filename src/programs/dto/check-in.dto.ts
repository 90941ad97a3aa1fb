import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsCalendarDate } from '../../common/calendar-date';

const trimmed = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);
const trimmedEach = ({ value }: { value: unknown }): unknown =>
  Array.isArray(value) ? value.map((entry: unknown) => (typeof entry === 'string' ? entry.trim() : entry)) : value;

export class CoachingSessionDto {
  @ApiProperty({ example: '2026-02-16' })
  @IsCalendarDate()
  heldOn: string;

  @ApiProperty({ example: 60 })
  @IsInt({ message: 'must be a whole number of minutes' })
  @Min(5, { message: 'must be at least 5 minutes' })
  @Max(600, { message: 'must be at most 600 minutes' })
  durationMinutes: number;

  @ApiProperty({ example: 'communication', description: "One of the program's focus themes." })
  @IsString({ message: 'must be text' })
  @Matches(/^[a-z][a-z0-9-]{0,79}$/, { message: 'must be the id of a focus theme of the program' })
  focusThemeId: string;

  @ApiPropertyOptional({ type: [String], example: ['Speak last in the Monday staff meeting'] })
  @IsOptional()
  @Transform(trimmedEach)
  @IsArray({ message: 'must be a list of texts' })
  @ArrayMaxSize(20, { message: 'must have at most 20 actions' })
  @IsString({ each: true, message: 'must be a list of texts' })
  @MinLength(1, { each: true, message: 'each action must not be empty' })
  @MaxLength(500, { each: true, message: 'each action must be at most 500 characters' })
  agreedActions?: string[];

  @ApiPropertyOptional({
    example: 'Tense about the reorganisation; come back to it.',
    description: "The coach's alone: never shown to the leader or the sponsor.",
  })
  @IsOptional()
  @Transform(trimmed)
  @IsString({ message: 'must be text' })
  @MaxLength(5000, { message: 'must be at most 5000 characters' })
  privateNotes?: string;
}

export class PracticeActionDto {
  @ApiProperty({ example: 'speak-last', description: "An entry of the program's plan." })
  @IsString({ message: 'must be text' })
  @Matches(/^[a-z][a-z0-9-]{0,79}$/, { message: "must be the id of an entry of the program's plan" })
  practiceId: string;

  @ApiProperty({ example: '2026-02-19' })
  @IsCalendarDate()
  doneOn: string;

  @ApiPropertyOptional({ example: 'Held back in the budget meeting; two people spoke up who usually do not.' })
  @IsOptional()
  @Transform(trimmed)
  @IsString({ message: 'must be text' })
  @MaxLength(1000, { message: 'must be at most 1000 characters' })
  note?: string;
}
