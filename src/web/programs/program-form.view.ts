import type { ProgramProposal } from '../../programs/program-proposal';
import type { ProgramView } from '../../programs/program-view';
import type { Practice } from '../../surveys/survey.types';
import { compactRows, type FieldErrors } from '../form-errors';
import { field, type FieldView, unplacedErrors } from '../form-fields';
import type { PageTop } from '../page-top';

export interface GoalRow {
  themeId: string;
  goal: string;
  target: string;
}
export interface PlanRow {
  practiceId: string;
  themeId: string;
  startOn: string;
  dueOn: string;
  times: string;
}
export interface MilestoneRow {
  title: string;
  dueOn: string;
  themeId: string;
}
export interface ProgramRows {
  goals: GoalRow[];
  plan: PlanRow[];
  milestones: MilestoneRow[];
}

const BLANK_GOAL: GoalRow = { themeId: '', goal: '', target: '' };
const BLANK_PLAN: PlanRow = { practiceId: '', themeId: '', startOn: '', dueOn: '', times: '' };
const BLANK_MILESTONE: MilestoneRow = { title: '', dueOn: '', themeId: '' };

const text = (value: unknown, max = 2000): string => (typeof value === 'string' ? value.slice(0, max).trim() : '');
const list = (raw: unknown, max: number): Record<string, unknown>[] =>
  (Array.isArray(raw) ? (raw as unknown[]) : typeof raw === 'object' && raw !== null ? Object.values(raw) : [])
    .slice(0, max)
    .map((entry) => (typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {}));

/** The rows of a posted program form. */
export function programRowsOf(form: Record<string, unknown>): ProgramRows {
  return {
    goals: list(form.goals, 5).map((row) => ({ themeId: text(row.themeId, 80), goal: text(row.goal), target: text(row.target, 20) })),
    plan: list(form.plan, 40).map((row) => ({
      practiceId: text(row.practiceId, 80),
      themeId: text(row.themeId, 80),
      startOn: text(row.startOn, 20),
      dueOn: text(row.dueOn, 20),
      times: text(row.times, 20),
    })),
    milestones: list(form.milestones, 40).map((row) => ({ title: text(row.title, 400), dueOn: text(row.dueOn, 20), themeId: text(row.themeId, 80) })),
  };
}

/** The saved program as rows to edit, or the proposal's draft when there is none yet. */
export function programRowsFrom(saved: ProgramView | null, proposal: ProgramProposal): ProgramRows {
  if (saved)
    return {
      goals: saved.goals.map((goal) => ({ themeId: goal.themeId, goal: goal.goal, target: String(goal.target) })),
      plan: saved.plan.map((entry) => ({
        practiceId: entry.practiceId,
        themeId: entry.themeId,
        startOn: entry.startOn,
        dueOn: entry.dueOn,
        times: String(entry.planned),
      })),
      milestones: saved.milestones.map((milestone) => ({ title: milestone.title, dueOn: milestone.dueOn, themeId: milestone.themeId ?? '' })),
    };
  const { draft } = proposal;
  return {
    goals: draft.goals.map((goal) => ({ themeId: goal.themeId, goal: goal.goal, target: String(goal.target) })),
    plan: draft.plan.map((entry) => ({
      practiceId: entry.practiceId,
      themeId: entry.themeId ?? '',
      startOn: entry.startOn,
      dueOn: entry.dueOn,
      times: entry.times === undefined ? '' : String(entry.times),
    })),
    milestones: (draft.milestones ?? []).map((milestone) => ({ title: milestone.title, dueOn: milestone.dueOn, themeId: milestone.themeId ?? '' })),
  };
}

/** Room to add: three goal rows, and a few blank plan and milestone rows. */
export function withBlankRows(rows: ProgramRows): ProgramRows {
  return {
    goals: [...rows.goals, ...Array<GoalRow>(Math.max(0, 3 - rows.goals.length)).fill(BLANK_GOAL)],
    plan: [...rows.plan, BLANK_PLAN, BLANK_PLAN, BLANK_PLAN],
    milestones: [...rows.milestones, BLANK_MILESTONE],
  };
}

const number = (value: string): number | string => (value !== '' && Number.isFinite(Number(value)) ? Number(value) : value);

/** The program as `PUT /api/engagements/:id/program` takes it, blank rows left out, with the row of each item. */
export function programInput(rows: ProgramRows) {
  const goals = compactRows(
    rows.goals,
    (row) => row.themeId === '' && row.goal === '' && row.target === '',
    (row) => ({ themeId: row.themeId, goal: row.goal, target: number(row.target) }),
  );
  const plan = compactRows(
    rows.plan,
    (row) => row.practiceId === '',
    (row) => ({
      practiceId: row.practiceId,
      ...(row.themeId ? { themeId: row.themeId } : {}),
      startOn: row.startOn,
      dueOn: row.dueOn,
      ...(row.times ? { times: number(row.times) } : {}),
    }),
  );
  const milestones = compactRows(
    rows.milestones,
    (row) => row.title === '' && row.dueOn === '',
    (row) => ({ title: row.title, dueOn: row.dueOn, ...(row.themeId ? { themeId: row.themeId } : {}) }),
  );
  return {
    body: { goals: goals.items, plan: plan.items, milestones: milestones.items },
    rowOf: { goals: goals.rowOf, plan: plan.rowOf, milestones: milestones.rowOf },
  };
}

