/** Where a coach lands after signing in when no page asked for it. */
export const COACH_HOME = '/coach';
export const COACH_LOGIN = '/coach/login';

const PLACEHOLDER_ORIGIN = 'http://feedback360.invalid';

/**
 * The page to return to after signing in, if `next` is a path of this app's coach pages;
 * otherwise null. Only a relative path under /coach is kept, resolved first so that "//host",
 * "/\host", "/coach/../api" or an encoded variant can never point anywhere else: no open
 * redirect, and no way round the cookie's /coach path.
 */
export function safeNextPath(next: unknown): string | null {
  if (typeof next !== 'string' || next.length === 0 || next.length > 2000) return null;
  // Browsers treat a backslash as a slash and drop tabs and newlines: refuse rather than guess.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (!next.startsWith('/') || /[\\\u0000-\u001f\u007f]/.test(next) || next.startsWith('//')) return null;
  let url: URL;
  try {
    url = new URL(next, PLACEHOLDER_ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return null;
  if (url.pathname !== COACH_HOME && !url.pathname.startsWith(`${COACH_HOME}/`)) return null;
  if (/%2f|%5c/i.test(url.pathname)) return null;
  // Back to the sign-in page would only loop.
  if (url.pathname === COACH_LOGIN) return null;
  return `${url.pathname}${url.search}`;
}

/** The sign-in page, remembering where to return to. */
export function loginPath(next: string | null): string {
  const safe = safeNextPath(next);
  return safe && safe !== COACH_HOME ? `${COACH_LOGIN}?next=${encodeURIComponent(safe)}` : COACH_LOGIN;
}
