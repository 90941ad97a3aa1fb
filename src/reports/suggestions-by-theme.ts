import type { SurveyTheme } from '../surveys/survey.types';
import type { StartStopContinueEntry, SuggestionKind, ThemeSuggestions } from './report.types';

/** Groups texts that say something similar; every text lands in exactly one group. */
export type SimilarityClustering = (texts: readonly string[]) => string[][];

/**
 * Start/stop/continue suggestions by theme, in survey order, then those that fit no theme; within
 * a theme, similar suggestions are counted together, the most frequent first, so the coach reads
 * "4 people: delegate more" before the one-offs. A suggestion about two themes is listed under both.
 */
export function groupSuggestionsByTheme(
  suggestions: Record<SuggestionKind, readonly StartStopContinueEntry[]>,
  themes: readonly SurveyTheme[],
  cluster: SimilarityClustering,
): Record<SuggestionKind, ThemeSuggestions[]> {
  const group = (entries: readonly StartStopContinueEntry[]): ThemeSuggestions[] => {
    const sections = [
      ...themes.map((theme) => ({ themeId: theme.id as string | null, title: theme.title, texts: entries.filter((entry) => entry.themeIds.includes(theme.id)).map((entry) => entry.text) })),
      { themeId: null, title: 'Other suggestions', texts: entries.filter((entry) => entry.themeIds.length === 0).map((entry) => entry.text) },
    ];
    return sections
      .filter((section) => section.texts.length > 0)
      .map((section) => ({
        themeId: section.themeId,
        title: section.title,
        clusters: cluster(section.texts)
          .map((texts, index) => ({ texts, count: texts.length, index }))
          .sort((a, b) => b.count - a.count || a.index - b.index)
          .map(({ texts, count }) => ({ texts, count })),
      }));
  };
  return { start: group(suggestions.start), stop: group(suggestions.stop), continue: group(suggestions.continue) };
}
