import { Coalescer } from './coalescer';

describe('Coalescer', () => {
  it('answers the callers of the same moment with one round trip, each with its own key', async () => {
    const trips: string[][] = [];
    const coalescer = new Coalescer(async (keys: string[]) => {
      trips.push(keys);
      return keys.map((key) => key.toUpperCase());
    });
    expect(await Promise.all(['a', 'b', 'a', 'c'].map((key) => coalescer.get(key)))).toEqual(['A', 'B', 'A', 'C']);
    expect(trips).toEqual([['a', 'b', 'a', 'c']]);
  });

  it('gathers the keys asked for during a round trip into the next one, at most maxBatch a trip', async () => {
    const trips: number[][] = [];
    let release: () => void = () => undefined;
    const coalescer = new Coalescer(
      async (keys: number[]) => {
        trips.push(keys);
        if (trips.length === 1) await new Promise<void>((resolve) => (release = resolve));
        return keys.map((key) => key * 10);
      },
      { maxBatch: 2 },
    );
    const first = coalescer.get(1);
    await new Promise((resolve) => setImmediate(resolve));
    const later = [2, 3, 4].map((key) => coalescer.get(key));
    release();
    expect(await Promise.all([first, ...later])).toEqual([10, 20, 30, 40]);
    expect(trips).toEqual([[1], [2, 3], [4]]);
  });

  it('waits lingerMs for more callers before the first trip', async () => {
    const trips: string[][] = [];
    const coalescer = new Coalescer(
      async (keys: string[]) => {
        trips.push(keys);
        return keys;
      },
      { lingerMs: 30 },
    );
    const first = coalescer.get('a');
    await new Promise((resolve) => setImmediate(resolve));
    const second = coalescer.get('b');
    expect(await Promise.all([first, second])).toEqual(['a', 'b']);
    expect(trips).toEqual([['a', 'b']]);
  });

  it('rejects only the callers of a failed round trip, and serves the next callers afresh', async () => {
    let fail = true;
    const coalescer = new Coalescer(async (keys: string[]) => {
      if (fail) throw new Error('connection lost');
      return keys;
    });
    const failed = await Promise.allSettled([coalescer.get('a'), coalescer.get('b')]);
    expect(failed.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect(await coalescer.get('c')).toBe('c');
  });

  it('rejects every caller when the round trip answers a different number of keys than it was given', async () => {
    const coalescer = new Coalescer(async (keys: string[]) => keys.slice(1));
    await expect(Promise.all([coalescer.get('a'), coalescer.get('b')])).rejects.toThrow('answered 1 of 2 keys');
  });
});
