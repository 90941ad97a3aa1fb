import type { eld as EldInstance } from 'eld/small';

/** What the language detector makes of a text: its likeliest language, and whether it is sure. */
export interface LanguageGuess {
  /** ISO 639-1 code, or '' when the text holds nothing to go by. */
  language: string;
  /** The detector's own judgement: enough of the text's letter sequences point to one language alone. */
  reliable: boolean;
}

type Eld = typeof EldInstance;

let detector: Promise<Eld> | undefined;

/**
 * The detector, loaded with the first comment: eld's n-gram tables (a 1.6 MB module) stay out of
 * processes that never read one. eld ships as an ES module only, which this CommonJS application
 * reaches through a dynamic import on every Node version it supports.
 */
function eld(): Promise<Eld> {
  detector ??= import('eld/small').then((loaded) => loaded.eld);
  return detector;
}

/** The language eld detects in a text. */
export async function guessLanguage(text: string): Promise<LanguageGuess> {
  const result = (await eld()).detect(text);
  return { language: result.language, reliable: result.language !== '' && result.isReliable() };
}
