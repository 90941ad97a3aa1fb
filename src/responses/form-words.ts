import english from './words/en.json';
import french from './words/fr.json';

/** Every fixed text of the rater's pages, in one language; the words live in ./words/<language>.json. */
export type FormWords = typeof english;

const WORDS: Readonly<Record<string, FormWords>> = { en: english, fr: french };

/** The languages the rater's pages can be shown in; a survey's translations choose among these. */
export const FORM_LANGUAGES: readonly string[] = Object.keys(WORDS);

/** The languages a coach may set for a rater: those the rater's pages (and mail) can be written in. */
export const RATER_LANGUAGES: readonly string[] = FORM_LANGUAGES;

export function formWords(language: string): FormWords {
  return WORDS[language] ?? english;
}

/** "{leader} and their coach" with the values put in; a placeholder without a value stays visible, so a test catches it. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * The first language of the browser's Accept-Language ("fr-CH,fr;q=0.9,en;q=0.8") that is on
 * offer, by weight; the region is dropped when only the language is offered.
 */
export function languageFromHeader(header: string | undefined, offered: readonly string[]): string | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
      return { tag: tag.trim(), weight: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.tag && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of ranked) {
    const exact = offered.find((language) => language.toLowerCase() === tag.toLowerCase());
    if (exact) return exact;
    const base = offered.find((language) => language.toLowerCase() === tag.split('-')[0].toLowerCase());
    if (base) return base;
  }
  return null;
}
