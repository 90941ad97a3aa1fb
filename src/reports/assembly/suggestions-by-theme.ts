import type { SurveyTheme } from '../../surveys/survey.types';
import type { StartStopContinueEntry, SuggestionKind, ThemeSuggestions } from './report.types';
import { groupSimilarSuggestions } from '../../theming/topics/similar-suggestions';

/**
 * Start/stop/continue suggestions by theme, in survey order, then those that fit no theme; within
 * a theme, suggestions that say something alike are counted together, the most frequent first, so
 * the coach reads "4 people: delegate more" before the one-offs.
 */
export function groupSuggestionsByTheme(
  suggestions: Record<SuggestionKind, readonly StartStopContinueEntry[]>,
  themes: readonly SurveyTheme[],
): Record<SuggestionKind, ThemeSuggestions[]> {
  const titles = new Map(themes.map((theme) => [theme.id, theme.title]));
  const themeOrder = themes.map((theme) => theme.id);
  const group = (entries: readonly StartStopContinueEntry[]): ThemeSuggestions[] =>
    groupSimilarSuggestions(entries, { themeOrder }).map((section) => ({
      themeId: section.themeId,
      title: section.themeId === null ? 'Other suggestions' : (titles.get(section.themeId) ?? section.themeId),
      clusters: section.clusters,
    }));
  return { start: group(suggestions.start), stop: group(suggestions.stop), continue: group(suggestions.continue) };
}
