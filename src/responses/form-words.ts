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

/** What may choose the language of a rater's page, strongest first. */
export interface LanguageHints {
  /** Chosen on the form just now (the posted field). */
  picked?: unknown;
  /** Chosen earlier on the form of this link, and remembered by the browser. */
  remembered?: string;
  /** Set for the rater by the coach (unknown on an error page, which may not know the rater). */
  coachSet?: string | null;
  /** The browser's Accept-Language header. */
  acceptLanguage?: string;
}

/**
 * The language of every page a rater sees for one link (form, review, thank-you, decline, its
 * errors): the one picked on the form (now, or earlier on this link), else the one the coach set
 * for the rater, else the first of the browser's languages that is offered, else English. Offered are the survey's languages when it is known (an error page may not know
 * it), and only those the pages have words for.
 */
export function raterLanguage(hints: LanguageHints, surveyLanguages: readonly string[] = FORM_LANGUAGES): string {
  const offered = surveyLanguages.filter((language) => FORM_LANGUAGES.includes(language));
  for (const candidate of [hints.picked, hints.remembered, hints.coachSet]) if (typeof candidate === 'string' && offered.includes(candidate)) return candidate;
  return languageFromHeader(hints.acceptLanguage, offered) ?? 'en';
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
