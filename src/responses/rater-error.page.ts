import { type ErrorPage, messageText } from '../common/pages/error-page';
import { fill, formWords, raterLanguage, type FormWords } from './form-words';
import { languageHintsOf, sessionKeyInPath } from './rater-session';

type WordKey = keyof FormWords;

/** Worded for someone who only followed a link: no "error", "invalid" or "forbidden". */
const HEADINGS: Partial<Record<number, WordKey>> = {
  403: 'linkAgainHeading',
  404: 'unknownLinkHeading',
  409: 'answeredHeading',
  410: 'closedHeading',
  429: 'tooManyHeading',
  503: 'unavailableHeading',
};

/** What the rater's pages refuse with, said in English by the API and in the rater's language here. */
const KNOWN_MESSAGES: readonly WordKey[] = ['unknownLink', 'noSession', 'formExpired', 'alreadyAnswered', 'alreadyDeclined', 'closed'];

/** A message the words do not know, in another language than English: what the status means to a rater. */
const FALLBACKS: Partial<Record<number, WordKey>> = { 429: 'tooMany', 503: 'unavailable' };

/** One of the rater's refusals, said by the API in English, in `language`; null when the words do not know it. */
export function refusalIn(message: string, language: string): string | null {
  const english = formWords('en');
  const known = KNOWN_MESSAGES.find((key) => english[key] === message);
  return known ? formWords(language)[known] : null;
}

/**
 * Errors of the rater's form: an unknown or stale link, answers already in, a closed survey.
 * A refused answer is not one of them: the form shows it again, with the problem beside the field.
 * The survey behind the link is not known here, so the page speaks the language picked on the
 * link's form, else the browser's, among all those the rater's pages have words for.
 */
export const raterErrorPage: ErrorPage = (body, request) => {
  const language = raterLanguage(languageHintsOf(request.headers ?? {}, sessionKeyInPath(request.originalUrl)));
  const words = formWords(language);
  const said = messageText(body);
  const declined = body.statusCode === 409 && said === formWords('en').alreadyDeclined;
  const message = refusalIn(said, language) ?? (language === 'en' ? said : words[FALLBACKS[body.statusCode] ?? 'other']);
  const reference = body.errorId ?? null;
  return {
    page: {
      heading: words[declined ? 'declinedBeforeHeading' : (HEADINGS[body.statusCode] ?? 'otherHeading')],
      message,
      reference,
      back: null,
      lang: language,
      ...(reference ? { referenceText: fill(words.reference, { id: reference }) } : {}),
    },
  };
};
