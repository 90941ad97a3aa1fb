import type { Practice } from '../surveys/survey.types';

export interface RankedPractice {
  practiceId: string;
  title: string;
  kind: Practice['kind'];
  themes: string[];
  howTo: string;
  source: string | null;
  minutesPerWeek: number | null;
  /** Higher fits better: see `rankPractices`. */
  fit: number;
  why: string;
}

/**
 * The library's entries for one focus theme, best fit first. An entry tagged with the theme first
 * develops it most directly (3 points; second tag 2, third 1); each other focus theme it also
 * develops adds a point, since one habit then serves two goals. Ties keep the library's order.
 */
export function rankPractices(
  library: readonly Practice[],
  themeId: string,
  focusThemeIds: readonly string[],
  titles: ReadonlyMap<string, string>,
): RankedPractice[] {
  const title = (id: string): string => titles.get(id) ?? id;
  return library
    .map((practice, index) => ({ practice, index, position: practice.themes.indexOf(themeId) }))
    .filter((entry) => entry.position >= 0)
    .map(({ practice, index, position }) => {
      const alsoServes = practice.themes.filter((id) => id !== themeId && focusThemeIds.includes(id));
      const fit = 3 - position + alsoServes.length;
      const how = position === 0 ? `develops ${title(themeId)} first` : `also develops ${title(themeId)}`;
      const why = alsoServes.length > 0 ? `${how}; serves the focus on ${alsoServes.map(title).join(' and ')} too` : how;
      return {
        ranked: {
          practiceId: practice.id,
          title: practice.title,
          kind: practice.kind,
          themes: [...practice.themes],
          howTo: practice.howTo,
          source: practice.source ?? null,
          minutesPerWeek: practice.minutesPerWeek ?? null,
          fit,
          why,
        },
        index,
      };
    })
    .sort((a, b) => b.ranked.fit - a.ranked.fit || a.index - b.index)
    .map((entry) => entry.ranked);
}
