import { type ErrorPage, headedPage } from './error-page';

const HEADINGS: Partial<Record<number, string>> = {
  400: 'This request could not be read',
  404: 'Page not found',
  413: 'Too much to send at once',
  429: 'Too many attempts',
  503: 'Please try again in a moment',
};

/**
 * The error page of an address no route serves, or of a request refused before any route took
 * it (a body the parser could not read, or too large), for a browser outside the API.
 */
export const unroutedErrorPage: ErrorPage = (body) => headedPage(body, HEADINGS);
