import type { CookieOptions, Request } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import { parseCookies } from '../common/cookies';

export const COACH_COOKIE = 'f360_coach';
/** The browser sends the cookie to the coach pages only, never to the JSON API under /api. */
export const COACH_COOKIE_PATH = '/coach';
/** A working day: the browser forgets the session long before the token itself expires. */
export const COACH_COOKIE_HOURS = 12;

export function coachCookieOptions(publicUrl: string): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'strict',
    secure: publicUrl.startsWith('https://'),
    path: COACH_COOKIE_PATH,
    maxAge: COACH_COOKIE_HOURS * 3600 * 1000,
  };
}

/** The session token of the cookie, if it has the shape of one. */
export function coachCookieToken(request: Request): string | null {
  const token = parseCookies(request.headers.cookie)[COACH_COOKIE];
  return token && /^[A-Za-z0-9_-]{20,200}$/.test(token) ? token : null;
}

const isCoachPage = (request: Request): boolean => request.path === COACH_COOKIE_PATH || request.path.startsWith(`${COACH_COOKIE_PATH}/`);

/**
 * The cookie opens the /coach pages only, never the JSON API: a page read (GET or HEAD), or a
 * page's form post, which must also come from this site and carry the session's form token.
 */
export function mayUseCookie(request: Request): boolean {
  return isCoachPage(request) && (request.method === 'GET' || request.method === 'HEAD' || request.method === 'POST');
}

export function isPageRead(request: Request): boolean {
  return request.method === 'GET' || request.method === 'HEAD';
}

/** The form token of a session: a hidden field of every coach form, which a cross-site form cannot know. */
export function coachCsrfToken(sessionToken: string): string {
  return createHash('sha256').update(`coach-csrf\u0000${sessionToken}`).digest('hex');
}

export function isValidCoachCsrf(sessionToken: string, submitted: unknown): boolean {
  const expected = Buffer.from(coachCsrfToken(sessionToken));
  const actual = Buffer.from(typeof submitted === 'string' ? submitted : '');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/**
 * Whether a browser's form post comes from a page of this app. Browsers say so in Sec-Fetch-Site;
 * Origin is the fallback, but the pages' no-referrer policy makes browsers send "Origin: null".
 * A client that sends neither is not a browser, and has no cookie for a forged request to use.
 */
export function isSameOriginPost(request: Request): boolean {
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string') return site === 'same-origin' || site === 'none';
  const origin = request.headers.origin;
  if (origin === undefined || origin === 'null') return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}
