import type { SurveyDefinition, SurveyItem, SurveyQuestion, TranslatedItem, TranslatedQuestion } from './survey.types';

/** The language a definition is written in. */
export const SURVEY_BASE_LANGUAGE = 'en';

/** The languages a rater may answer this survey in: English first, then its translations. */
export function surveyLanguages(survey: Pick<SurveyDefinition, 'translations'>): string[] {
  return [SURVEY_BASE_LANGUAGE, ...Object.keys(survey.translations ?? {}).sort()];
}

/**
 * The definition with every rater-facing text in `language`; ids, kinds, groups and thresholds
 * are untouched, so answers are the same whatever language they were given in. The loader has
 * checked that a translation is complete; a text missing here anyway (a snapshot's per-goal items,
 * expanded after the translation was written) stays in English rather than failing the form.
 */
export function translateSurvey(survey: SurveyDefinition, language: string): SurveyDefinition {
  const words = language === SURVEY_BASE_LANGUAGE ? undefined : survey.translations?.[language];
  if (!words) return survey;
  const items = new Map(words.items.map((entry) => [entry.id, entry]));
  const item = (entry: SurveyItem, translated: TranslatedItem | undefined): SurveyItem =>
    translated ? { ...entry, text: translated.text, selfText: translated.selfText } : entry;
  const question = (entry: SurveyQuestion, translated: TranslatedQuestion | undefined): SurveyQuestion =>
    translated ? { ...entry, prompt: translated.prompt, ...(translated.selfPrompt === undefined ? {} : { selfPrompt: translated.selfPrompt }) } : entry;
  return {
    ...survey,
    title: words.title,
    ...(survey.intro !== undefined && words.intro !== undefined ? { intro: words.intro } : {}),
    scale: { ...survey.scale, labels: [...words.scale.labels], notObserved: words.scale.notObserved },
    ...(survey.changeScale && words.changeScale ? { changeScale: { ...survey.changeScale, labels: [...words.changeScale.labels] } } : {}),
    ...(survey.followUpScale && words.followUpScale ? { followUpScale: { labels: [...words.followUpScale.labels] } } : {}),
    groups: survey.groups.map((group) => ({ ...group, label: words.groups[group.id] ?? group.label })),
    themes: survey.themes.map((theme) => ({
      ...theme,
      title: words.themes[theme.id] ?? theme.title,
      items: theme.items.map((entry) => item(entry, items.get(entry.id))),
    })),
    questions: survey.questions.map((entry) => question(entry, words.questions?.[entry.id])),
  };
}
