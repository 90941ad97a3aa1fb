import type { FieldErrors } from './form-errors';

export interface OptionView {
  value: string;
  label: string;
  selected: boolean;
}

/** Everything a field partial reads (templates run in strict mode: no key may be missing). */
export interface FieldView {
  id: string;
  name: string;
  label: string;
  type: 'text' | 'email' | 'password' | 'number' | 'date' | 'textarea' | 'select' | 'file';
  value: string;
  hint: string | null;
  error: string | null;
  /** The ids of the hint and the error, which a screen reader reads with the field. */
  describedBy: string | null;
  autocomplete: string | null;
  required: boolean;
  min: string | null;
  max: string | null;
  step: string | null;
  maxlength: number | null;
  options: OptionView[];
  optgroups: { label: string; options: OptionView[] }[];
}

export interface FieldInput {
  name: string;
  label: string;
  type?: FieldView['type'];
  value?: string | number | null;
  hint?: string;
  /** The path of the field's problems in FieldErrors; the name with dots for brackets by default. */
  path?: string;
  autocomplete?: string;
  required?: boolean;
  min?: string | number;
  max?: string | number;
  step?: string | number;
  maxlength?: number;
  options?: { value: string; label: string }[];
  optgroups?: { label: string; options: { value: string; label: string }[] }[];
}

/** "outcomes[0][text]" is the path "outcomes.0.text" of the problems the form was refused for. */
export const pathOfName = (name: string): string => name.replace(/\[([^\]]*)\]/g, '.$1');

/** A form field as its partial shows it: label, hint, the problem beside it, and the value kept. */
export function field(input: FieldInput, errors: FieldErrors = {}): FieldView {
  const id = `f-${input.name.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/-+$/, '')}`;
  const value = input.value === null || input.value === undefined ? '' : String(input.value);
  const error = errors[input.path ?? pathOfName(input.name)] ?? null;
  const describedBy = [input.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter((part) => part !== null).join(' ');
  const option = (candidate: { value: string; label: string }): OptionView => ({ ...candidate, selected: candidate.value === value });
  return {
    id,
    name: input.name,
    label: input.label,
    type: input.type ?? (input.options || input.optgroups ? 'select' : 'text'),
    value,
    hint: input.hint ?? null,
    error,
    describedBy: describedBy || null,
    autocomplete: input.autocomplete ?? null,
    required: input.required ?? false,
    min: input.min === undefined ? null : String(input.min),
    max: input.max === undefined ? null : String(input.max),
    step: input.step === undefined ? null : String(input.step),
    maxlength: input.maxlength ?? null,
    options: (input.options ?? []).map(option),
    optgroups: (input.optgroups ?? []).map((group) => ({ label: group.label, options: group.options.map(option) })),
  };
}

/** Problems no field shows (a path the form has no field for), to list at the top of the form. */
export function unplacedErrors(errors: FieldErrors, shown: readonly FieldView[]): string[] {
  const placed = new Set(shown.map((view) => pathOfName(view.name)));
  return Object.entries(errors)
    .filter(([path]) => !placed.has(path))
    .map(([path, message]) => (path ? `${path}: ${message}` : message));
}
