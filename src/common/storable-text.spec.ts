import { findUnstorableText, MAX_BODY_DEPTH } from './storable-text';

const problem = 'contains a character that cannot be stored (a NUL or an unpaired surrogate)';

describe('findUnstorableText', () => {
  it('names the path of a NUL or an unpaired surrogate, anywhere in the body', () => {
    expect(findUnstorableText({ answers: { strengths: 'ok', ssc: { start: 'a\u0000b' } } })).toBe(`answers.ssc.start: ${problem}`);
    expect(findUnstorableText({ raters: [{ name: 'x' }, { name: 'Clear \ud800 thinker' }] })).toBe(`raters[1].name: ${problem}`);
    expect(findUnstorableText({ ['bad\u0000key']: 1 })).toBe(`bad\u0000key: ${problem}`);
    expect(findUnstorableText('\udc00')).toBe(`(body): ${problem}`);
  });

  it('accepts ordinary text, emoji and accents', () => {
    expect(findUnstorableText({ answers: { strengths: 'Très clair 👍 — «bien»', n: 4, x: null, list: [1, 'a'] } })).toBeNull();
  });

  it('refuses bodies nested beyond the limit without running out of stack', () => {
    const deep = JSON.parse(`${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`) as unknown;
    expect(findUnstorableText(deep)).toMatch(new RegExp(`nested too deeply \\(at most ${MAX_BODY_DEPTH} levels\\)$`));
    const fine = JSON.parse(`${'{"a":'.repeat(MAX_BODY_DEPTH)}1${'}'.repeat(MAX_BODY_DEPTH)}`) as unknown;
    expect(findUnstorableText(fine)).toBeNull();
  });
});
