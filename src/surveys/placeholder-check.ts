import { isRecord } from './raw-shape';
import type { SurveyValidationIssue } from './survey-validation.error';
import type { PathSegment, YamlSource } from './yaml-source';

/** The forms and mails replace only these; anything else would reach a rater as raw braces. */
export const ALLOWED_PLACEHOLDERS: ReadonlySet<string> = new Set(['leader']);

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

function problemsOf(text: string): string[] {
  const problems = [...text.matchAll(PLACEHOLDER)]
    .filter((match) => !ALLOWED_PLACEHOLDERS.has(match[1]))
    .map((match) => `unknown placeholder '${match[0]}' (only {{leader}} is available)`);
  // A typo such as "{{leader}" is not a placeholder at all and would be shown as typed.
  if (/\{\{|\}\}/.test(text.replace(PLACEHOLDER, ''))) problems.push("has an unmatched '{{' or '}}' (write the placeholder as {{leader}})");
  return problems;
}

/** Every text anywhere in the file, so a new key cannot escape the check. */
export function checkPlaceholders(source: YamlSource): SurveyValidationIssue[] {
  const walk = (value: unknown, path: PathSegment[]): SurveyValidationIssue[] => {
    if (typeof value === 'string') return problemsOf(value).map((message) => source.issue(path, message));
    if (Array.isArray(value)) return value.flatMap((entry, index) => walk(entry, [...path, index]));
    if (isRecord(value)) return Object.entries(value).flatMap(([key, entry]) => walk(entry, [...path, key]));
    return [];
  };
  return walk(source.data, []);
}
