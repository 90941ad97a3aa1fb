import { listAt, stringAt } from './raw-shape';
import { duplicateIssues } from './survey-semantics';
import type { SurveyValidationIssue } from './survey-validation.error';
import type { YamlSource } from './yaml-source';

/** Unique ids, themes that exist in the surveys, and a named source for every reading. */
export function checkPracticeSemantics(source: YamlSource, knownThemeIds: ReadonlySet<string>): SurveyValidationIssue[] {
  const practices = listAt(source.data, 'practices');
  const issues = duplicateIssues(
    practices.map((practice, index) => ({ value: stringAt(practice, 'id'), path: ['practices', index, 'id'] })),
    'practice id',
    source,
  );
  const known = [...knownThemeIds].sort().join(', ') || 'none: no survey defines a theme';
  practices.forEach((practice, index) => {
    listAt(practice, 'themes').forEach((themeId, themeIndex) => {
      if (typeof themeId === 'string' && !knownThemeIds.has(themeId)) {
        issues.push(source.issue(['practices', index, 'themes', themeIndex], `unknown theme '${themeId}' (known: ${known})`));
      }
    });
    // A coach recommending a book must be able to tell the leader which one.
    if (stringAt(practice, 'kind') === 'reading' && stringAt(practice, 'source') === undefined) {
      issues.push(source.issue(['practices', index, 'source'], 'is required for a reading (author and title)'));
    }
  });
  return issues;
}
