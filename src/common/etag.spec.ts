import { noneMatchHits, strongEtag } from './etag';

describe('strongEtag and noneMatchHits', () => {
  it('tags equal bytes alike and any change differently', () => {
    expect(strongEtag('{"a":1}')).toBe(strongEtag('{"a":1}'));
    expect(strongEtag('{"a":1}')).not.toBe(strongEtag('{"a":2}'));
    expect(strongEtag('{"a":1}')).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
  });

  it('hits on the tag itself, in a list, weakly prefixed, or *, and on nothing else', () => {
    const etag = strongEtag('body');
    expect(noneMatchHits(etag, etag)).toBe(true);
    expect(noneMatchHits(`"other", ${etag}`, etag)).toBe(true);
    expect(noneMatchHits(`W/${etag}`, etag)).toBe(true);
    expect(noneMatchHits('*', etag)).toBe(true);
    expect(noneMatchHits(undefined, etag)).toBe(false);
    expect(noneMatchHits('', etag)).toBe(false);
    expect(noneMatchHits(strongEtag('other body'), etag)).toBe(false);
    expect(noneMatchHits(etag.slice(1, -1), etag)).toBe(false);
  });
});
