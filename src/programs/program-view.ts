import type { Practice } from '../surveys/survey.types';
import type { CoachingSession, Milestone, PracticeAction, ProgramGoal, StoredProgram } from './program.types';

export interface PlanEntryView {
  practiceId: string;
  themeId: string;
  title: string;
  kind: Practice['kind'];
  howTo: string;
  source: string | null;
  minutesPerWeek: number | null;
  startOn: string;
  dueOn: string;
  planned: number;
  done: number;
  lastDoneOn: string | null;
  actions: { id: string; doneOn: string; note: string | null }[];
}

export interface SessionView {
  id: string;
  heldOn: string;
  durationMinutes: number;
  focusThemeId: string;
  focusTheme: string;
  agreedActions: string[];
  /** Present in the coach's view only. */
  privateNotes?: string | null;
}

export interface ProgramView {
  engagementId: string;
  leader: string;
  baseline: { campaignId: string; version: number };
  goals: (ProgramGoal & { practiceIds: string[] })[];
  plan: PlanEntryView[];
  milestones: Milestone[];
  sessions: SessionView[];
  /** What was done against what was planned, over the whole plan. */
  progress: { planned: number; done: number; share: number; sessions: number; sessionMinutes: number };
  createdAt: string;
  updatedAt: string;
}

/**
 * The program as its reader sees it: the coach with the private notes of each session, the
 * leader without them (the key is absent, not empty).
 */
export function buildProgramView(input: {
  program: StoredProgram;
  leader: string;
  sessions: readonly CoachingSession[];
  actions: readonly PracticeAction[];
  reader: 'coach' | 'leader';
}): ProgramView {
  const { program } = input;
  const titles = new Map(program.goals.map((goal) => [goal.themeId, goal.title]));
  const plan = program.plan.map((entry): PlanEntryView => {
    const actions = input.actions.filter((action) => action.practiceId === entry.practiceId).sort((a, b) => a.doneOn.localeCompare(b.doneOn));
    return {
      practiceId: entry.practiceId,
      themeId: entry.themeId,
      title: entry.practice.title,
      kind: entry.practice.kind,
      howTo: entry.practice.howTo,
      source: entry.practice.source,
      minutesPerWeek: entry.practice.minutesPerWeek,
      startOn: entry.startOn,
      dueOn: entry.dueOn,
      planned: entry.times,
      done: actions.length,
      lastDoneOn: actions.length > 0 ? actions[actions.length - 1].doneOn : null,
      actions: actions.map((action) => ({ id: action.id, doneOn: action.doneOn, note: action.note })),
    };
  });
  const sessions = [...input.sessions]
    .sort((a, b) => a.heldOn.localeCompare(b.heldOn))
    .map((session): SessionView => ({
      id: session.id,
      heldOn: session.heldOn,
      durationMinutes: session.durationMinutes,
      focusThemeId: session.focusThemeId,
      focusTheme: titles.get(session.focusThemeId) ?? session.focusThemeId,
      agreedActions: [...session.agreedActions],
      ...(input.reader === 'coach' ? { privateNotes: session.privateNotes } : {}),
    }));
  const planned = plan.reduce((total, entry) => total + entry.planned, 0);
  // Doing a practice more often than planned does not make up for another left undone.
  const done = plan.reduce((total, entry) => total + Math.min(entry.done, entry.planned), 0);
  return {
    engagementId: program.engagementId,
    leader: input.leader,
    baseline: { campaignId: program.baselineCampaignId, version: program.baselineVersion },
    goals: program.goals.map((goal) => ({
      ...goal,
      practiceIds: program.plan.filter((entry) => entry.themeId === goal.themeId).map((entry) => entry.practiceId),
    })),
    plan,
    milestones: program.milestones,
    sessions,
    progress: {
      planned,
      done,
      share: planned > 0 ? Math.round((done / planned) * 100) / 100 : 0,
      sessions: sessions.length,
      sessionMinutes: sessions.reduce((total, session) => total + session.durationMinutes, 0),
    },
    createdAt: program.createdAt.toISOString(),
    updatedAt: program.updatedAt.toISOString(),
  };
}
