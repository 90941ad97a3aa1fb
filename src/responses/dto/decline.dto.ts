import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export const MAX_DECLINE_REASON = 1000;

export class DeclineDto {
  @ApiPropertyOptional({
    description: `Why, if the rater wishes to say (at most ${MAX_DECLINE_REASON} characters). Kept apart from the invitation; the coach reads it only after the close, mixed with others of the group.`,
  })
  @IsOptional()
  @IsString({ message: 'must be text' })
  @MaxLength(MAX_DECLINE_REASON, { message: `must be at most ${MAX_DECLINE_REASON} characters` })
  reason?: string;
}

export class DeclinedDto {
  @ApiProperty({ enum: [true] })
  declined: true;
}
