import type { ClassConstructor } from 'class-transformer';
import type { Coach } from '../../auth/auth.service';
import { notFound } from '../../common/domain-error';
import type { CheckInsService } from '../../programs/check-ins.service';
import { CoachingSessionDto, PracticeActionDto } from '../../programs/dto/check-in.dto';
import type { ProgramView } from '../../programs/program-view';
import { formText } from '../coach-page';
import type { FieldErrors } from '../form-errors';
import type { FieldView } from '../form-fields';
import { type ActionValues, actionFields, actionsOf, type SessionValues, sessionFields } from './check-ins.view';

/** The kinds of check-in, as the API and the pages name them in their paths. */
export const KINDS = ['sessions', 'practice-actions'] as const;

/** A check-in form's values: every field as typed. */
type FormValues = Record<string, string>;

/**
 * What the pages need to know of one kind of check-in (a session, a leader's action) to log,
 * correct or delete an entry; the body is checked by `dto` before the service sees it.
 */
export interface CheckInKindPages {
  dto: ClassConstructor<object>;
  valuesOf(form: Record<string, unknown>): FormValues;
  bodyOf(values: FormValues): Record<string, unknown>;
  fields(program: ProgramView, values: FormValues, errors?: FieldErrors): FieldView[];
  /** The entry as it was saved, its form's values and how the pages name it; a 404 when the program has none. */
  saved(program: ProgramView, entryId: string): { values: FormValues; name: string; description: string };
  log(checkIns: CheckInsService, coach: Coach, engagementId: string, body: object): Promise<unknown>;
  update(checkIns: CheckInsService, coach: Coach, engagementId: string, entryId: string, body: object): Promise<unknown>;
  remove(checkIns: CheckInsService, coach: Coach, engagementId: string, entryId: string): Promise<void>;
}

const sessions: CheckInKindPages = {
  dto: CoachingSessionDto,
  valuesOf: (form) => ({
    heldOn: formText(form, 'heldOn', 20).trim(),
    durationMinutes: formText(form, 'durationMinutes', 10).trim(),
    focusThemeId: formText(form, 'focusThemeId', 80),
    agreedActions: formText(form, 'agreedActions', 20_000),
    privateNotes: formText(form, 'privateNotes', 6000),
  }),
  bodyOf: (values) => ({
    heldOn: values.heldOn,
    durationMinutes: /^\d+$/.test(values.durationMinutes) ? Number(values.durationMinutes) : values.durationMinutes,
    focusThemeId: values.focusThemeId,
    agreedActions: actionsOf(values.agreedActions),
    privateNotes: values.privateNotes,
  }),
  fields: (program, values, errors) => sessionFields(program, values as unknown as SessionValues, errors),
  log: (checkIns, coach, id, body) => checkIns.logSession(coach, id, body as CoachingSessionDto),
  update: (checkIns, coach, id, entryId, body) => checkIns.updateSession(coach, id, entryId, body as CoachingSessionDto),
  remove: (checkIns, coach, id, entryId) => checkIns.deleteSession(coach, id, entryId),
  saved: (program, entryId) => {
    const session = program.sessions.find((candidate) => candidate.id === entryId);
    if (!session) throw notFound('Session');
    return {
      values: {
        heldOn: session.heldOn,
        durationMinutes: String(session.durationMinutes),
        focusThemeId: session.focusThemeId,
        agreedActions: session.agreedActions.join('\n'),
        privateNotes: session.privateNotes ?? '',
      },
      name: `the session of ${session.heldOn}`,
      description: `${session.durationMinutes} minutes on ${session.focusTheme}.`,
    };
  },
};

const actions: CheckInKindPages = {
  dto: PracticeActionDto,
  valuesOf: (form) => ({ practiceId: formText(form, 'practiceId', 80), doneOn: formText(form, 'doneOn', 20).trim(), note: formText(form, 'note', 2000) }),
  bodyOf: (values) => ({ ...values }),
  fields: (program, values, errors) => actionFields(program, values as unknown as ActionValues, errors),
  log: (checkIns, coach, id, body) => checkIns.logAction(coach, id, body as PracticeActionDto),
  update: (checkIns, coach, id, entryId, body) => checkIns.updateAction(coach, id, entryId, body as PracticeActionDto),
  remove: (checkIns, coach, id, entryId) => checkIns.deleteAction(coach, id, entryId),
  saved: (program, entryId) => {
    const entry = program.plan.find((candidate) => candidate.actions.some((action) => action.id === entryId));
    const action = entry?.actions.find((candidate) => candidate.id === entryId);
    if (!entry || !action) throw notFound('Action');
    return {
      values: { practiceId: entry.practiceId, doneOn: action.doneOn, note: action.note ?? '' },
      name: `“${entry.title}” on ${action.doneOn}`,
      description: action.note ?? 'No note.',
    };
  },
};

/** Each kind's pages, by the name its routes use; any other name is not found. */
export function checkInKind(kind: string): CheckInKindPages {
  if (kind === 'sessions') return sessions;
  if (kind === 'practice-actions') return actions;
  throw notFound('Entry');
}
