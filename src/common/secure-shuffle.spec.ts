import { secureShuffle } from './secure-shuffle';

describe('secureShuffle', () => {
  it('returns the same items in another array and leaves the input alone', () => {
    const input = [1, 2, 3, 4, 5, 6, 7, 8];
    const shuffled = secureShuffle(input);
    expect(shuffled).not.toBe(input);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(input);
    expect(input).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(secureShuffle([])).toEqual([]);
    expect(secureShuffle(['only'])).toEqual(['only']);
  });

  it('is Fisher-Yates: each draw picks among the positions not yet fixed', () => {
    const bounds: number[] = [];
    // Always drawing 0 moves each last element to the front in turn.
    expect(secureShuffle(['a', 'b', 'c', 'd'], (bound) => (bounds.push(bound), 0))).toEqual(['b', 'c', 'd', 'a']);
    expect(bounds).toEqual([4, 3, 2]);
  });

  it('puts every item in every position about equally often', () => {
    const runs = 24_000;
    const counts = Array.from({ length: 4 }, () => [0, 0, 0, 0]);
    for (let run = 0; run < runs; run += 1) secureShuffle([0, 1, 2, 3]).forEach((item, position) => (counts[item][position] += 1));
    // Expected 6,000 each; the binomial sd is about 67, so 600 off would be a broken shuffle.
    for (const row of counts) for (const count of row) expect(Math.abs(count - runs / 4)).toBeLessThan(600);
  });
});
