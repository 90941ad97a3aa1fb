import type { ProgramView } from '../../programs/program-view';
import type { FieldErrors } from '../form-errors';
import { field, type FieldView } from '../form-fields';
import type { PageTop } from '../page-top';

export interface SessionValues {
  heldOn: string;
  durationMinutes: string;
  focusThemeId: string;
  agreedActions: string;
  privateNotes: string;
}

export interface ActionValues {
  practiceId: string;
  doneOn: string;
  note: string;
}

/** Agreed actions are typed one a line. */
export const actionsOf = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

export function sessionFields(program: ProgramView, values: SessionValues, errors: FieldErrors = {}): FieldView[] {
  return [
    field({ name: 'heldOn', label: 'Held on', type: 'date', value: values.heldOn }, errors),
    field({ name: 'durationMinutes', label: 'Minutes', type: 'number', value: values.durationMinutes, min: 5, max: 600 }, errors),
    field(
      { name: 'focusThemeId', label: 'Focus', value: values.focusThemeId, options: program.goals.map((goal) => ({ value: goal.themeId, label: goal.title })) },
      errors,
    ),
    field(
      {
        name: 'agreedActions',
        label: 'Agreed actions',
        type: 'textarea',
        value: values.agreedActions,
        hint: 'One a line; the leader sees them in their program.',
      },
      errors,
    ),
    field(
      {
        name: 'privateNotes',
        label: 'Private notes',
        type: 'textarea',
        value: values.privateNotes,
        maxlength: 5000,
        hint: 'Yours alone: shown only on this page, never to the leader or the sponsor, and not in any export.',
      },
      errors,
    ),
  ];
}

export function actionFields(program: ProgramView, values: ActionValues, errors: FieldErrors = {}): FieldView[] {
  return [
    field(
      {
        name: 'practiceId',
        label: 'What the leader did',
        value: values.practiceId,
        options: program.plan.map((entry) => ({ value: entry.practiceId, label: entry.title })),
      },
      errors,
    ),
    field({ name: 'doneOn', label: 'Done on', type: 'date', value: values.doneOn }, errors),
    field({ name: 'note', label: 'Note (optional)', type: 'textarea', value: values.note, maxlength: 1000 }, errors),
  ];
}

export interface CheckInsView {
  top: PageTop;
  id: string;
  progress: string;
  sessions: { heldOn: string; minutes: number; focus: string; agreedActions: string[]; privateNotes: string | null; edit: string; remove: string }[];
  actions: { title: string; doneOn: string; note: string | null; edit: string; remove: string }[];
  sessionFields: FieldView[];
  actionFields: FieldView[];
}

export const CHECK_IN_FLASH: Record<string, string> = {
  session: 'The session is recorded.',
  action: "The leader's action is recorded.",
  updated: 'The entry is corrected.',
  deleted: 'The entry is deleted.',
};

export function checkInsView(input: {
  top: PageTop;
  engagementId: string;
  program: ProgramView;
  session?: { values: SessionValues; errors: FieldErrors };
  action?: { values: ActionValues; errors: FieldErrors };
  today: string;
}): CheckInsView {
  const { program } = input;
  const base = `/coach/engagements/${input.engagementId}`;
  const titles = new Map(program.plan.map((entry) => [entry.practiceId, entry.title]));
  return {
    top: input.top,
    id: input.engagementId,
    progress: `Done against planned: ${program.progress.done} of ${program.progress.planned} (${Math.round(program.progress.share * 100)}%). ${program.progress.sessions} session${program.progress.sessions === 1 ? '' : 's'}, ${program.progress.sessionMinutes} minutes in all.`,
    sessions: program.sessions.map((session) => ({
      heldOn: session.heldOn,
      minutes: session.durationMinutes,
      focus: session.focusTheme,
      agreedActions: session.agreedActions,
      privateNotes: session.privateNotes ?? null,
      edit: `${base}/sessions/${session.id}/edit`,
      remove: `${base}/sessions/${session.id}/delete`,
    })),
    actions: program.plan
      .flatMap((entry) => entry.actions.map((action) => ({ ...action, practiceId: entry.practiceId })))
      .sort((a, b) => b.doneOn.localeCompare(a.doneOn))
      .map((action) => ({
        title: titles.get(action.practiceId) ?? action.practiceId,
        doneOn: action.doneOn,
        note: action.note,
        edit: `${base}/practice-actions/${action.id}/edit`,
        remove: `${base}/practice-actions/${action.id}/delete`,
      })),
    sessionFields: sessionFields(
      program,
      input.session?.values ?? {
        heldOn: input.today,
        durationMinutes: '60',
        focusThemeId: program.goals[0]?.themeId ?? '',
        agreedActions: '',
        privateNotes: '',
      },
      input.session?.errors,
    ),
    actionFields: actionFields(
      program,
      input.action?.values ?? { practiceId: program.plan[0]?.practiceId ?? '', doneOn: input.today, note: '' },
      input.action?.errors,
    ),
  };
}
