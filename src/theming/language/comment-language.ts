import { guessLanguage, type LanguageGuess } from './language-guess';

/** The languages comment theming reads: its sentence encoder, example bank and word lists are English. */
export const THEMED_LANGUAGES: readonly string[] = ['en'];

/** Fewer words than this ("ok", "N/A", "Merci", "Pas mal") say too little to call a language. */
const MIN_WORDS = 3;

/** Words as a reader counts them: runs of letters, a hyphenated name counting each part. */
function wordsOf(text: string): string[] {
  return text.split(/[\s\-‐–—/]+/u).filter((word) => /\p{L}/u.test(word));
}

/** "Jean-Pierre Martin", "Paul Smith": every word capitalised reads as names, which have no language. */
function readsAsNames(words: readonly string[]): boolean {
  return words.every((word) => /^\p{Lu}/u.test(word.replace(/^[^\p{L}]+/u, '')));
}

/**
 * The language of a comment that theming cannot read, or null when theming may read it. Only a
 * confident detection of another language counts: a text of a few words, a list of names, or a
 * text the detector is unsure of stays with theming, which at worst finds no theme in it. A
 * mixed comment goes by the language most of it is written in.
 */
export function unthemedLanguageOf(text: string, guess: LanguageGuess): string | null {
  if (!guess.reliable || guess.language === '' || THEMED_LANGUAGES.includes(guess.language)) return null;
  const words = wordsOf(text);
  if (words.length < MIN_WORDS || readsAsNames(words)) return null;
  return guess.language;
}

/** The language of a comment, when it is one theming cannot read (see `unthemedLanguageOf`); null otherwise. */
export function unthemedLanguage(text: string): string | null {
  return unthemedLanguageOf(text, guessLanguage(text));
}
