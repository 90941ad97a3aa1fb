import { createHash, timingSafeEqual } from 'node:crypto';
import type { AccessRole } from './access.entity';

/** Long enough to find the email, short enough that a forwarded or leaked link soon dies. */
export const ACCESS_LINK_MINUTES = 60;
/** A reading session; the next visit needs a fresh link from the coach (or, for the sponsor, the leader). */
export const ACCESS_SESSION_HOURS = 8;

export const ACCESS_COOKIE = 'f360a';

/**
 * Between opening the emailed link and pressing "Continue", the token waits in this cookie (path
 * /a, a few minutes), so it leaves the address bar at once. Lax, because it is set by a visit that
 * comes from a mail client and must survive the redirect that follows.
 */
export const PENDING_COOKIE = 'f360p';
export const PENDING_MINUTES = 15;

/** A field of the "Continue" form tied to the pending token: a cross-site form cannot know it. */
export function continueGuard(token: string): string {
  return createHash('sha256').update(`access-continue\u0000${token}`).digest('hex');
}

/** Each role's pages live under their own path, and the cookie is sent to that engagement's pages only. */
export function accessPath(role: AccessRole, engagementId: string): string {
  return `/${role}/${engagementId}`;
}

/** A form field tied to the session: a cross-site form cannot know it (the cookie is SameSite=Strict too). */
export function csrfToken(sessionToken: string): string {
  return createHash('sha256').update(`access-csrf\u0000${sessionToken}`).digest('hex');
}

function sameSecret(expectedValue: string, submitted: unknown): boolean {
  const expected = Buffer.from(expectedValue);
  const actual = Buffer.from(typeof submitted === 'string' ? submitted : '');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

export function isValidCsrf(sessionToken: string, submitted: unknown): boolean {
  return sameSecret(csrfToken(sessionToken), submitted);
}

export function isValidContinueGuard(token: string, submitted: unknown): boolean {
  return sameSecret(continueGuard(token), submitted);
}

export function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name && rest.length > 0) {
      try {
        return decodeURIComponent(rest.join('='));
      } catch {
        return null;
      }
    }
  }
  return null;
}
