import { deriveAccessToken, deriveRaterToken, hashToken, randomToken } from './tokens';

describe('tokens', () => {
  it('random tokens carry 256 bits, are URL-safe and never repeat', () => {
    const tokens = Array.from({ length: 2000 }, randomToken);
    expect(new Set(tokens).size).toBe(tokens.length);
    for (const token of tokens.slice(0, 50)) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    }
  });

  it('derives the same rater token from the same secret and nonce, and a different one otherwise', () => {
    const nonce = randomToken();
    const secret = 's'.repeat(40);
    const token = deriveRaterToken(secret, nonce);
    expect(deriveRaterToken(secret, nonce)).toBe(token);
    expect(deriveRaterToken('t'.repeat(40), nonce)).not.toBe(token);
    expect(deriveRaterToken(secret, randomToken())).not.toBe(token);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('derives sign-in tokens apart from rater tokens: the same nonce never opens both', () => {
    const nonce = randomToken();
    const secret = 's'.repeat(40);
    expect(deriveAccessToken(secret, nonce)).toBe(deriveAccessToken(secret, nonce));
    expect(deriveAccessToken(secret, nonce)).not.toBe(deriveRaterToken(secret, nonce));
  });

  it('stores tokens as a SHA-256 hex digest that does not contain the token', () => {
    const token = randomToken();
    const hash = hashToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(hashToken(token));
    expect(hash).not.toContain(token);
    // Known vector, so a silent change of algorithm breaks every stored link loudly here.
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('hashes anything a visitor sends to the same 64 hex digits', () => {
    for (const value of ['short', `${'a'.repeat(42)}=`, '../../etc/passwd', "'; DROP TABLE invitations; --", 'x'.repeat(10_000)])
      expect(hashToken(value)).toMatch(/^[0-9a-f]{64}$/);
  });
});
