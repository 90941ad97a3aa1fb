import { join } from 'node:path';
import type { ErrorBody } from '../error-body';
import { compileTemplates } from '../template-renderer';

/** What an error page shows; one template renders it for every kind of page. */
export interface ErrorPageView {
  heading: string;
  message: string;
  /** The errorId of a 500 or 503, to quote when reporting it. */
  reference: string | null;
  back: { href: string; label: string } | null;
  /** The page's language, when it is not English. */
  lang?: string;
  /** "Reference: e-1" in the page's language, when it is not English. */
  referenceText?: string;
}

/** An error page, or where a browser goes instead (the coach's sign-in page). */
export type ErrorPageAnswer = { page: ErrorPageView } | { redirect: string };

/** The request as an error page may read it. */
export interface ErrorPageRequest {
  method: string;
  originalUrl: string;
  /** What a page may read to speak the reader's language. */
  headers?: { cookie?: string; 'accept-language'?: string };
}

/** One kind of page's way of telling an error to the person who opened it. */
export type ErrorPage = (body: ErrorBody, request: ErrorPageRequest) => ErrorPageAnswer;

/** The body's message as one sentence, or one per field of a refused input. */
export function messageText(body: ErrorBody): string {
  return Array.isArray(body.message) ? body.message.join('; ') : body.message;
}

/** A page with a heading chosen by status, the body's message, and the reference of a 500 or 503. */
export function headedPage(body: ErrorBody, headings: Partial<Record<number, string>>, back: ErrorPageView['back'] = null): ErrorPageAnswer {
  return { page: { heading: headings[body.statusCode] ?? 'Something went wrong', message: messageText(body), reference: body.errorId ?? null, back } };
}

const render = compileTemplates(join(__dirname, 'templates'));

export function renderErrorPage(view: ErrorPageView): string {
  return render('error-page', view);
}
