import type { RaterGroupId, SurveyDefinition } from '../surveys/survey.types';

/** A survey asking how much the leader changed (progress-pulse): it reviews a program. */
export function asksForChange(survey: SurveyDefinition): boolean {
  return survey.themes.some((theme) => theme.items.some((item) => item.kind === 'change'));
}

/**
 * The snapshot of a mid or final review: only the program's focus themes, in the program's
 * order, so raters answer about what the leader worked on. Returns the focus themes the survey
 * lacks instead when there are any.
 */
export function restrictToFocusThemes(survey: SurveyDefinition, focusThemeIds: readonly string[]): { survey: SurveyDefinition } | { missing: string[] } {
  const missing = focusThemeIds.filter((id) => !survey.themes.some((theme) => theme.id === id));
  if (missing.length > 0) return { missing };
  const themes = focusThemeIds.map((id) => survey.themes.find((theme) => theme.id === id)).filter((theme) => theme !== undefined);
  return { survey: { ...survey, themes } };
}

export interface CopiedRater {
  name: string;
  email: string;
  groupId: RaterGroupId;
}

/**
 * The raters of the baseline campaigns to ask again: same names, emails and groups, each person
 * once (the first campaign that asked them decides their group), the leader left out (added as
 * self anyway), and only groups the review survey has.
 */
export function ratersToAskAgain(baselineRaters: readonly CopiedRater[], surveyGroupIds: readonly RaterGroupId[]): CopiedRater[] {
  const seen = new Set<string>();
  return baselineRaters.filter((rater) => {
    if (rater.groupId === 'self' || !surveyGroupIds.includes(rater.groupId) || seen.has(rater.email)) return false;
    seen.add(rater.email);
    return true;
  });
}
