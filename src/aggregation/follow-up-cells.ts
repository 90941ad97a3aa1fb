import type { SurveyDefinition, SurveyTheme } from '../surveys/survey.types';

/**
 * A goal's change ratings split by how often the leader followed up with the rater: the review
 * compares improvement where the leader followed up (the upper half of the follow-up scale: "a
 * few times", "regularly") with where they did not. A response rates both questions, so the
 * split can only be kept at fold time, as two more cells beside the change item's own. They are
 * not items of the survey: no report shows them; only the review reads them, under its own rule.
 */
export type FollowUpCategory = 'followed-up' | 'not-followed-up';

export const followUpCellId = (changeItemId: string, category: FollowUpCategory): string => `${changeItemId}~${category}`;

/** Whether a follow-up rating (1..n) is in the upper half of its scale. */
export const followedUp = (rating: number, levels: number): boolean => rating > levels / 2;

/** The change item and the follow-up item of a theme, when it asks both (a pulse's focus goal). */
export function goalQuestionsOf(theme: SurveyTheme): { changeId: string; followUpId: string } | null {
  const change = theme.items.find((item) => item.kind === 'change');
  const followUp = theme.items.find((item) => item.kind === 'followUp');
  return change && followUp ? { changeId: change.id, followUpId: followUp.id } : null;
}

/** The split cell a response's change rating goes to, with that rating, or null when it lacks either rating. */
export function followUpCellOf(
  survey: SurveyDefinition,
  theme: SurveyTheme,
  ratings: Readonly<Record<string, number | null>>,
): { cellId: string; change: number } | null {
  const pair = goalQuestionsOf(theme);
  if (!pair) return null;
  const change = ratings[pair.changeId];
  const followUp = ratings[pair.followUpId];
  if (change === null || change === undefined || followUp === null || followUp === undefined) return null;
  const levels = survey.followUpScale?.labels.length ?? 4;
  return { cellId: followUpCellId(pair.changeId, followedUp(followUp, levels) ? 'followed-up' : 'not-followed-up'), change };
}
