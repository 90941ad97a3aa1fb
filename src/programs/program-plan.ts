import { daysBetween } from '../common/calendar-date';
import type { Report } from '../reports/assembly/report.types';
import type { Practice } from '../surveys/survey.types';
import type { BaselineFigure, Milestone, PlannedActivity, ProgramContent, ProgramGoal } from './program.types';

export interface ProgramInput {
  goals: { themeId: string; goal: string; target: number }[];
  plan: { practiceId: string; themeId?: string; startOn: string; dueOn: string; times?: number }[];
  milestones?: { title: string; dueOn: string; themeId?: string }[];
}

export interface ProgramContext {
  baselineCampaignId: string;
  baselineVersion: number;
  /** The released baseline report version the goals take their baseline from. */
  report: Report;
  library: readonly Practice[];
}

/** Others' average for a theme in a report, or null when the report withholds it. */
export function othersFigure(report: Report, themeId: string): BaselineFigure | null {
  const cell = report.themes.find((theme) => theme.id === themeId)?.scores.others;
  return cell ? { mean: cell.mean, n: cell.n } : null;
}

/** A practice is a weekly habit: planned once a week over its dates; anything else once. */
export function plannedTimes(kind: Practice['kind'], startOn: string, dueOn: string): number {
  return kind === 'practice' ? Math.max(1, Math.ceil((daysBetween(startOn, dueOn) + 1) / 7)) : 1;
}

/**
 * Checks a program against its baseline report and the practice library, and fills in what the
 * coach does not type: each goal's baseline (from the report), each entry's focus theme and a
 * snapshot of the library entry. Every problem names the field.
 */
export function checkProgram(input: ProgramInput, context: ProgramContext): { content: ProgramContent } | { problems: string[] } {
  const problems: string[] = [];
  const { report } = context;
  const seenThemes = new Set<string>();
  const goals: ProgramGoal[] = [];
  input.goals.forEach((goal, index) => {
    const path = `goals[${index}]`;
    const theme = report.themes.find((candidate) => candidate.id === goal.themeId);
    if (!theme)
      return problems.push(
        `${path}.themeId: the baseline report has no theme '${goal.themeId}' (it has ${report.themes.map((candidate) => candidate.id).join(', ')})`,
      );
    if (seenThemes.has(goal.themeId)) return problems.push(`${path}.themeId: '${goal.themeId}' has a goal already: one goal per focus theme`);
    seenThemes.add(goal.themeId);
    const baseline = othersFigure(report, goal.themeId);
    if (!baseline)
      return problems.push(
        `${path}.themeId: the baseline report shows no figure from others for '${goal.themeId}', so progress could not be measured against it`,
      );
    if (goal.target < report.scale.min || goal.target > report.scale.max)
      return problems.push(`${path}.target: must be between ${report.scale.min} and ${report.scale.max}, on the scale of the report`);
    goals.push({ themeId: theme.id, title: theme.title, goal: goal.goal, baseline, target: goal.target });
  });
  const focus = [...new Set(input.goals.map((goal) => goal.themeId))];

  const seenPractices = new Set<string>();
  const plan: PlannedActivity[] = [];
  input.plan.forEach((entry, index) => {
    const path = `plan[${index}]`;
    const practice = context.library.find((candidate) => candidate.id === entry.practiceId);
    if (!practice) return problems.push(`${path}.practiceId: no entry '${entry.practiceId}' in the practice library`);
    if (seenPractices.has(practice.id)) return problems.push(`${path}.practiceId: '${practice.id}' is in the plan already`);
    seenPractices.add(practice.id);
    const themeId = entry.themeId ?? practice.themes.find((id) => focus.includes(id));
    if (themeId === undefined)
      return problems.push(`${path}.practiceId: '${practice.id}' develops ${practice.themes.join(', ')}, none of the focus themes (${focus.join(', ')})`);
    if (!focus.includes(themeId)) return problems.push(`${path}.themeId: must be one of the focus themes (${focus.join(', ')})`);
    if (!practice.themes.includes(themeId))
      return problems.push(`${path}.themeId: '${practice.id}' does not develop '${themeId}' (it develops ${practice.themes.join(', ')})`);
    if (daysBetween(entry.startOn, entry.dueOn) < 0) return problems.push(`${path}.dueOn: must not be before startOn (${entry.startOn})`);
    plan.push({
      practiceId: practice.id,
      themeId,
      practice: {
        title: practice.title,
        kind: practice.kind,
        themes: [...practice.themes],
        howTo: practice.howTo,
        source: practice.source ?? null,
        minutesPerWeek: practice.minutesPerWeek ?? null,
      },
      startOn: entry.startOn,
      dueOn: entry.dueOn,
      times: entry.times ?? plannedTimes(practice.kind, entry.startOn, entry.dueOn),
    });
  });
  for (const themeId of focus) {
    if (goals.some((goal) => goal.themeId === themeId) && !plan.some((entry) => entry.themeId === themeId))
      problems.push(`plan: has nothing for the focus theme '${themeId}'`);
  }

  const milestones: Milestone[] = [];
  (input.milestones ?? []).forEach((milestone, index) => {
    if (milestone.themeId !== undefined && !focus.includes(milestone.themeId))
      return problems.push(`milestones[${index}].themeId: must be one of the focus themes (${focus.join(', ')})`);
    milestones.push({ title: milestone.title, dueOn: milestone.dueOn, themeId: milestone.themeId ?? null });
  });
  milestones.sort((a, b) => a.dueOn.localeCompare(b.dueOn));

  if (problems.length > 0) return { problems };
  return { content: { baselineCampaignId: context.baselineCampaignId, baselineVersion: context.baselineVersion, goals, plan, milestones } };
}
