import { createHash, createHmac, randomBytes } from 'node:crypto';

/** A fresh random value from the CSPRNG (256 bits, 43 base64url characters): a coach session token, or a rater link's nonce. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * A rater's link token: the HMAC of a random per-invitation nonce under the server secret.
 * The database keeps the nonce and the token's hash, never the token, so the database alone
 * cannot produce a working link; the mail worker re-derives it for invitations and reminders.
 */
export function deriveRaterToken(secret: string, nonce: string): string {
  return createHmac('sha256', secret).update(`rater-link:${nonce}`).digest('base64url');
}

/**
 * A leader's or sponsor's one-time sign-in link: derived like a rater's link, under its own label,
 * so a token of one kind is never a token of the other.
 */
export function deriveAccessToken(secret: string, nonce: string): string {
  return createHmac('sha256', secret).update(`access-link:${nonce}`).digest('base64url');
}

/**
 * How tokens are stored and looked up. A fast hash suffices: tokens carry 256 random bits. Any
 * string hashes to 64 hex digits, so whatever a visitor sends, only a digest reaches the database.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A coach's "forgot password" link: derived like the others, under its own label. */
export function derivePasswordResetToken(secret: string, nonce: string): string {
  return createHmac('sha256', secret).update(`password-reset:${nonce}`).digest('base64url');
}
