import { type ErrorPage, headedPage } from '../common/pages/error-page';
import { DECLINED_MESSAGE } from './responses.service';

/** Worded for someone who only followed a link: no "error", "invalid" or "forbidden". */
const HEADINGS: Partial<Record<number, string>> = {
  403: 'Please open your link again',
  404: 'Link not recognised',
  409: 'Thank you, your answers are in',
  410: 'This survey has closed',
  429: 'Too many attempts',
  503: 'Please try again in a moment',
};

/**
 * Errors of the rater's form: an unknown or stale link, answers already in, a closed survey.
 * A refused answer is not one of them: the form shows it again, with the problem beside the field.
 */
export const raterErrorPage: ErrorPage = (body) =>
  headedPage(body, body.statusCode === 409 && body.message === DECLINED_MESSAGE ? { ...HEADINGS, 409: 'You declined this survey' } : HEADINGS);
