import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsCalendarDate } from '../../common/calendar-date';
import type { PulseStatus } from '../pulse-schedule';

export const PULSE_PHASES = ['midpoint', 'final'] as const;
const PULSE_STATUSES: PulseStatus[] = ['scheduled', 'launching', 'launched', 'failed'];

/** Exactly one of `monthsAfterStart` and `dueOn` says when the pulse launches. */
export class SchedulePulseDto {
  @ApiPropertyOptional({ example: 3, description: 'Months after the program was first saved; e.g. 3, 6 and 12.' })
  @IsOptional()
  @IsInt({ message: 'must be a whole number of months' })
  @Min(1, { message: 'must be at least 1' })
  @Max(36, { message: 'must be at most 36' })
  monthsAfterStart?: number;

  @ApiPropertyOptional({ example: '2026-09-01', description: 'The day it launches (UTC), today or later.' })
  @IsOptional()
  @IsCalendarDate()
  dueOn?: string;

  @ApiPropertyOptional({ enum: PULSE_PHASES, description: "Default 'midpoint'; the last pulse of a program is usually 'final'." })
  @IsOptional()
  @IsIn(PULSE_PHASES, { message: "must be 'midpoint' or 'final'" })
  phase?: 'midpoint' | 'final';

  @ApiPropertyOptional({ example: 14, description: 'Days the pulse stays open once launched (default 14).' })
  @IsOptional()
  @IsInt({ message: 'must be a whole number of days' })
  @Min(1, { message: 'must be at least 1 day' })
  @Max(90, { message: 'must be at most 90 days' })
  openDays?: number;
}

export class PulseViewDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '2026-09-01' })
  dueOn: string;

  @ApiProperty({ enum: PULSE_PHASES })
  phase: 'midpoint' | 'final';

  @ApiProperty({ type: 'integer' })
  openDays: number;

  @ApiProperty({
    enum: PULSE_STATUSES,
    description: "'scheduled' until its day; 'launched' once its invitations are queued; 'failed' with the reason in `problem`.",
  })
  status: PulseStatus;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The campaign it launched.' })
  campaignId: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  launchedAt: string | null;

  @ApiProperty({ type: String, nullable: true })
  problem: string | null;
}

export class PulseListDto {
  @ApiProperty({ type: [PulseViewDto], description: 'By day, the earliest first.' })
  pulses: PulseViewDto[];
}
