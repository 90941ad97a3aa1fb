import { LEADER_PLACEHOLDER_TEXT, personalise } from '../surveys/personalise';
import type { RaterGroupId, SurveyDefinition, SurveyQuestion, SurveyTheme } from '../surveys/survey.types';

/** A survey asking how much the leader changed (progress-pulse): it reviews a program. */
export function asksForChange(survey: SurveyDefinition): boolean {
  return (
    survey.themes.some((theme) => theme.items.some((item) => item.kind === 'change')) || (survey.perGoal?.items.some((item) => item.kind === 'change') ?? false)
  );
}

/** A focus goal of the program, as the review asks about it. */
export interface FocusGoal {
  themeId: string;
  /** The goal as the program words it; the theme's title when the program has no wording for it. */
  goal: string;
}

const wordingOf = (goal: FocusGoal, themeTitle: string): string => goal.goal.trim() || themeTitle;

/**
 * The snapshot of a mid or final review: only the program's focus themes, in the program's
 * order, so raters answer about what the leader worked on. The survey's per-goal block is asked
 * under each of them, worded with its goal: item `change` of the block becomes
 * `<themeId>.change` first among the theme's items, question `suggestion` becomes
 * `<themeId>.suggestion` after the survey's own questions; the snapshot keeps no block of its
 * own, so every later reader sees plain items and questions. Returns the focus themes the survey
 * lacks instead when there are any.
 */
export function restrictToFocusThemes(survey: SurveyDefinition, goals: readonly FocusGoal[]): { survey: SurveyDefinition } | { missing: string[] } {
  const missing = goals.map((goal) => goal.themeId).filter((id) => !survey.themes.some((theme) => theme.id === id));
  if (missing.length > 0) return { missing };
  const { perGoal, ...rest } = survey;
  const themes = goals.flatMap((goal): SurveyTheme[] => {
    const theme = survey.themes.find((candidate) => candidate.id === goal.themeId);
    if (!theme) return [];
    const word = (text: string): string => personalise(text, LEADER_PLACEHOLDER_TEXT, wordingOf(goal, theme.title));
    const asked = (perGoal?.items ?? []).map((item) => ({ ...item, id: `${theme.id}.${item.id}`, text: word(item.text), selfText: word(item.selfText) }));
    return [{ ...theme, items: [...asked, ...theme.items] }];
  });
  const goalQuestions = themes.flatMap((theme, index) => {
    const word = (text: string): string => personalise(text, LEADER_PLACEHOLDER_TEXT, wordingOf(goals[index], theme.title));
    return (perGoal?.questions ?? []).map((question): SurveyQuestion => ({
      ...question,
      id: `${theme.id}.${question.id}`,
      prompt: word(question.prompt),
      ...(question.selfPrompt === undefined ? {} : { selfPrompt: word(question.selfPrompt) }),
      groups: [...question.groups],
    }));
  });
  return { survey: { ...rest, themes, questions: [...survey.questions, ...goalQuestions] } };
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
