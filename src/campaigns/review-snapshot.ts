import { LEADER_PLACEHOLDER_TEXT, personalise } from '../surveys/personalise';
import type { RaterGroupId, SurveyDefinition, SurveyQuestion, SurveyTheme, SurveyTranslation, TranslatedQuestion } from '../surveys/survey.types';

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
 * own, so every later reader sees plain items and questions. Each translation is expanded the
 * same way, so a rater answering in another language reads the per-goal texts in it too; the
 * goal stays as the program words it, in whatever language the coach wrote it. Returns the focus
 * themes the survey lacks instead when there are any.
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
  const translations = rest.translations && expandTranslations(rest.translations, perGoal ? goals : [], survey.themes);
  return { survey: { ...rest, themes, questions: [...survey.questions, ...goalQuestions], ...(translations ? { translations } : {}) } };
}

/**
 * The per-goal block of every translation, repeated under each focus goal with the ids the
 * expanded items and questions carry; a goal the program did not word reads as the theme's title
 * in that language. The translations keep no block of their own, as the snapshot keeps none.
 */
function expandTranslations(
  translations: Record<string, SurveyTranslation>,
  goals: readonly FocusGoal[],
  themes: readonly SurveyTheme[],
): Record<string, SurveyTranslation> {
  return Object.fromEntries(
    Object.entries(translations).map(([language, { perGoal, ...words }]): [string, SurveyTranslation] => {
      const perTheme = goals.map((goal) => {
        const title = words.themes[goal.themeId] ?? themes.find((theme) => theme.id === goal.themeId)?.title ?? goal.themeId;
        const word = (text: string): string => personalise(text, LEADER_PLACEHOLDER_TEXT, wordingOf(goal, title));
        return {
          items: Object.entries(perGoal?.items ?? {}).map(([id, item]) => ({
            id: `${goal.themeId}.${id}`,
            text: word(item.text),
            selfText: word(item.selfText),
          })),
          questions: Object.entries(perGoal?.questions ?? {}).map(([id, question]): [string, TranslatedQuestion] => [
            `${goal.themeId}.${id}`,
            { prompt: word(question.prompt), ...(question.selfPrompt === undefined ? {} : { selfPrompt: word(question.selfPrompt) }) },
          ]),
        };
      });
      const questions = { ...words.questions, ...Object.fromEntries(perTheme.flatMap((entry) => entry.questions)) };
      return [
        language,
        {
          ...words,
          items: [...words.items, ...perTheme.flatMap((entry) => entry.items)],
          ...(Object.keys(questions).length > 0 ? { questions } : {}),
        },
      ];
    }),
  );
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
