import Handlebars from 'handlebars';
import english from './words/en.json';
import french from './words/fr.json';

/** Every fixed text of a rater's mail, in one language; the words live in ./words/<language>.json. */
export type MailWords = typeof english;

const WORDS: Readonly<Record<string, MailWords>> = { en: english, fr: french };

/** The languages a rater's mail can be written in. */
export const MAIL_LANGUAGES: readonly string[] = Object.keys(WORDS);

export function mailWords(language: string): MailWords {
  return WORDS[language] ?? english;
}

/**
 * The language of a rater's mail: the one the coach set for them when the survey is translated
 * into it (a French mail around an English survey would be half in English), English otherwise.
 */
export function mailLanguage(raterLanguage: string | null, surveyLanguages: readonly string[]): string {
  return raterLanguage && surveyLanguages.includes(raterLanguage) && MAIL_LANGUAGES.includes(raterLanguage) ? raterLanguage : 'en';
}

type Values = Readonly<Record<string, string | number>>;

/**
 * Puts the values into a sentence of the words: `{name}` plainly, `{*name}` too (emphasised in
 * the HTML part). A placeholder without a value stays visible, so a test catches it.
 */
export function sayPlain(sentence: string, values: Values): string {
  return sentence.replace(/\{\*?(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The same sentence for the HTML part: the words and every value escaped, `{*name}` in bold. */
export function sayHtml(sentence: string, values: Values): string {
  const escape = Handlebars.escapeExpression;
  return sentence
    .split(/(\{\*?\w+\})/)
    .map((piece) => {
      const placeholder = /^\{(\*?)(\w+)\}$/.exec(piece);
      if (!placeholder || !(placeholder[2] in values)) return escape(piece);
      const value = escape(String(values[placeholder[2]]));
      return placeholder[1] ? `<strong>${value}</strong>` : value;
    })
    .join('');
}
