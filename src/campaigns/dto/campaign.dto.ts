import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDate,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinDate,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { RATER_LANGUAGES } from '../../responses/form-words';
import { RATER_GROUP_IDS, type RaterGroupId } from '../../surveys/survey.types';
import { CAMPAIGN_PHASES, type CampaignPhase } from '../campaign.entity';

const RATER_LANGUAGE_DESCRIPTION =
  "The rater's language: their mail comes in it and their form opens in it, when the survey is translated into it (English otherwise). Left out, the form follows the browser's language.";
const RATER_LANGUAGE_MESSAGE = `must be one of the languages raters can be asked in: ${RATER_LANGUAGES.join(', ')}`;

export class CreateCampaignDto {
  @ApiProperty({ example: 'leadership-360' })
  @IsString({ message: 'must be text' })
  @Matches(/^[a-z0-9-]{1,80}$/, { message: 'must be the id of a survey (see GET /api/surveys)' })
  surveyId: string;

  @ApiPropertyOptional({ enum: CAMPAIGN_PHASES, default: 'baseline' })
  @IsOptional()
  @IsIn(CAMPAIGN_PHASES, { message: `must be one of: ${CAMPAIGN_PHASES.join(', ')}` })
  phase?: CampaignPhase;

  @ApiPropertyOptional({ type: String, format: 'date-time', example: '2026-12-31T18:00:00Z' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? new Date(value) : value))
  @IsDate({ message: 'must be a date and time, e.g. 2026-12-31T18:00:00Z' })
  @MinDate(() => new Date(), { message: 'must be in the future' })
  closesAt?: Date;

  @ApiPropertyOptional({
    type: () => [RaterDto],
    description:
      'For a midpoint or final review: who to ask. Left out, the raters of the baseline campaigns are asked again (same names, emails and groups; new links at launch).',
  })
  @IsOptional()
  @IsArray({ message: 'must be a list of raters' })
  @ArrayMaxSize(500, { message: 'must have at most 500 raters per call' })
  @ValidateNested({ each: true })
  @Type(() => RaterDto)
  raters?: RaterDto[];
}

export class RaterDto {
  @ApiProperty({ example: 'Sam Lee' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: 'must be text' })
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(200, { message: 'must be at most 200 characters' })
  name: string;

  @ApiProperty({ example: 'sam@example.com' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254, { message: 'must be at most 254 characters' })
  email: string;

  @ApiProperty({ enum: RATER_GROUP_IDS, example: 'peer' })
  @IsIn(RATER_GROUP_IDS, { message: `must be one of: ${RATER_GROUP_IDS.join(', ')}` })
  group: RaterGroupId;

  @ApiPropertyOptional({ enum: RATER_LANGUAGES, example: 'fr', description: RATER_LANGUAGE_DESCRIPTION })
  @IsOptional()
  @IsIn(RATER_LANGUAGES, { message: RATER_LANGUAGE_MESSAGE })
  language?: string;
}

/** A change to one rater: the address, the language, or both. */
export class UpdateRaterDto {
  @ApiPropertyOptional({
    example: 'sam.lee@example.com',
    description: "The rater's corrected address; after launch only one that did not work, whose invitation is then sent again with a new link.",
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254, { message: 'must be at most 254 characters' })
  email?: string;

  @ApiPropertyOptional({
    type: String,
    enum: RATER_LANGUAGES,
    nullable: true,
    example: 'fr',
    description: `${RATER_LANGUAGE_DESCRIPTION} null: no language set.`,
  })
  @ValidateIf((dto: UpdateRaterDto) => dto.language !== undefined && dto.language !== null)
  @IsIn(RATER_LANGUAGES, { message: RATER_LANGUAGE_MESSAGE })
  language?: string | null;
}

export class CorrectRaterEmailDto {
  @ApiProperty({ example: 'sam.lee@example.com', description: "The rater's corrected address." })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254, { message: 'must be at most 254 characters' })
  email: string;
}

export class AddRatersDto {
  @ApiProperty({ type: [RaterDto] })
  @IsArray({ message: 'must be a list of raters' })
  @ArrayMinSize(1, { message: 'must name at least one rater' })
  @ArrayMaxSize(500, { message: 'must have at most 500 raters per call' })
  @ValidateNested({ each: true })
  @Type(() => RaterDto)
  raters: RaterDto[];
}
