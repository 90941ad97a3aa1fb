import { scaleValues } from '../../reports/assembly/report-scores';
import { MAX_TEXT_LENGTH } from '../../responses/answer-validation';
import { personalise } from '../../surveys/personalise';
import type { SurveyDefinition, SurveyItem } from '../../surveys/survey.types';
import { type FieldErrors } from '../form-errors';
import { field, type FieldView } from '../form-fields';

/** What the coach typed, kept as typed so a refused form comes back as it was. */
export interface InterviewValues {
  group: string;
  notes: string;
  /** By item id: a rating as posted, '' where the coach did not ask. */
  ratings: Record<string, string>;
}

export const EMPTY_INTERVIEW: InterviewValues = { group: '', notes: '', ratings: {} };

/** An item's ratings in the words of its scale: "4: Usually", "+2: much more effective", "Regularly". */
function ratingOptions(survey: SurveyDefinition, item: SurveyItem): { value: string; label: string }[] {
  const values = scaleValues(survey, item);
  const labelOf = (value: number, index: number): string => {
    if (item.kind === 'followUp') return survey.followUpScale?.labels[index] ?? String(value);
    if (item.kind === 'change') return `${value > 0 ? '+' : ''}${value}: ${survey.changeScale?.labels[index] ?? ''}`.replace(/: $/, '');
    return `${value}: ${survey.scale.labels[index] ?? ''}`.replace(/: $/, '');
  };
  return [{ value: '', label: 'Not asked' }, ...values.map((value, index) => ({ value: String(value), label: labelOf(value, index) }))];
}

/** The form posts `ratings[<item id>]`: back to what the API takes, leaving out what was not asked. */
export function interviewBody(values: InterviewValues): Record<string, unknown> {
  const asked = Object.entries(values.ratings).filter(([, rating]) => rating !== '');
  return {
    group: values.group,
    notes: values.notes,
    ...(asked.length > 0 ? { ratings: Object.fromEntries(asked.map(([itemId, rating]) => [itemId, Number(rating)])) } : {}),
  };
}

/** The posted form as typed: only the survey's own items are read. */
export function interviewValuesOf(survey: SurveyDefinition, form: Record<string, unknown>): InterviewValues {
  const text = (value: unknown): string => (typeof value === 'string' ? value : '');
  const posted = typeof form.ratings === 'object' && form.ratings !== null ? (form.ratings as Record<string, unknown>) : {};
  const itemIds = survey.themes.flatMap((theme) => theme.items.map((item) => item.id));
  return { group: text(form.group), notes: text(form.notes), ratings: Object.fromEntries(itemIds.map((id) => [id, text(posted[id])])) };
}

export interface InterviewView {
  groupField: FieldView;
  notesField: FieldView;
  themes: { title: string; fields: FieldView[] }[];
  /** Problems not about one field, such as a rating of an item the group is not asked: said at the top of the page. */
  problems: string[];
}

/** The form for one interview: whose group, what was said, and the ratings the coach took down, theme by theme. */
export function interviewView(survey: SurveyDefinition, leaderName: string, values: InterviewValues, errors: FieldErrors = {}): InterviewView {
  const fieldNames = new Set(['group', 'notes', ...survey.themes.flatMap((theme) => theme.items.map((item) => `ratings.${item.id}`))]);
  const others = Object.entries(errors).filter(([path]) => !fieldNames.has(path));
  // The API names the group ids it takes; the page offers the groups by name.
  const fieldErrors = errors.group && values.group === '' ? { ...errors, group: 'choose the group of the person you interviewed' } : errors;
  return {
    groupField: field(
      {
        name: 'group',
        label: 'Whom you interviewed',
        type: 'select',
        value: values.group,
        required: true,
        hint: 'Their group only: the interview joins that group’s answers, and the report never says which answers were interviews.',
        options: [{ value: '', label: 'Choose a group' }, ...survey.groups.map((group) => ({ value: group.id, label: group.label }))],
      },
      fieldErrors,
    ),
    notesField: field(
      {
        name: 'notes',
        label: 'What was said',
        type: 'textarea',
        value: values.notes,
        required: true,
        maxlength: MAX_TEXT_LENGTH,
        hint: 'Shown in the report as one comment of the group, themed like any other, once enough of the group answered.',
      },
      errors,
    ),
    themes: survey.themes.map((theme) => ({
      title: personalise(theme.title, leaderName),
      fields: theme.items.map((item) =>
        field(
          {
            name: `ratings[${item.id}]`,
            path: `ratings.${item.id}`,
            label: personalise(item.text, leaderName),
            type: 'select',
            value: values.ratings[item.id] ?? '',
            options: ratingOptions(survey, item),
          },
          errors,
        ),
      ),
    })),
    problems: others.map(([path, message]) => (path ? `${path}: ${message}` : message)),
  };
}
