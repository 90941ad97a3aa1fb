import type { ItemKind } from '../surveys/survey.types';
import type { Questionnaire } from './questionnaire';

/** Shown above the form when the coach previews it: the form itself is exactly the rater's, its buttons off. */
export interface FormPreview {
  note: string;
  back: { href: string; label: string };
  groups: { label: string; href: string; current: boolean }[];
}

export interface FormView {
  q: Questionnaire;
  preview: FormPreview | null;
  action: string;
  saved: boolean;
  errors: string[];
  /** Hidden field proving the form came from this page. */
  guard: string;
  items: { id: string; text: string; choices: { value: string; label: string; checked: boolean; na: boolean }[] }[];
  questions: { id: string; type: string; prompt: string; value: string; start: string; stop: string; continue: string }[];
}

type FormBody = Record<string, unknown>;

const asText = (value: unknown): string => (typeof value === 'string' ? value : '');

function scaleChoices(q: Questionnaire, kind: ItemKind): { value: number; label: string }[] {
  if (kind === 'followUp' && q.followUpScale) return q.followUpScale.labels.map((label, index) => ({ value: index + 1, label }));
  if (kind === 'change' && q.changeScale) {
    const { min, labels } = q.changeScale;
    return labels.map((label, index) => ({ value: min + index, label: `${min + index > 0 ? '+' : ''}${min + index} ${label}` }));
  }
  return q.scale.labels.map((label, index) => ({ value: index + 1, label }));
}

/** What the page shows: every item's choices (with the current answer checked) and every text. */
export function toFormView(
  q: Questionnaire,
  values: Record<string, unknown>,
  action: string,
  options: { saved?: boolean; errors?: string[]; guard?: string; preview?: FormPreview } = {},
): FormView {
  return {
    q,
    preview: options.preview ?? null,
    action,
    saved: options.saved ?? false,
    errors: options.errors ?? [],
    guard: options.guard ?? '',
    items: q.items.map((item) => ({
      id: item.id,
      text: item.text,
      choices: [
        ...scaleChoices(q, item.kind).map((choice) => ({
          value: String(choice.value),
          label: choice.label,
          checked: values[item.id] === choice.value,
          na: false,
        })),
        { value: 'na', label: q.scale.notObserved, checked: false, na: true },
      ],
    })),
    questions: q.questions.map((question) => {
      const value = values[question.id];
      const parts = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
      return {
        id: question.id,
        type: question.type,
        prompt: question.prompt,
        value: asText(value),
        start: asText(parts.start),
        stop: asText(parts.stop),
        continue: asText(parts.continue),
      };
    }),
  };
}

/**
 * Turns the posted form into the `{answers}` body of the JSON API, so both front doors share one
 * validation. Only fields of the questionnaire are read; "na" and blanks are "not observed".
 */
export function formToAnswers(q: Questionnaire, form: FormBody): { answers: Record<string, unknown> } {
  const answers: Record<string, unknown> = {};
  for (const item of q.items) {
    const raw = form[item.id];
    if (raw === undefined || raw === '' || raw === 'na') continue;
    answers[item.id] = typeof raw === 'string' && /^[+-]?\d+$/.test(raw) ? Number(raw) : raw;
  }
  for (const question of q.questions) {
    const raw = form[question.id];
    if (raw !== undefined) answers[question.id] = raw;
  }
  return { answers };
}
