import { ApiProperty } from '@nestjs/swagger';
import type { CoachingSession, PracticeAction } from '../program.types';
import { HeldSessionDto } from './program-view.dto';

/** A coaching session as logged, private notes included: the coach's alone. */
export class CoachingSessionRecordDto extends HeldSessionDto implements CoachingSession {
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
