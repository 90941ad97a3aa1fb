import type { PageKind } from './page.decorator';

export type ErrorFormat = 'html' | 'json';

/** What the format is chosen from: Express's request answers both. */
export interface NegotiableRequest {
  path: string;
  accepts(types: string[]): string | false;
}

/**
 * What a client that accepts anything (a wildcard Accept header, or none) gets. Tools read the
 * coach's pages with a bearer token and such a header, and keep getting the API's JSON errors;
 * the other pages are only ever opened in a browser.
 */
const HTML_BY_DEFAULT: Record<PageKind, boolean> = { coach: false, access: true, rater: true };

const isApiPath = (path: string): boolean => path === '/api' || path.startsWith('/api/');

/**
 * How an error is answered. A JSON route: always the JSON body. A page: an HTML page when the
 * client prefers HTML to JSON (by its Accept header, then by the kind's default). No route at
 * all (an unknown address, a body refused before routing): a page only for a browser asking for
 * HTML outside the API, whose addresses answer JSON even when nothing serves them.
 */
export function errorFormat(page: PageKind | null | undefined, request: NegotiableRequest): ErrorFormat {
  if (page === null) return 'json';
  if (page === undefined && isApiPath(request.path)) return 'json';
  const offers = page !== undefined && HTML_BY_DEFAULT[page] ? ['html', 'json'] : ['json', 'html'];
  return request.accepts(offers) === 'html' ? 'html' : 'json';
}
