export interface SurveyValidationIssue {
  file: string;
  /** Where inside the file, e.g. `themes[2].items[0].selfText`, or `(root)`. */
  path: string;
  message: string;
  line?: number;
}

export function formatIssue(issue: SurveyValidationIssue): string {
  return `${issue.file}${issue.line ? `:${issue.line}` : ''}: ${issue.path}: ${issue.message}`;
}

/** Every problem of every file at once, one per line: file, path inside it, reason. */
export class SurveyValidationError extends Error {
  constructor(readonly issues: SurveyValidationIssue[]) {
    super(`Invalid survey definition${issues.length > 1 ? 's' : ''}:\n${issues.map((issue) => `  ${formatIssue(issue)}`).join('\n')}`);
    this.name = 'SurveyValidationError';
  }
}
