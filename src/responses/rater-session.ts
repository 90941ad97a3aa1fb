import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { parseCookies } from '../common/cookies';
import type { LanguageHints } from './form-words';

/** How long a browser keeps the token after opening the link: long enough to answer, no longer. */
export const RATER_SESSION_SECONDS = 4 * 3600;

/**
 * The page a rater's link redirects to is named by a key derived from the token, so two open
 * links (two campaigns) live side by side and the address never shows the token itself.
 */
export function raterSessionKey(token: string): string {
  return createHash('sha256').update(`rater-session\u0000${token}`).digest('hex').slice(0, 32);
}

export function raterCookieName(key: string): string {
  return `f360r_${key}`;
}

/** The language picked on a link's form, kept for that link's pages only (the cookie's path). */
export function languageCookieName(key: string): string {
  return `f360lang_${key}`;
}

/** What the request says about the rater's language: the form field posted, the remembered pick, the browser's languages. */
export function languageHintsOf(headers: Pick<IncomingHttpHeaders, 'cookie' | 'accept-language'>, key: string | null, picked?: unknown): LanguageHints {
  const remembered = key ? parseCookies(headers.cookie)[languageCookieName(key)] : undefined;
  return { picked, remembered, acceptLanguage: headers['accept-language'] };
}

/** The session key in the address of a rater's page (/r/s/<key>, /r/s/<key>/decline), if it is one. */
export function sessionKeyInPath(path: string): string | null {
  return /^\/r\/s\/([0-9a-f]{32})(?:[/?#]|$)/.exec(path)?.[1] ?? null;
}

/** A form field tied to the token: a cross-site form cannot know it (the cookie is SameSite=Strict too). */
export function formGuard(token: string): string {
  return createHash('sha256').update(`form-guard\u0000${token}`).digest('hex');
}

export function isValidFormGuard(token: string, submitted: unknown): boolean {
  const expected = Buffer.from(formGuard(token));
  const actual = Buffer.from(typeof submitted === 'string' ? submitted : '');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
