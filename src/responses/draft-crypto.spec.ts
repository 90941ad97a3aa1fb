import { randomUUID } from 'node:crypto';
import { hashToken, randomToken } from '../common/tokens';
import { draftIdForToken, openDraft, sealDraft } from './draft-crypto';

describe('draft encryption', () => {
  const campaignId = randomUUID();
  const answers = { answers: { 'communication.listens': 4, strengths: 'Calm under pressure, listens to the room' } };

  it('round-trips with the token that sealed it', () => {
    const token = randomToken();
    expect(openDraft(token, campaignId, sealDraft(token, campaignId, answers))).toEqual(answers);
  });

  it('keeps the content unreadable without the token', () => {
    const token = randomToken();
    const sealed = sealDraft(token, campaignId, answers);
    expect(sealed.ciphertext.toString('utf8')).not.toContain('listens');
    expect(openDraft(randomToken(), campaignId, sealed)).toBeNull();
    expect(openDraft(token, randomUUID(), sealed)).toBeNull();
    const tampered = { ...sealed, ciphertext: Buffer.from(sealed.ciphertext.map((byte, i) => (i === 0 ? byte ^ 1 : byte))) };
    expect(openDraft(token, campaignId, tampered)).toBeNull();
  });

  it('files a draft under an id that cannot be matched to the invitation token hash', () => {
    const token = randomToken();
    expect(draftIdForToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(draftIdForToken(token)).not.toBe(hashToken(token));
    expect(draftIdForToken(token)).toBe(draftIdForToken(token));
  });
});
