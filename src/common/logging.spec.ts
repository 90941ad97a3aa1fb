import { maskTokens } from './logging';

describe('maskTokens', () => {
  const token = 'Qm3q2kq0p9Vv0c3yq1Pp4xC6f2vZ6b1l0mNnR8sT7uW';

  it('masks the token of rater pages and of the JSON API, keeping the rest of the path', () => {
    expect(maskTokens(`/r/${token}`)).toBe('/r/[token]');
    expect(maskTokens(`/api/responses/${token}/draft`)).toBe('/api/responses/[token]/draft');
    expect(maskTokens(`/api/responses/${token}?x=1`)).toBe('/api/responses/[token]?x=1');
    expect(maskTokens(`/a/${token}`)).toBe('/a/[token]');
    expect(maskTokens(`/coach/password/reset/${token}`)).toBe('/coach/password/reset/[token]');
    expect(maskTokens('/coach/password/reset')).toBe('/coach/password/reset');
  });

  it('leaves other URLs alone', () => {
    expect(maskTokens('/api/campaigns/123/report')).toBe('/api/campaigns/123/report');
    expect(maskTokens('/api/health')).toBe('/api/health');
    expect(maskTokens('/leader/6f1c0d7e-0000-4000-8000-000000000000/program')).toBe('/leader/6f1c0d7e-0000-4000-8000-000000000000/program');
  });
});
