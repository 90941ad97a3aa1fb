import { loginPath, safeNextPath } from './safe-next-path';

describe('safeNextPath', () => {
  it('keeps a coach page path with its query', () => {
    expect(safeNextPath('/coach/campaigns/6f1c0d7e-0000-4000-8000-000000000000/report?version=2')).toBe(
      '/coach/campaigns/6f1c0d7e-0000-4000-8000-000000000000/report?version=2',
    );
    expect(safeNextPath('/coach')).toBe('/coach');
  });

  it.each([
    ['another site', 'https://evil.example/coach'],
    ['a protocol-relative address', '//evil.example/coach'],
    ['a backslash browsers read as a slash', '/\\evil.example/coach'],
    ['a tab browsers drop', '/\t/evil.example'],
    ['a script address', 'javascript:alert(1)'],
    ['a path leaving /coach', '/coach/../api/campaigns'],
    ['an encoded way out', '/coach/%2e%2e/api'],
    ['an encoded slash', '/coach%2f..%2fapi'],
    ['the JSON API', '/api/campaigns'],
    ['a look-alike prefix', '/coaches'],
    ['the sign-in page itself', '/coach/login?next=/coach'],
    ['a relative path', 'coach/x'],
    ['not text', ['/coach']],
    ['nothing', undefined],
    ['far too long', `/coach/${'a'.repeat(2001)}`],
  ])('refuses %s', (_what, next) => {
    expect(safeNextPath(next)).toBeNull();
  });
});

describe('loginPath', () => {
  it('remembers a safe page to come back to, and nothing else', () => {
    expect(loginPath('/coach/campaigns/x/report?version=2')).toBe('/coach/login?next=%2Fcoach%2Fcampaigns%2Fx%2Freport%3Fversion%3D2');
    expect(loginPath('//evil.example')).toBe('/coach/login');
    expect(loginPath('/coach')).toBe('/coach/login');
    expect(loginPath(null)).toBe('/coach/login');
  });
});
