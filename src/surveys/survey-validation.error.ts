import { relative } from 'node:path';

export interface SurveyValidationIssue {
  /** The file as the person who runs the check would type it (relative to the working folder). */
  file: string;
  /** Where inside the file, e.g. `themes[2].items[0].selfText`, or `(root)`. */
  path: string;
  /** A plain-English reason, e.g. `is required` or `unknown key 'selfTxt'`. */
  message: string;
  /** Line of the offending node (of its parent when a key is missing), when known. */
  line?: number;
}

/** `surveys/x.yaml:14: themes[2].items[0].selfText: is required`: the form editors make clickable. */
export function formatIssue(issue: SurveyValidationIssue): string {
  return `${issue.file}${issue.line ? `:${issue.line}` : ''}: ${issue.path}: ${issue.message}`;
}

/** Issues of one file in reading order, so a long list can be fixed top to bottom. */
function sortIssues(issues: SurveyValidationIssue[]): SurveyValidationIssue[] {
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => (a.issue.line ?? 0) - (b.issue.line ?? 0) || a.index - b.index)
    .map(({ issue }) => issue);
}

/**
 * The schema's and the semantic checks' issues of one file, one reason per place: where the schema
 * already refused a value (a misspelt group id is not among the ids at all), the semantic check
 * reading the same value (nor among this survey's groups) would only say it again.
 */
export function mergeIssues(schema: SurveyValidationIssue[], semantic: SurveyValidationIssue[]): SurveyValidationIssue[] {
  const refused = new Set(schema.map((issue) => issue.path));
  return sortIssues([...schema, ...semantic.filter((issue) => !refused.has(issue.path))]);
}

/** Every problem of every file at once, one per line: file, path inside it, reason. */
export class SurveyValidationError extends Error {
  constructor(readonly issues: SurveyValidationIssue[]) {
    super(`Invalid survey definition${issues.length > 1 ? 's' : ''}:\n${issues.map((issue) => `  ${formatIssue(issue)}`).join('\n')}`);
    this.name = 'SurveyValidationError';
  }
}

/** A file named as the person running a check would type it: relative to the working folder when it lies inside it. */
export function shownPath(file: string): string {
  const shown = relative(process.cwd(), file);
  return shown.startsWith('..') || shown === '' ? file : shown;
}
