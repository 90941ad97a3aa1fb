/**
 * Intended outcomes agreed with the leader and sponsor at contracting, each with the indicator
 * that will tell whether it was reached. A plain text (the older shape) is an outcome without an
 * indicator.
 */
export const OUTCOME_SOURCES = ['others', 'boss', 'self', 'all'] as const;
export type OutcomeSource = (typeof OUTCOME_SOURCES)[number];
export const OUTCOME_MEASURES = ['mean', 'change'] as const;
export type OutcomeMeasure = (typeof OUTCOME_MEASURES)[number];
export const OUTCOME_OPERATORS = ['>=', '<='] as const;
export type OutcomeOperator = (typeof OUTCOME_OPERATORS)[number];

export interface OutcomeIndicator {
  /** Exactly one of themeId and itemId names what is measured. */
  themeId?: string;
  itemId?: string;
  /** Whose ratings: everyone but the leader, the manager, the leader, or everyone. */
  source: OutcomeSource;
  /** `mean`: the latest review's average; `change`: how far it moved from the baseline. */
  measure: OutcomeMeasure;
  operator: OutcomeOperator;
  value: number;
}

export interface IntendedOutcome {
  text: string;
  indicator: OutcomeIndicator | null;
}

/** What an indicator may refer to: the themes and rated items of the installed surveys. */
export interface OutcomeScopes {
  themes: ReadonlyMap<string, string>;
  items: ReadonlyMap<string, string>;
  /** Points of the rating scale (1..points). */
  scalePoints: number;
}

export const MAX_OUTCOMES = 20;
const MAX_TEXT = 1000;
const OUTCOME_KEYS = ['text', 'indicator'];
const INDICATOR_KEYS = ['themeId', 'itemId', 'source', 'measure', 'operator', 'value'];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function parseText(value: unknown, path: string, problems: string[]): string | null {
  if (typeof value !== 'string') {
    problems.push(`${path}: must be text`);
    return null;
  }
  const text = value.trim();
  if (text.length === 0) problems.push(`${path}: must not be empty`);
  else if (text.length > MAX_TEXT) problems.push(`${path}: must be at most ${MAX_TEXT} characters`);
  else return text;
  return null;
}

function unknownKeys(value: Record<string, unknown>, known: readonly string[], path: string): string[] {
  return Object.keys(value)
    .filter((key) => !known.includes(key))
    .map((key) => `${path}.${key}: is not a known field (known: ${known.join(', ')})`);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string, problems: string[]): T | null {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  problems.push(`${path}: must be one of ${allowed.map((entry) => `'${entry}'`).join(', ')}`);
  return null;
}

function parseIndicator(value: unknown, path: string, scopes: OutcomeScopes, problems: string[]): OutcomeIndicator | null {
  if (value === undefined || value === null) return null;
  if (!isRecord(value)) {
    problems.push(`${path}: must be an object {themeId | itemId, source, measure, operator, value}`);
    return null;
  }
  const before = problems.length;
  problems.push(...unknownKeys(value, INDICATOR_KEYS, path));
  const { themeId, itemId } = value;
  if ((themeId === undefined) === (itemId === undefined)) problems.push(`${path}: must name exactly one of themeId and itemId`);
  if (themeId !== undefined && (typeof themeId !== 'string' || !scopes.themes.has(themeId))) {
    problems.push(`${path}.themeId: must be a theme of the surveys (${[...scopes.themes.keys()].join(', ')})`);
  }
  if (itemId !== undefined && (typeof itemId !== 'string' || !scopes.items.has(itemId)))
    problems.push(`${path}.itemId: must be the id of a rated item of the surveys (see GET /api/surveys/:id)`);
  const source = oneOf(value.source, OUTCOME_SOURCES, `${path}.source`, problems);
  const measure = oneOf(value.measure, OUTCOME_MEASURES, `${path}.measure`, problems);
  const operator = oneOf(value.operator, OUTCOME_OPERATORS, `${path}.operator`, problems);
  const number = value.value;
  const span = scopes.scalePoints - 1;
  if (typeof number !== 'number' || !Number.isFinite(number)) problems.push(`${path}.value: must be a number`);
  else if (measure === 'mean' && (number < 1 || number > scopes.scalePoints)) problems.push(`${path}.value: an average is between 1 and ${scopes.scalePoints}`);
  else if (measure === 'change' && Math.abs(number) > span) problems.push(`${path}.value: a change is between -${span} and +${span}`);
  if (problems.length > before || !source || !measure || !operator || typeof number !== 'number') return null;
  return { ...(typeof themeId === 'string' ? { themeId } : { itemId: itemId as string }), source, measure, operator, value: number };
}

/**
 * Reads `outcomes` as sent: each entry a text, or `{text, indicator?}`. Returns the outcomes, or
 * the problems, each naming the field (e.g. "outcomes[1].indicator.source: must be one of ...").
 */
export function parseOutcomes(raw: unknown, scopes: OutcomeScopes, field = 'outcomes'): { outcomes: IntendedOutcome[]; problems: string[] } {
  const problems: string[] = [];
  if (!Array.isArray(raw)) return { outcomes: [], problems: [`${field}: must be a list of outcomes (texts or {text, indicator})`] };
  if (raw.length > MAX_OUTCOMES) return { outcomes: [], problems: [`${field}: must have at most ${MAX_OUTCOMES} outcomes`] };
  const outcomes: IntendedOutcome[] = [];
  raw.forEach((entry: unknown, index) => {
    const path = `${field}[${index}]`;
    if (typeof entry === 'string') {
      const text = parseText(entry, path, problems);
      if (text !== null) outcomes.push({ text, indicator: null });
      return;
    }
    if (!isRecord(entry)) {
      problems.push(`${path}: must be a text or an object {text, indicator}`);
      return;
    }
    problems.push(...unknownKeys(entry, OUTCOME_KEYS, path));
    const text = parseText(entry.text, `${path}.text`, problems);
    const indicator = parseIndicator(entry.indicator, `${path}.indicator`, scopes, problems);
    if (text !== null) outcomes.push({ text, indicator });
  });
  return problems.length > 0 ? { outcomes: [], problems } : { outcomes, problems };
}

const SOURCE_WORDS: Record<OutcomeSource, string> = {
  others: "others' average",
  boss: "the manager's rating",
  self: "the leader's own rating",
  all: "everyone's average, the leader's own included",
};

const signed = (value: number): string => `${value >= 0 ? '+' : ''}${value.toFixed(1)}`;

/** The indicator in words, e.g. "others' average for Communication and listening at or above 4.0". */
export function describeIndicator(indicator: OutcomeIndicator, scopes: Pick<OutcomeScopes, 'themes' | 'items'>): string {
  const scope =
    indicator.themeId !== undefined
      ? (scopes.themes.get(indicator.themeId) ?? indicator.themeId)
      : `“${scopes.items.get(indicator.itemId ?? '') ?? indicator.itemId}”`;
  const subject = `${SOURCE_WORDS[indicator.source]} for ${scope}`;
  if (indicator.measure === 'mean') return `${subject} at or ${indicator.operator === '>=' ? 'above' : 'below'} ${indicator.value.toFixed(1)}`;
  return indicator.operator === '>='
    ? `${subject} up by at least ${signed(indicator.value)} from the baseline`
    : `${subject} changed by at most ${signed(indicator.value)} from the baseline`;
}
