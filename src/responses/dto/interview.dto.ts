import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsObject, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { RATER_GROUP_IDS, type RaterGroupId } from '../../surveys/survey.types';
import { MAX_TEXT_LENGTH } from '../answer-validation';

/** A 360 interview the coach held, entered as one more answer of the interviewee's group (see InterviewsService). */
export class InterviewDto {
  @ApiProperty({ enum: RATER_GROUP_IDS, example: 'peer' })
  @IsIn(RATER_GROUP_IDS, { message: `must be one of: ${RATER_GROUP_IDS.join(', ')}` })
  group: RaterGroupId;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    example: { 'communication.listens': 2 },
    description: 'ratings the coach captured, by item id (1..points, or null)',
  })
  @IsOptional()
  @IsObject({ message: 'must be an object of item ids to ratings' })
  ratings?: Record<string, unknown>;

  @ApiProperty({ example: 'Values the clear priorities; would like more room to decide on their own.' })
  @IsString({ message: 'must be text' })
  // Blank notes would be an interview with nothing said: stored, yet never a comment.
  @Matches(/\S/, { message: 'must not be empty' })
  @MaxLength(MAX_TEXT_LENGTH, { message: `must be at most ${MAX_TEXT_LENGTH} characters` })
  notes: string;
}

/** An interview the coach entered, read back. */
export class InterviewView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: RATER_GROUP_IDS, example: 'peer' })
  group: RaterGroupId;

  @ApiProperty({ format: 'date', example: '2026-12-07', description: 'the day it was entered' })
  enteredOn: string;

  @ApiProperty({ type: String, nullable: true, description: 'what was said; null only for an interview entered before notes were tied to their interview' })
  notes: string | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { 'communication.listens': 2 },
    description: 'the ratings taken down, by item id; items not asked are left out',
  })
  ratings: Record<string, number>;

  @ApiProperty({ type: Number, nullable: true, description: 'the first report version that counts it; from then on it stays' })
  countedInVersion: number | null;

  @ApiProperty({ description: 'whether it can still be removed (DELETE): until a report version counts it' })
  removable: boolean;
}
