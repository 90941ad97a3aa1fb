import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';

export interface SealedDraft {
  iv: Buffer;
  ciphertext: Buffer;
  authTag: Buffer;
}

/** Where a token's draft lives: a hash distinct from the invitation's token hash. */
export function draftIdForToken(token: string): string {
  return createHash('sha256').update(`draft\u0000${token}`).digest('hex');
}

function draftKey(token: string, campaignId: string): Buffer {
  return Buffer.from(hkdfSync('sha256', token, campaignId, 'feedback360 draft v1', 32));
}

/** AES-256-GCM under a key only the token's holder can derive. */
export function sealDraft(token: string, campaignId: string, content: unknown): SealedDraft {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', draftKey(token, campaignId), iv);
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(content), 'utf8'), cipher.final()]);
  return { iv, ciphertext, authTag: cipher.getAuthTag() };
}

/** Null when the draft cannot be opened with this token (tampered, or another token's). */
export function openDraft(token: string, campaignId: string, sealed: SealedDraft): unknown {
  try {
    const decipher = createDecipheriv('aes-256-gcm', draftKey(token, campaignId), sealed.iv);
    decipher.setAuthTag(sealed.authTag);
    const plain = Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]);
    return JSON.parse(plain.toString('utf8')) as unknown;
  } catch {
    return null;
  }
}
