import { isRecord } from './raw-shape';
import type { SurveyValidationIssue } from './survey-validation.error';
import type { PathSegment, YamlSource } from './yaml-source';

/** The forms and mails replace only these; anything else would reach a rater as raw braces. */
export const ALLOWED_PLACEHOLDERS: ReadonlySet<string> = new Set(['leader']);
/** Texts asked once per focus goal may also name the goal. */
const PER_GOAL_PLACEHOLDERS: ReadonlySet<string> = new Set(['leader', 'goal']);

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

function problemsOf(text: string, allowed: ReadonlySet<string>): string[] {
  const available = [...allowed].map((name) => `{{${name}}}`).join(' and ');
  const problems = [...text.matchAll(PLACEHOLDER)]
    .filter((match) => !allowed.has(match[1]))
    .map((match) =>
      match[1] === 'goal'
        ? `placeholder '${match[0]}' is only available in perGoal, which is asked once per goal`
        : `unknown placeholder '${match[0]}' (only ${available} ${allowed.size === 1 ? 'is' : 'are'} available)`,
    );
  // A typo such as "{{leader}" is not a placeholder at all and would be shown as typed.
  if (/\{\{|\}\}/.test(text.replace(PLACEHOLDER, ''))) problems.push("has an unmatched '{{' or '}}' (write the placeholder as {{leader}})");
  return problems;
}

/** perGoal's texts, and their translations (translations.<language>.perGoal), may name the goal. */
const isPerGoalText = (path: readonly PathSegment[]): boolean => path[0] === 'perGoal' || (path[0] === 'translations' && path[2] === 'perGoal');

/** Every text anywhere in the file, so a new key cannot escape the check. */
export function checkPlaceholders(source: YamlSource): SurveyValidationIssue[] {
  const walk = (value: unknown, path: PathSegment[]): SurveyValidationIssue[] => {
    if (typeof value === 'string')
      return problemsOf(value, isPerGoalText(path) ? PER_GOAL_PLACEHOLDERS : ALLOWED_PLACEHOLDERS).map((message) => source.issue(path, message));
    if (Array.isArray(value)) return value.flatMap((entry, index) => walk(entry, [...path, index]));
    if (isRecord(value)) return Object.entries(value).flatMap(([key, entry]) => walk(entry, [...path, key]));
    return [];
  };
  return walk(source.data, []);
}
