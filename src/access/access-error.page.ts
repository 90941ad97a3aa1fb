import { type ErrorPage, headedPage } from '../common/pages/error-page';

const HEADINGS: Partial<Record<number, string>> = {
  400: 'Please check the form',
  403: 'Please open your link again',
  404: 'Not found',
  409: 'Not possible right now',
  410: 'This link has expired',
  429: 'Too many attempts',
  503: 'Please try again in a moment',
};

/**
 * Errors of the leader's and sponsor's pages and of their sign-in link. Status codes are those
 * of the API: what a role may not see is a 404 like what does not exist.
 */
export const accessErrorPage: ErrorPage = (body) => headedPage(body, HEADINGS);
