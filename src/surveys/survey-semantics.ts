import type { SurveyValidationIssue } from './survey-validation.error';
import type { PathSegment, YamlSource } from './yaml-source';

/** Only {{leader}} may be used in survey texts; anything else would render as a stray brace. */
const PLACEHOLDER = /\{\{\s*([^}]*?)\s*\}\}/g;
const ALLOWED_PLACEHOLDERS = new Set(['leader']);

interface RawSurvey {
  scale?: { points?: number; labels?: unknown[] };
  changeScale?: { min?: number; max?: number; labels?: unknown[] };
  groups?: { id?: string; anonymous?: boolean; minResponses?: number }[];
  themes?: { id?: string; items?: { id?: string; kind?: string }[] }[];
  questions?: { id?: string; groups?: string[] }[];
}

function duplicates(values: { value: string | undefined; path: PathSegment[] }[], what: string, source: YamlSource): SurveyValidationIssue[] {
  const seen = new Map<string, string>();
  const issues: SurveyValidationIssue[] = [];
  for (const { value, path } of values) {
    if (value === undefined) continue;
    const first = seen.get(value);
    if (first) issues.push(source.issue(path, `duplicate ${what} '${value}' (first used at ${first})`));
    else seen.set(value, path.map((segment) => (typeof segment === 'number' ? `[${segment}]` : `.${segment}`)).join('').replace(/^\./, ''));
  }
  return issues;
}

function placeholderIssues(value: unknown, path: PathSegment[], source: YamlSource): SurveyValidationIssue[] {
  if (typeof value === 'string') {
    return [...value.matchAll(PLACEHOLDER)]
      .filter((match) => !ALLOWED_PLACEHOLDERS.has(match[1]))
      .map((match) => source.issue(path, `unknown placeholder '${match[0]}' (only {{leader}} is available)`));
  }
  if (Array.isArray(value)) return value.flatMap((entry, index) => placeholderIssues(entry, [...path, index], source));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, entry]) => placeholderIssues(entry, [...path, key], source));
  return [];
}

/** What a schema cannot say: unique ids, consistent scales, known groups, sane anonymity. */
export function checkSurveySemantics(source: YamlSource): SurveyValidationIssue[] {
  const survey = source.data as RawSurvey;
  const issues: SurveyValidationIssue[] = [];
  const { scale, changeScale } = survey;
  if (scale && Array.isArray(scale.labels) && typeof scale.points === 'number' && scale.labels.length !== scale.points) {
    issues.push(source.issue(['scale', 'labels'], `must have exactly ${scale.points} labels (one per point), found ${scale.labels.length}`));
  }
  if (changeScale && Array.isArray(changeScale.labels) && typeof changeScale.min === 'number' && typeof changeScale.max === 'number') {
    const expected = changeScale.max - changeScale.min + 1;
    if (changeScale.labels.length !== expected) issues.push(source.issue(['changeScale', 'labels'], `must have exactly ${expected} labels (one per point from ${changeScale.min} to ${changeScale.max}), found ${changeScale.labels.length}`));
  }

  const groups = survey.groups ?? [];
  issues.push(...duplicates(groups.map((group, index) => ({ value: group.id, path: ['groups', index, 'id'] })), 'group id', source));
  groups.forEach((group, index) => {
    if (group.anonymous === true && typeof group.minResponses === 'number' && group.minResponses < 2) {
      issues.push(source.issue(['groups', index, 'minResponses'], 'must be at least 2 for an anonymous group (a group of one is not anonymous)'));
    }
  });

  const themes = survey.themes ?? [];
  issues.push(...duplicates(themes.map((theme, index) => ({ value: theme.id, path: ['themes', index, 'id'] })), 'theme id', source));
  const items = themes.flatMap((theme, themeIndex) => (theme.items ?? []).map((item, itemIndex) => ({ value: item.id, kind: item.kind, path: ['themes', themeIndex, 'items', itemIndex, 'id'] as PathSegment[] })));
  issues.push(...duplicates(items, 'item id', source));
  themes.forEach((theme, index) => {
    if (Array.isArray(theme.items) && theme.items.length === 0) issues.push(source.issue(['themes', index, 'items'], 'must have at least one item'));
  });
  const firstChange = items.find((item) => item.kind === 'change');
  if (firstChange && !changeScale) issues.push(source.issue(firstChange.path.slice(0, -1).concat('kind'), "uses kind 'change', so the survey needs a changeScale"));

  const questions = survey.questions ?? [];
  issues.push(...duplicates(questions.map((question, index) => ({ value: question.id, path: ['questions', index, 'id'] })), 'question id', source));
  const itemIds = new Set(items.map((item) => item.value));
  const groupIds = new Set(groups.map((group) => group.id));
  questions.forEach((question, index) => {
    if (question.id && itemIds.has(question.id)) issues.push(source.issue(['questions', index, 'id'], `'${question.id}' is already an item id: answers are keyed by id, so they must differ`));
    (question.groups ?? []).forEach((groupId, groupIndex) => {
      if (!groupIds.has(groupId)) issues.push(source.issue(['questions', index, 'groups', groupIndex], `group '${groupId}' is not one of this survey's groups`));
    });
  });

  issues.push(...placeholderIssues(source.data, [], source));
  return issues;
}

interface RawLibrary {
  practices?: { id?: string; themes?: string[] }[];
}

export function checkPracticeSemantics(source: YamlSource, knownThemeIds: ReadonlySet<string>): SurveyValidationIssue[] {
  const practices = (source.data as RawLibrary).practices ?? [];
  const issues = duplicates(practices.map((practice, index) => ({ value: practice.id, path: ['practices', index, 'id'] })), 'practice id', source);
  practices.forEach((practice, index) => {
    (practice.themes ?? []).forEach((themeId, themeIndex) => {
      if (!knownThemeIds.has(themeId)) issues.push(source.issue(['practices', index, 'themes', themeIndex], `unknown theme '${themeId}' (known: ${[...knownThemeIds].sort().join(', ')})`));
    });
  });
  return issues;
}
