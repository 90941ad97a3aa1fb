import { ApiProperty } from '@nestjs/swagger';
import type { CoachingSession, PracticeAction } from '../program.types';

/** A coaching session as logged, private notes included: the coach's alone. */
export class CoachingSessionRecordDto implements CoachingSession {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'date' })
  heldOn: string;

  @ApiProperty({ type: 'integer' })
  durationMinutes: number;

  @ApiProperty()
  focusThemeId: string;

  @ApiProperty({ type: [String] })
  agreedActions: string[];

  @ApiProperty({ type: String, nullable: true, description: 'Never shown to the leader or the sponsor.' })
  privateNotes: string | null;
}

export class CoachingSessionListDto {
  @ApiProperty({ type: [CoachingSessionRecordDto] })
  sessions: CoachingSessionRecordDto[];
}

export class PracticeActionRecordDto implements PracticeAction {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'speak-last' })
  practiceId: string;

  @ApiProperty({ format: 'date' })
  doneOn: string;

  @ApiProperty({ type: String, nullable: true })
  note: string | null;
}
