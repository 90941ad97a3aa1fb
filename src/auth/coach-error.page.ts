import { type ErrorPage, headedPage } from '../common/pages/error-page';
import { COACH_HOME, loginPath } from './safe-next-path';

const HEADINGS: Partial<Record<number, string>> = {
  400: 'This address is not quite right',
  403: 'This request was refused',
  404: 'Not found',
  409: 'Not possible right now',
  410: 'This link has expired',
  429: 'Too many attempts',
  503: 'Not available right now',
};

/** A report's address says what was not found; other pages say it in the message. */
const REPORT_HEADINGS: Partial<Record<number, string>> = { ...HEADINGS, 404: 'Report not found' };

/**
 * Errors of the coach's pages. A browser without a session goes to the sign-in page and comes
 * back afterwards to the page it read (a form post is not replayed); other errors are a page with
 * the same status. Another coach's campaign and an unknown one are the same 404, so a page never
 * tells whether an id exists.
 */
export const coachErrorPage: ErrorPage = (body, request) =>
  body.statusCode === 401
    ? { redirect: loginPath(request.method === 'GET' ? request.originalUrl : null) }
    : headedPage(body, /\/report(\.pdf)?(\?|$)/.test(request.originalUrl) ? REPORT_HEADINGS : HEADINGS, { href: COACH_HOME, label: 'Your engagements' });
