import type { NominationView } from '../../campaigns/nominations/nominations.service';
import { field, type FieldView } from '../form-fields';

/** What the coach typed into the proposal's forms when one was refused, and why. */
export interface NominationFormState {
  csv?: string;
  csvError?: string;
  note?: string;
  noteError?: string;
}

export interface NominationSectionView {
  heading: string;
  text: string;
  note: string | null;
  /** The proposal the leader sent, for the coach to edit, approve or send back. */
  waiting: boolean;
  raters: { name: string; email: string; group: string }[];
  csvField: FieldView;
  noteField: FieldView;
}

/** The proposal as a list the coach edits as text, one rater a line, in the format of a pasted list. */
export const proposalAsList = (view: NominationView): string => view.raters.map((rater) => `${rater.name}, ${rater.email}, ${rater.group}`).join('\n');

/** The leader's proposal on the campaign page, or null when there is nothing to say about it. */
export function nominationSection(view: NominationView, leader: string, form: NominationFormState = {}): NominationSectionView | null {
  const labels = new Map(view.groups.map((group) => [group.id, group.label]));
  const count = view.raters.length;
  const texts: Record<NominationView['status'], string | null> = {
    none: null,
    draft: `${leader} is writing a list of raters to propose; you will see it here once it is sent.`,
    submitted: `${leader} proposes ${count === 1 ? 'one rater' : `${count} raters`}. Correct the list if needed, then approve it or send it back with a note.`,
    returned: `You sent the list back to ${leader} with a note; it comes back here when they send it again.`,
    approved: count === 0 ? `You approved ${leader}'s proposal: those raters are in the list below.` : `${leader} is writing a further proposal.`,
  };
  const text =
    view.locked && view.status !== 'approved' && view.status !== 'none'
      ? 'The campaign has launched: the list is locked, and a proposal not approved stays as it was.'
      : texts[view.status];
  if (text === null) return null;
  const waiting = view.status === 'submitted' && !view.locked;
  return {
    heading: `Raters proposed by ${leader}`,
    text,
    note: view.status === 'returned' ? view.coachNote : null,
    waiting,
    raters: view.raters.map((rater) => ({ name: rater.name, email: rater.email, group: labels.get(rater.group) ?? rater.group })),
    csvField: field(
      {
        name: 'csv',
        label: 'Edit the proposal',
        type: 'textarea',
        value: form.csv ?? proposalAsList(view),
        hint: 'One rater a line: name, email, group. Checked as a pasted list is.',
        maxlength: 100_000,
      },
      form.csvError ? { csv: form.csvError } : {},
    ),
    noteField: field(
      {
        name: 'note',
        label: `Note to ${leader}`,
        type: 'textarea',
        value: form.note ?? '',
        hint: 'What to change before sending the list again.',
        maxlength: 2000,
      },
      form.noteError ? { note: form.noteError } : {},
    ),
  };
}
