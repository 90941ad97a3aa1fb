import type { OutcomeView } from '../../engagements/engagements.service';
import { OUTCOME_MEASURES, OUTCOME_OPERATORS, OUTCOME_SOURCES, type OutcomeScopes } from '../../engagements/intended-outcome';
import { compactRows, errorsUnder, type FieldErrors } from '../form-errors';
import { field, type FieldView } from '../form-fields';

/** One row of the outcomes form, as posted: every value a text. */
export interface OutcomeRow {
  text: string;
  /** '' (no indicator), 'theme:<id>' or 'item:<id>'. */
  scope: string;
  source: string;
  measure: string;
  operator: string;
  value: string;
}

export const BLANK_ROW: OutcomeRow = { text: '', scope: '', source: 'others', measure: 'mean', operator: '>=', value: '' };

const SOURCE_LABELS: Record<(typeof OUTCOME_SOURCES)[number], string> = {
  others: 'Others: everyone but the leader',
  boss: 'The manager',
  self: 'The leader, rating themself',
  all: 'Everyone, the leader included',
};
const MEASURE_LABELS: Record<(typeof OUTCOME_MEASURES)[number], string> = {
  mean: 'Their average at the latest review',
  change: 'How far it moved from the baseline',
};
const OPERATOR_LABELS: Record<(typeof OUTCOME_OPERATORS)[number], string> = { '>=': 'at least', '<=': 'at most' };

const text = (value: unknown): string => (typeof value === 'string' ? value.slice(0, 2000) : '');

/** The rows of a posted form (`outcomes[i][text]`, ...), in order; at most `max`. */
export function outcomeRowsOf(raw: unknown, max = 20): OutcomeRow[] {
  const list = Array.isArray(raw) ? (raw as unknown[]) : typeof raw === 'object' && raw !== null ? Object.values(raw) : [];
  return list.slice(0, max).map((entry) => {
    const row = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {};
    return {
      text: text(row.text).trim(),
      scope: text(row.scope),
      source: text(row.source),
      measure: text(row.measure),
      operator: text(row.operator),
      value: text(row.value).trim(),
    };
  });
}

/** The rows of saved outcomes, to edit them. */
export function outcomeRowsFrom(outcomes: readonly OutcomeView[]): OutcomeRow[] {
  return outcomes.map((outcome) => {
    const indicator = outcome.indicator;
    if (!indicator) return { ...BLANK_ROW, text: outcome.text };
    return {
      text: outcome.text,
      scope: indicator.themeId !== undefined ? `theme:${indicator.themeId}` : `item:${indicator.itemId ?? ''}`,
      source: indicator.source,
      measure: indicator.measure,
      operator: indicator.operator,
      value: String(indicator.value),
    };
  });
}

const isBlank = (row: OutcomeRow): boolean => row.text === '' && row.scope === '' && row.value === '';

/**
 * The outcomes as the API takes them, from the rows the coach filled in (blank rows are left
 * out), and for each outcome the row it came from, to put a refusal beside the right field.
 */
export function outcomesInput(rows: readonly OutcomeRow[]): { outcomes: (string | Record<string, unknown>)[]; rowOf: number[] } {
  const { items, rowOf } = compactRows(rows, isBlank, (row): Record<string, unknown> => {
    if (row.scope === '') return { text: row.text, indicator: null };
    const [kind, ...rest] = row.scope.split(':');
    const id = rest.join(':');
    const value = row.value === '' ? Number.NaN : Number(row.value);
    return {
      text: row.text,
      indicator: {
        ...(kind === 'item' ? { itemId: id } : { themeId: id }),
        source: row.source,
        measure: row.measure,
        operator: row.operator,
        value: Number.isFinite(value) ? value : row.value,
      },
    };
  });
  return { outcomes: items, rowOf };
}

export interface OutcomeRowView {
  number: number;
  text: FieldView;
  scope: FieldView;
  source: FieldView;
  measure: FieldView;
  operator: FieldView;
  value: FieldView;
}

/** The fields of each row, what can be measured grouped by theme, and each row's problems beside its fields. */
export function outcomeRowViews(rows: readonly OutcomeRow[], scopes: Pick<OutcomeScopes, 'themes' | 'items'>, errors: FieldErrors): OutcomeRowView[] {
  const themes = [...scopes.themes.entries()];
  const scopeGroups = [
    { label: 'A whole theme', options: themes.map(([id, title]) => ({ value: `theme:${id}`, label: title })) },
    ...themes
      .map(([themeId, title]) => ({
        label: `One behaviour of ${title}`,
        options: [...scopes.items.entries()]
          .filter(([itemId]) => itemId.startsWith(`${themeId}.`))
          .map(([itemId, itemText]) => ({ value: `item:${itemId}`, label: itemText })),
      }))
      .filter((group) => group.options.length > 0),
  ];
  return rows.map((row, index) => {
    const name = (key: string): string => `outcomes[${index}][${key}]`;
    const own = errorsUnder(errors, `outcomes.${index}`);
    const scopeError = [own.indicator, own['indicator.themeId'], own['indicator.itemId']].filter(Boolean).join('; ');
    const rowErrors: FieldErrors = {
      [`outcomes.${index}.text`]: own.text ?? (own[''] || ''),
      [`outcomes.${index}.scope`]: scopeError,
      [`outcomes.${index}.source`]: own['indicator.source'] ?? '',
      [`outcomes.${index}.measure`]: own['indicator.measure'] ?? '',
      [`outcomes.${index}.operator`]: own['indicator.operator'] ?? '',
      [`outcomes.${index}.value`]: own['indicator.value'] ?? '',
    };
    const present = Object.fromEntries(Object.entries(rowErrors).filter(([, message]) => message !== ''));
    return {
      number: index + 1,
      text: field(
        {
          name: name('text'),
          label: `Outcome ${index + 1}`,
          value: row.text,
          maxlength: 1000,
          hint: 'What the leader, the sponsor and you agree should be true at the end.',
        },
        present,
      ),
      scope: field(
        {
          name: name('scope'),
          label: 'Measured on',
          value: row.scope,
          options: [{ value: '', label: 'No indicator (discussed, not measured)' }],
          optgroups: scopeGroups,
        },
        present,
      ),
      source: field(
        { name: name('source'), label: 'Whose ratings', value: row.source, options: OUTCOME_SOURCES.map((value) => ({ value, label: SOURCE_LABELS[value] })) },
        present,
      ),
      measure: field(
        { name: name('measure'), label: 'Measure', value: row.measure, options: OUTCOME_MEASURES.map((value) => ({ value, label: MEASURE_LABELS[value] })) },
        present,
      ),
      operator: field(
        {
          name: name('operator'),
          label: 'Reached when it is',
          value: row.operator,
          options: OUTCOME_OPERATORS.map((value) => ({ value, label: OPERATOR_LABELS[value] })),
        },
        present,
      ),
      value: field(
        { name: name('value'), label: 'Value', type: 'number', value: row.value, step: '0.1', hint: 'An average from 1 to 5, or a change from -4 to +4.' },
        present,
      ),
    };
  });
}
