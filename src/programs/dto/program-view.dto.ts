import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { unionValues } from '../../common/openapi/union-values';
import type { Practice } from '../../surveys/survey.types';
import type { PlanEntryView, ProgramView, SessionView } from '../program-view';
import type { BaselineFigure, Milestone, ProgramGoal } from '../program.types';

export const PRACTICE_KINDS = unionValues<Practice['kind']>({ practice: true, exercise: true, reading: true });

/** Others' average for a theme in a report version, and how many raters it pools. */
export class ThemeFigureDto implements BaselineFigure {
  @ApiProperty({ description: "Others' average for the theme." })
  mean: number;

  @ApiProperty({ type: 'integer', description: 'How many raters it pools.' })
  n: number;
}

export class ProgramGoalDto implements ProgramGoal {
  @ApiProperty({ example: 'communication' })
  themeId: string;

  @ApiProperty()
  title: string;

  @ApiProperty()
  goal: string;

  @ApiProperty({ type: ThemeFigureDto })
  baseline: ThemeFigureDto;

  @ApiProperty({ description: "Others' average for the theme the program aims for." })
  target: number;

  @ApiProperty({ type: [String], description: 'The plan entries that serve this goal.' })
  practiceIds: string[];
}

export class PracticeDoneDto {
  @ApiProperty({ format: 'uuid', description: 'To correct or delete the entry (PUT or DELETE /api/engagements/:id/practice-actions/:actionId).' })
  id: string;

  @ApiProperty({ format: 'date' })
  doneOn: string;

  @ApiProperty({ type: String, nullable: true })
  note: string | null;
}

export class PlanEntryViewDto implements PlanEntryView {
  @ApiProperty({ example: 'speak-last' })
  practiceId: string;

  @ApiProperty()
  themeId: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ enum: PRACTICE_KINDS })
  kind: Practice['kind'];

  @ApiProperty()
  howTo: string;

  @ApiProperty({ type: String, nullable: true, description: 'For readings: author and work.' })
  source: string | null;

  @ApiProperty({ type: 'integer', nullable: true })
  minutesPerWeek: number | null;

  @ApiProperty({ format: 'date' })
  startOn: string;

  @ApiProperty({ format: 'date' })
  dueOn: string;

  @ApiProperty({ type: 'integer', description: 'Times planned.' })
  planned: number;

  @ApiProperty({ type: 'integer', description: 'Times the leader did it.' })
  done: number;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  lastDoneOn: string | null;

  @ApiProperty({ type: [PracticeDoneDto] })
  actions: PracticeDoneDto[];
}

export class MilestoneViewDto implements Milestone {
  @ApiProperty()
  title: string;

  @ApiProperty({ format: 'date' })
  dueOn: string;

  @ApiProperty({ type: String, nullable: true })
  themeId: string | null;
}

/** What every view of a coaching session shows. */
export class HeldSessionDto {
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
}

export class SessionViewDto extends HeldSessionDto implements SessionView {
  @ApiProperty({ description: "The focus theme's title." })
  focusTheme: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: "The coach's view only: absent from the leader's." })
  privateNotes?: string | null;
}

export class ProgramBaselineDto {
  @ApiProperty({ format: 'uuid' })
  campaignId: string;

  @ApiProperty({ type: 'integer', description: 'The released report version the goals take their baseline from.' })
  version: number;
}

export class ProgramProgressDto {
  @ApiProperty({ type: 'integer' })
  planned: number;

  @ApiProperty({ type: 'integer', description: 'Done, counting each entry at most as often as planned.' })
  done: number;

  @ApiProperty({ description: 'done / planned, 0..1.' })
  share: number;

  @ApiProperty({ type: 'integer' })
  sessions: number;

  @ApiProperty({ type: 'integer' })
  sessionMinutes: number;
}

/** The development program, with what was done against what was planned. */
export class ProgramViewDto implements ProgramView {
  @ApiProperty({ format: 'uuid' })
  engagementId: string;

  @ApiProperty({ description: "The leader's name." })
  leader: string;

  @ApiProperty({ type: ProgramBaselineDto })
  baseline: ProgramBaselineDto;

  @ApiProperty({ type: [ProgramGoalDto] })
  goals: ProgramGoalDto[];

  @ApiProperty({ type: [PlanEntryViewDto] })
  plan: PlanEntryViewDto[];

  @ApiProperty({ type: [MilestoneViewDto] })
  milestones: MilestoneViewDto[];

  @ApiProperty({ type: [SessionViewDto] })
  sessions: SessionViewDto[];

  @ApiProperty({ type: ProgramProgressDto })
  progress: ProgramProgressDto;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}
