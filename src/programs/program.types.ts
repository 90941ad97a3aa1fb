import type { Practice } from '../surveys/survey.types';

/** A figure of the baseline report: others' average for the theme and how many raters it pools. */
export interface BaselineFigure {
  mean: number;
  n: number;
}

/** One goal per focus theme, measured by others' average for the theme. */
export interface ProgramGoal {
  themeId: string;
  title: string;
  goal: string;
  /** Others' average for the theme in the baseline report version the program was built from. */
  baseline: BaselineFigure;
  target: number;
}

/** What the program keeps of a library entry: editing practices.yaml never changes a saved plan. */
export type PracticeSnapshot = Pick<Practice, 'title' | 'kind' | 'themes' | 'howTo'> & { source: string | null; minutesPerWeek: number | null };

export interface PlannedActivity {
  practiceId: string;
  /** The focus theme this entry serves. */
  themeId: string;
  practice: PracticeSnapshot;
  startOn: string;
  dueOn: string;
  /** How many times it is planned: weekly for a practice, once for an exercise or a reading, unless the coach says otherwise. */
  times: number;
}

export interface Milestone {
  title: string;
  dueOn: string;
  themeId: string | null;
}

export interface ProgramContent {
  baselineCampaignId: string;
  baselineVersion: number;
  goals: ProgramGoal[];
  plan: PlannedActivity[];
  milestones: Milestone[];
}

export interface StoredProgram extends ProgramContent {
  engagementId: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface CoachingSession {
  id: string;
  heldOn: string;
  durationMinutes: number;
  focusThemeId: string;
  agreedActions: string[];
  /** The coach's alone: never in what the leader or sponsor reads. */
  privateNotes: string | null;
}

export interface PracticeAction {
  id: string;
  practiceId: string;
  doneOn: string;
  note: string | null;
}
