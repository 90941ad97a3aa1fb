import { parseCookies } from './cookies';

describe('parseCookies', () => {
  it('reads each cookie by name, decoding its value', () => {
    expect(parseCookies('a=1; f360_coach=abc%2Ddef;b = x=y')).toEqual({ a: '1', f360_coach: 'abc-def', b: 'x=y' });
  });

  it('skips what is not a cookie and values that do not decode', () => {
    expect(parseCookies(undefined)).toEqual({});
    expect(parseCookies('novalue; =bare; bad=%E0%A4%A; ok=1')).toEqual({ ok: '1' });
  });
});
