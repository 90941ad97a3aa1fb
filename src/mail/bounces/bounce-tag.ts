import { createCipheriv, createDecipheriv, createHmac, timingSafeEqual } from 'node:crypto';
import { fromBase32, toBase32 } from './base32';

/** One invitation as it was last mailed: the coach correcting the address gives it a new nonce. */
export interface Delivery {
  invitationId: string;
  tokenNonce: string;
  /** A reminder's bounce must be told from the invitation's (see deliveryOfTag); absent: the invitation. */
  reminder?: boolean;
}

/** An authentic tag, read: which invitation, and a mark of the delivery it was sent with. */
export interface BounceTag {
  invitationId: string;
  deliveryMark: Buffer;
}

const SEALED_BYTES = 16;
const MARK_BYTES = 4;
/** 64 bits: a forger gets one guess per SMTP recipient, and the listener answers each in turn. */
const SIGNATURE_BYTES = 8;
const TAG_BYTES = SEALED_BYTES + MARK_BYTES + SIGNATURE_BYTES;
/** 28 bytes in base32. */
export const BOUNCE_TAG_LENGTH = Math.ceil((TAG_BYTES * 8) / 5);

const keyOf = (secret: string, purpose: string): Buffer => createHmac('sha256', secret).update(`bounce-tag:${purpose}`).digest();

/** The invitation's mark is as it always was, so that addresses already mailed still read as theirs. */
const deliveryMarkOf = (secret: string, tokenNonce: string, reminder = false): Buffer =>
  keyOf(secret, reminder ? `delivery:${tokenNonce}:reminder` : `delivery:${tokenNonce}`).subarray(0, MARK_BYTES);

const signatureOf = (secret: string, body: Buffer): Buffer => createHmac('sha256', keyOf(secret, 'sign')).update(body).digest().subarray(0, SIGNATURE_BYTES);

/**
 * The invitation id goes through one block of AES under a key derived from the server secret. A
 * single block is the bare cipher, a pseudorandom permutation: ids are unique, so equal blocks
 * never occur and no mode or IV is needed, and the tag stays short enough for a local part.
 */
function seal(secret: string, invitationId: string): Buffer {
  const cipher = createCipheriv('aes-256-ecb', keyOf(secret, 'seal'), null).setAutoPadding(false);
  return Buffer.concat([cipher.update(Buffer.from(invitationId.replace(/-/g, ''), 'hex')), cipher.final()]);
}

function unseal(secret: string, sealed: Buffer): string {
  const decipher = createDecipheriv('aes-256-ecb', keyOf(secret, 'seal'), null).setAutoPadding(false);
  const hex = Buffer.concat([decipher.update(sealed), decipher.final()]).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The tag of a delivery's VERP address: the invitation id sealed, so that neither the rater nor
 * any relay learns an identifier of the product from it; a mark of the delivery's nonce, so that a
 * bounce for an address since corrected is told apart; and an HMAC over both, so that nobody
 * without the server secret can make a tag that is taken.
 */
export function bounceTagOf(secret: string, delivery: Delivery): string {
  const body = Buffer.concat([seal(secret, delivery.invitationId), deliveryMarkOf(secret, delivery.tokenNonce, delivery.reminder)]);
  return toBase32(Buffer.concat([body, signatureOf(secret, body)]));
}

/** The tag's invitation and delivery when the server made it, else null (malformed, altered or forged). */
export function readBounceTag(secret: string, tag: string): BounceTag | null {
  if (tag.length !== BOUNCE_TAG_LENGTH) return null;
  const bytes = fromBase32(tag);
  if (!bytes || bytes.length !== TAG_BYTES) return null;
  const body = bytes.subarray(0, SEALED_BYTES + MARK_BYTES);
  if (!timingSafeEqual(bytes.subarray(SEALED_BYTES + MARK_BYTES), signatureOf(secret, body))) return null;
  return { invitationId: unseal(secret, body.subarray(0, SEALED_BYTES)), deliveryMark: Buffer.from(body.subarray(SEALED_BYTES)) };
}

/**
 * Which mail of the invitation's delivery with this nonce the tag was made for: the invitation or
 * a reminder; null for an older delivery. Reminders go only to raters who have not answered, so a
 * reminder's bounce must not show against its rater: it would tell the coach that they had not.
 */
export function deliveryOfTag(secret: string, tag: BounceTag, tokenNonce: string): 'invitation' | 'reminder' | null {
  if (timingSafeEqual(tag.deliveryMark, deliveryMarkOf(secret, tokenNonce))) return 'invitation';
  if (timingSafeEqual(tag.deliveryMark, deliveryMarkOf(secret, tokenNonce, true))) return 'reminder';
  return null;
}