export interface ProgramFormView {
  top: PageTop;
  action: string;
  cancel: string;
  baseline: string;
  targetRule: string;
  goals: { number: number; themeId: FieldView; goal: FieldView; target: FieldView }[];
  plan: { number: number; practiceId: FieldView; themeId: FieldView; startOn: FieldView; dueOn: FieldView; times: FieldView }[];
  milestones: { number: number; title: FieldView; dueOn: FieldView; themeId: FieldView }[];
  suggestions: { title: string; reason: string; baseline: string; practices: { title: string; kind: string; why: string }[] }[];
}

const KINDS: Record<Practice['kind'], string> = { practice: 'Practices (weekly habits)', exercise: 'Exercises', reading: 'Reading' };

export function programFormView(input: {
  top: PageTop;
  engagementId: string;
  proposal: ProgramProposal;
  library: readonly Practice[];
  rows: ProgramRows;
  errors?: FieldErrors;
}): ProgramFormView {
  const { proposal, rows } = input;
  const errors = input.errors ?? {};
  const themeOptions = proposal.themes.map((theme) => ({
    value: theme.themeId,
    label: `${theme.title}${theme.baseline ? ` (others: ${theme.baseline.mean.toFixed(2)})` : ' (no figure from others)'}`,
  }));
  const practiceGroups = (Object.keys(KINDS) as Practice['kind'][]).map((kind) => ({
    label: KINDS[kind],
    options: input.library.filter((practice) => practice.kind === kind).map((practice) => ({ value: practice.id, label: practice.title })),
  }));
  const focus = [{ value: '', label: 'The first focus theme it develops' }, ...proposal.themes.map((theme) => ({ value: theme.themeId, label: theme.title }))];
  const goals = rows.goals.map((row, index) => ({
    number: index + 1,
    themeId: field(
      {
        name: `goals[${index}][themeId]`,
        label: `Focus theme ${index + 1}`,
        value: row.themeId,
        options: [{ value: '', label: index < 2 ? 'Choose a theme' : 'None (2 goals are enough)' }, ...themeOptions],
      },
      errors,
    ),
    goal: field({ name: `goals[${index}][goal]`, label: `Goal ${index + 1}`, type: 'textarea', value: row.goal, maxlength: 1000 }, errors),
    target: field(
      {
        name: `goals[${index}][target]`,
        label: `Target ${index + 1}`,
        type: 'number',
        value: row.target,
        step: '0.1',
        min: 1,
        max: 5,
        hint: "Others' average aimed for by the final review.",
      },
      errors,
    ),
  }));
  const plan = rows.plan.map((row, index) => ({
    number: index + 1,
    practiceId: field(
      {
        name: `plan[${index}][practiceId]`,
        label: `Entry ${index + 1}`,
        value: row.practiceId,
        options: [{ value: '', label: index < rows.plan.length - 3 ? 'Remove this entry' : 'Nothing' }],
        optgroups: practiceGroups,
      },
      errors,
    ),
    themeId: field({ name: `plan[${index}][themeId]`, label: 'For the theme', value: row.themeId, options: focus }, errors),
    startOn: field({ name: `plan[${index}][startOn]`, label: 'From', type: 'date', value: row.startOn }, errors),
    dueOn: field({ name: `plan[${index}][dueOn]`, label: 'To', type: 'date', value: row.dueOn }, errors),
    times: field(
      {
        name: `plan[${index}][times]`,
        label: 'Times planned',
        type: 'number',
        value: row.times,
        min: 1,
        max: 200,
        hint: 'Empty: weekly for a practice, once otherwise.',
      },
      errors,
    ),
  }));
  const milestones = rows.milestones.map((row, index) => ({
    number: index + 1,
    title: field({ name: `milestones[${index}][title]`, label: `Milestone ${index + 1}`, value: row.title, maxlength: 300 }, errors),
    dueOn: field({ name: `milestones[${index}][dueOn]`, label: 'Due on', type: 'date', value: row.dueOn }, errors),
    themeId: field(
      {
        name: `milestones[${index}][themeId]`,
        label: 'Theme (optional)',
        value: row.themeId,
        options: [{ value: '', label: 'None' }, ...proposal.themes.map((theme) => ({ value: theme.themeId, label: theme.title }))],
      },
      errors,
    ),
  }));
  const shown = [
    ...goals.flatMap((row) => [row.themeId, row.goal, row.target]),
    ...plan.flatMap((row) => [row.practiceId, row.themeId, row.startOn, row.dueOn, row.times]),
    ...milestones.flatMap((row) => [row.title, row.dueOn, row.themeId]),
  ];
  return {
    top: { ...input.top, problems: unplacedErrors(errors, shown) },
    action: `/coach/engagements/${input.engagementId}/program`,
    cancel: `/coach/engagements/${input.engagementId}`,
    baseline: `version ${proposal.baseline.version}${proposal.baseline.releasedAt ? `, released ${proposal.baseline.releasedAt.slice(0, 10)}` : ''}`,
    targetRule: proposal.targetRule,
    suggestions: proposal.focusThemes.map((theme) => ({
      title: theme.title,
      reason: theme.reason,
      baseline: `Others: ${theme.baseline.mean.toFixed(2)}; suggested target ${theme.suggestedTarget.toFixed(1)}`,
      practices: (proposal.suggestions.find((suggestion) => suggestion.themeId === theme.themeId)?.practices ?? [])
        .slice(0, 5)
        .map((practice) => ({ title: practice.title, kind: practice.kind, why: practice.why })),
    })),
    goals,
    plan,
    milestones,
  };
}
