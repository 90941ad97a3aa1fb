/**
 * Just enough English morphology to tie comments to theme keywords: a keyword and a comment word
 * meet when they reduce to the same stem. The suffix rules are deliberately few: a wrong match
 * files a comment under the wrong theme, while a missed one still leaves it in the report.
 */

/** Case, accents, apostrophes and hyphens must not stop a match: "Self-aware" ~ "self aware". */
function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['\u2018\u2019`]/g, '');
}

const VOWEL = /[aeiouy]/;

/** "planning" -> "plann" -> "plan", but "calling" keeps its "ll" ("call"), as in Porter's rule. */
function undoubled(stem: string): string {
  const last = stem.charAt(stem.length - 1);
  return stem.length > 3 && last === stem.charAt(stem.length - 2) && !/[aeioulsfz]/.test(last) ? stem.slice(0, -1) : stem;
}

/** Strips a suffix only when a plausible stem (3+ letters with a vowel) remains, so "bring" stays "bring". */
function strip(word: string, suffix: string, replacement = '', minStem = 3): string | null {
  if (!word.endsWith(suffix)) return null;
  const stem = word.slice(0, word.length - suffix.length);
  return stem.length >= minStem && VOWEL.test(stem) ? stem + replacement : null;
}

export function stemWord(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let stem = word;
  // Plurals and the third person: "priorities", "coaches", "delegates"; not "focus", "analysis", "process".
  stem = strip(stem, 'ies', 'y') ?? strip(stem, 'sses', 'ss') ?? (/(ss|us|is)$/.test(stem) ? stem : (strip(stem, 's') ?? stem));
  // One inflection or nominalisation: "delegated", "delegating", "delegation", "clearly".
  stem =
    strip(stem, 'ied', 'y') ??
    strip(stem, 'ation', 'at') ??
    (strip(stem, 'ing') !== null ? undoubled(strip(stem, 'ing') as string) : null) ??
    (strip(stem, 'ed') !== null ? undoubled(strip(stem, 'ed') as string) : null) ??
    strip(stem, 'ly', '', 4) ??
    stem;
  // A final silent e: "delegate" and "delegating" both give "delegat", "share" and "sharing" "shar".
  return stem.length >= 4 && stem.endsWith('e') ? stem.slice(0, -1) : stem;
}

/** The stems of the words of a text, in order, punctuation dropped. */
export function wordStems(text: string): string[] {
  return (normalise(text).match(/[\p{L}\p{N}]+/gu) ?? []).map(stemWord);
}
