import { guessLanguage, type LanguageGuess } from './language-guess';

/** The languages comment theming reads: its sentence encoder, example bank and word lists are English. */
export const THEMED_LANGUAGES: readonly string[] = ['en'];

/** Fewer words than this ("ok", "N/A", "Merci", "Pas mal") say too little to call a language. */
const MIN_WORDS = 3;

/**
 * How far the detected language must lead the best language theming reads. Of the 1,908 English
 * comments of the examples, held-out sets and samples, those of three words or more that eld
 * calls another language lead English by at most 0.052 ("Open door, open ears." as Dutch); the
 * French samples of three words or more lead it by 0.076 or more.
 */
const MIN_LEAD_OVER_THEMED = 0.065;

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
 * confident detection of another language counts: a text of a few words, a list of names, a
 * text the detector is unsure of, or one that reads almost as well as English stays with theming, which at worst finds no theme in it. A
 * mixed comment goes by the language most of it is written in.
 */
export function unthemedLanguageOf(text: string, guess: LanguageGuess): string | null {
  if (!guess.reliable || guess.language === '' || THEMED_LANGUAGES.includes(guess.language)) return null;
  const themedScore = Math.max(0, ...THEMED_LANGUAGES.map((language) => guess.scores[language] ?? 0));
  if ((guess.scores[guess.language] ?? 0) - themedScore < MIN_LEAD_OVER_THEMED) return null;
  const words = wordsOf(text);
  if (words.length < MIN_WORDS || readsAsNames(words)) return null;
  return guess.language;
}

/** English contractions and what they stand for; "can't" and "won't" before the rest, whose stems change. */
const CONTRACTIONS: readonly [RegExp, string][] = [
  [/\bcan['’]t\b/giu, 'can not'],
  [/\bwon['’]t\b/giu, 'will not'],
  [/n['’]t\b/giu, ' not'],
  [/['’]re\b/giu, ' are'],
  [/['’]ve\b/giu, ' have'],
  [/['’]ll\b/giu, ' will'],
  [/['’]m\b/giu, ' am'],
  [/['’]d\b/giu, ' would'],
  [/['’]s\b/giu, ' is'],
];

/**
 * The text with English contractions spelled out ("She's" -> "She is"), for the detector only: it
 * reads letters a few at a time, and a clipped "'s" made a short English remark read as Icelandic
 * ("She's a laugh.", well past the lead below, where "She is a laugh." reads as English). French
 * elisions ("n'ai", "l'équipe", "qu'il") put the apostrophe after a word's first letters, not
 * before its last, and are left as they are.
 */
export function contractionsSpelledOut(text: string): string {
  return CONTRACTIONS.reduce((spelled, [contraction, full]) => spelled.replace(contraction, full), text);
}

/** The language of a comment, when it is one theming cannot read (see `unthemedLanguageOf`); null otherwise. */
export function unthemedLanguage(text: string): string | null {
  return unthemedLanguageOf(text, guessLanguage(contractionsSpelledOut(text)));
}
