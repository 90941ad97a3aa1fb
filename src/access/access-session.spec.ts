import { randomToken } from '../common/tokens';
import { accessPath, cookieValue, csrfToken, isValidCsrf } from './access-session';

describe('access sessions', () => {
  it('scopes each role to its own path per engagement', () => {
    expect(accessPath('leader', 'e-1')).toBe('/leader/e-1');
    expect(accessPath('sponsor', 'e-1')).toBe('/sponsor/e-1');
  });

  it('accepts the form token of its own session only', () => {
    const token = randomToken();
    expect(isValidCsrf(token, csrfToken(token))).toBe(true);
    expect(isValidCsrf(token, csrfToken(randomToken()))).toBe(false);
    expect(isValidCsrf(token, undefined)).toBe(false);
    expect(isValidCsrf(token, ['x'])).toBe(false);
    expect(csrfToken(token)).not.toContain(token);
  });

  it('reads one cookie out of a header, and nothing out of a malformed one', () => {
    expect(cookieValue('a=1; f360a=abc; b=2', 'f360a')).toBe('abc');
    expect(cookieValue('f360r_x=abc', 'f360a')).toBeNull();
    expect(cookieValue(undefined, 'f360a')).toBeNull();
    expect(cookieValue('f360a=%E0%A4%A', 'f360a')).toBeNull();
  });
});
