import type { CookieOptions, Request } from 'express';
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

/**
 * Only a page read may use the cookie: GET or HEAD of a /coach page. Anything that changes data
 * goes through the API with a bearer token, so a cross-site request has nothing to forge.
 */
export function mayUseCookie(request: Request): boolean {
  return (request.method === 'GET' || request.method === 'HEAD') && (request.path === COACH_COOKIE_PATH || request.path.startsWith(`${COACH_COOKIE_PATH}/`));
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
