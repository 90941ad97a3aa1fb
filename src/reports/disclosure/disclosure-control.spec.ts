import type { CellAggregate } from '../../aggregation/aggregate.types';
import { addCells, cellFromRatings, emptyCell } from '../../aggregation/cell-statistics';
import { type DisclosureBucket, type DisclosureInput, type ScopeCells, decideDisclosure } from './disclosure-control';

/**
 * A tiny campaign: raters in buckets ('hidden' for the remainder shown nowhere), rating items
 * a and b (theme t) and c (a change item, in no theme). The expected leaks below are computed
 * from these raw ratings, to show what each rule prevents.
 */
type Rater = { bucket: string; a: number | null; b: number | null; c?: number | null; interview?: boolean };

function campaign(buckets: DisclosureBucket[], raters: Rater[], hiddenThreshold = 3): DisclosureInput {
  const values = (rater: Rater, ids: ('a' | 'b' | 'c')[]): number[] => ids.map((id) => rater[id] ?? null).filter((value): value is number => value !== null);
  const cellOf = (members: Rater[], ids: ('a' | 'b' | 'c')[]): CellAggregate =>
    members
      .map((rater) => {
        const cell = cellFromRatings(values(rater, ids));
        return rater.interview && cell.raters > 0 ? { ...cell, interviews: 1 } : cell;
      })
      .reduce(addCells, emptyCell());
  const scope = (ids: ('a' | 'b' | 'c')[]): ScopeCells => ({
    buckets: Object.fromEntries(
      buckets.map((bucket) => [
        bucket.id,
        cellOf(
          raters.filter((rater) => rater.bucket === bucket.id),
          ids,
        ),
      ]),
    ),
    hidden: cellOf(
      raters.filter((rater) => rater.bucket === 'hidden'),
      ids,
    ),
    others: cellOf(raters, ids),
  });
  return {
    buckets,
    hiddenThreshold,
    items: (['a', 'b', 'c'] as const).map((id) => ({ id, cells: scope([id]) })),
    themes: [{ id: 't', itemIds: ['a', 'b'], cells: scope(['a', 'b']) }],
  };
}

const anonymous = (id: string, threshold = 3): DisclosureBucket => ({ id, anonymous: true, threshold });
const boss: DisclosureBucket = { id: 'boss', anonymous: false, threshold: 1 };
const raters = (bucket: string, ratings: [number | null, number | null, (number | null)?][]): Rater[] =>
  ratings.map(([a, b, c]) => ({ bucket, a, b, c: c ?? null }));
const sumOf = (members: Rater[], id: 'a' | 'b'): number => members.reduce((total, rater) => total + (rater[id] ?? 0), 0);

describe('decideDisclosure', () => {
  it('shows every figure when every cell meets its threshold', () => {
    const input = campaign(
      [boss, anonymous('peer'), anonymous('dr')],
      [
        ...raters('boss', [[4, 4]]),
        ...raters('peer', [
          [3, 3],
          [4, 2],
          [5, 5],
        ]),
        ...raters('dr', [
          [2, 2],
          [3, 3],
          [4, 4],
          [5, 5],
        ]),
      ],
    );
    const decision = decideDisclosure(input);
    expect(decision.items.a).toEqual({ buckets: { boss: 'shown', peer: 'shown', dr: 'shown' }, hidden: 'empty', others: 'shown' });
    expect(decision.themes.t).toEqual({ buckets: { boss: 'shown', peer: 'shown', dr: 'shown' }, hidden: 'empty', others: 'shown' });
  });

  it('suppresses a bucket item rated by fewer than its threshold ("not observed" reduces n)', () => {
    const input = campaign(
      [anonymous('peer'), anonymous('dr')],
      [
        ...raters('peer', [
          [3, 3],
          [4, null],
          [null, 5],
        ]),
        ...raters('dr', [
          [2, 2],
          [3, 3],
          [4, 4],
        ]),
      ],
    );
    const decision = decideDisclosure(input);
    expect(decision.items.b.buckets.peer).toBe('suppressed');
    expect(decision.items.a.buckets.peer).toBe('suppressed');
  });

  it('suppresses a bucket theme when one of its items is suppressed, as theme minus the other items would give it', () => {
    // Peers: three raters, so the theme has n = 3, but only two of them rated a.
    const peers = raters('peer', [
      [2, 5],
      [3, 4],
      [null, 4],
    ]);
    const input = campaign(
      [boss, anonymous('peer'), anonymous('dr')],
      [
        ...raters('boss', [[4, 4]]),
        ...peers,
        ...raters('dr', [
          [2, 2],
          [3, 3],
          [4, 4],
          [5, 5],
        ]),
      ],
    );
    const themeSum = sumOf(peers, 'a') + sumOf(peers, 'b');
    expect(themeSum - sumOf(peers, 'b')).toBe(2 + 3); // the two raters of a, exactly
    const decision = decideDisclosure(input);
    expect(input.themes[0].cells.buckets.peer?.raters).toBe(3);
    expect(decision.items.a.buckets.peer).toBe('suppressed');
    expect(decision.items.b.buckets.peer).toBe('shown');
    expect(decision.themes.t.buckets.peer).toBe('suppressed');
  });

  it('suppresses the smallest shown bucket beside a suppressed one, so that "others" minus shown buckets is not the small one', () => {
    const peers = raters('peer', [
      [1, 3],
      [2, 3],
      [null, 3],
    ]);
    const reports = raters('dr', [
      [4, 4],
      [5, 4],
      [4, 4],
      [5, 4],
    ]);
    const big = raters('other', [
      [3, 3],
      [3, 3],
      [3, 3],
      [3, 3],
      [3, 3],
    ]);
    const bossRaters = raters('boss', [[5, 5]]);
    const input = campaign([boss, anonymous('peer'), anonymous('dr'), anonymous('other')], [...bossRaters, ...peers, ...reports, ...big]);
    // Without it: others(a) - boss(a) - dr(a) - other(a) = the two peers' ratings of a.
    const all = [...bossRaters, ...peers, ...reports, ...big];
    expect(sumOf(all, 'a') - sumOf(bossRaters, 'a') - sumOf(reports, 'a') - sumOf(big, 'a')).toBe(1 + 2);
    const decision = decideDisclosure(input);
    expect(decision.items.a).toEqual({ buckets: { boss: 'shown', peer: 'suppressed', dr: 'suppressed', other: 'shown' }, hidden: 'empty', others: 'shown' });
    // The sacrificed bucket loses its theme figure too (theme minus its b would give its a).
    expect(decision.themes.t.buckets).toEqual({ boss: 'shown', peer: 'suppressed', dr: 'suppressed', other: 'shown' });
    expect(decision.themes.t.others).toBe('shown');
    expect(decision.items.b.buckets).toEqual({ boss: 'shown', peer: 'shown', dr: 'shown', other: 'shown' });
  });

  it('suppresses "others" for an item when no shown bucket is left to hide beside the small one', () => {
    const peers = raters('peer', [
      [1, 3],
      [2, 3],
      [null, 3],
    ]);
    const bossRaters = raters('boss', [[5, 5]]);
    const input = campaign([boss, anonymous('peer')], [...bossRaters, ...peers]);
    // others(a) - boss(a) = the two peers' ratings of a.
    expect(sumOf([...bossRaters, ...peers], 'a') - sumOf(bossRaters, 'a')).toBe(3);
    const decision = decideDisclosure(input);
    expect(decision.items.a).toEqual({ buckets: { boss: 'shown', peer: 'suppressed' }, hidden: 'empty', others: 'suppressed' });
    expect(decision.items.b.others).toBe('shown');
    // others(t) - others(b) would give others(a): the theme goes too.
    expect(decision.themes.t.others).toBe('suppressed');
  });

  it('uses the largest threshold among the suppressed cells of a column', () => {
    // Peers (threshold 3) 1 rater of a, direct reports (threshold 5) 3 raters of a: 4 together is
    // enough for peers but not for direct reports, so a further bucket is hidden beside them.
    const input = campaign(
      [anonymous('peer', 3), anonymous('dr', 5), anonymous('other', 3)],
      [
        ...raters('peer', [
          [3, 3],
          [null, 3],
          [null, 3],
        ]),
        ...raters('dr', [
          [2, 2],
          [3, 3],
          [4, 4],
          [null, 4],
          [null, 4],
        ]),
        ...raters('other', [
          [5, 5],
          [5, 5],
          [5, 5],
          [5, 5],
          [5, 5],
          [5, 5],
        ]),
      ],
    );
    const decision = decideDisclosure(input);
    expect(decision.items.a.buckets).toEqual({ peer: 'suppressed', dr: 'suppressed', other: 'suppressed' });
    expect(decision.items.a.others).toBe('shown');
  });

  it('hides as many of the smallest shown buckets as it takes, and no more', () => {
    const input = campaign(
      [anonymous('p', 5), anonymous('q', 2), anonymous('r', 2), anonymous('s', 2)],
      [
        ...raters('p', [
          [1, 1],
          [null, 1],
          [null, 1],
          [null, 1],
          [null, 1],
        ]),
        ...raters('q', [
          [2, 2],
          [2, 2],
        ]),
        ...raters('r', [
          [3, 3],
          [3, 3],
        ]),
        ...raters(
          's',
          Array.from({ length: 9 }, (): [number, number] => [4, 4]),
        ),
      ],
    );
    expect(decideDisclosure(input).items.a).toEqual({
      buckets: { p: 'suppressed', q: 'suppressed', r: 'suppressed', s: 'shown' },
      hidden: 'empty',
      others: 'shown',
    });
  });

  it('never shows the hidden remainder, nor "others" where it would be the remainder plus known figures', () => {
    const hidden = raters('hidden', [
      [2, null],
      [3, null],
    ]);
    const input = campaign([boss], [...raters('boss', [[4, 4]]), ...hidden], 3);
    const decision = decideDisclosure(input);
    expect(decision.items.a).toEqual({ buckets: { boss: 'shown' }, hidden: 'suppressed', others: 'suppressed' });
    // Nobody hidden rated b: "others" for b is the boss alone, which is identified anyway.
    expect(decision.items.b).toEqual({ buckets: { boss: 'shown' }, hidden: 'empty', others: 'shown' });
    expect(decision.themes.t).toEqual({ buckets: { boss: 'shown' }, hidden: 'suppressed', others: 'suppressed' });
  });

  it('treats a hidden remainder as below threshold even when told a lower one', () => {
    const input = campaign(
      [],
      raters('hidden', [
        [2, 2],
        [3, 3],
      ]),
      0,
    );
    expect(decideDisclosure(input).items.a.others).toBe('suppressed');
  });

  it('shows identified cells from one rater, and never sacrifices them to protect others', () => {
    const input = campaign(
      [boss, anonymous('peer')],
      [
        ...raters('boss', [[4, 4]]),
        ...raters('peer', [
          [3, 3],
          [null, 3],
          [null, 3],
        ]),
      ],
    );
    const decision = decideDisclosure(input);
    expect(decision.items.a.buckets.boss).toBe('shown');
    expect(decision.themes.t.buckets.boss).toBe('shown');
    expect(decision.items.a.others).toBe('suppressed');
  });

  it('leaves cells nobody rated empty: they reveal nothing and block nothing', () => {
    const input = campaign(
      [anonymous('peer'), anonymous('dr')],
      [
        ...raters('peer', [
          [null, 3],
          [null, 3],
          [null, 3],
        ]),
        ...raters('dr', [
          [3, 3],
          [3, 3],
          [3, 3],
        ]),
      ],
    );
    const decision = decideDisclosure(input);
    expect([decision.items.a.buckets.peer, decision.themes.t.buckets.peer, decision.items.a.others, decision.themes.t.others]).toEqual([
      'empty',
      'shown',
      'shown',
      'shown',
    ]);
    expect(decision.items.c).toEqual({ buckets: { peer: 'empty', dr: 'empty' }, hidden: 'empty', others: 'empty' });
  });

  it('does not let a suppressed change item, which no theme pools, hide a theme', () => {
    const input = campaign(
      [anonymous('peer'), anonymous('dr')],
      [
        ...raters('peer', [
          [3, 3, 1],
          [3, 3, null],
          [3, 3, null],
        ]),
        ...raters('dr', [
          [3, 3, 2],
          [3, 3, 2],
          [3, 3, 2],
        ]),
      ],
    );
    const decision = decideDisclosure(input);
    expect(decision.items.c.buckets).toEqual({ peer: 'suppressed', dr: 'suppressed' });
    expect(decision.items.c.others).toBe('shown');
    expect(decision.themes.t.buckets).toEqual({ peer: 'shown', dr: 'shown' });
  });

  it('counts the interviews of a cell apart: rater answers must be none or enough, as the coach knows the interviews', () => {
    const interviews = (bucket: string, ratings: [number | null, number | null][]): Rater[] =>
      raters(bucket, ratings).map((rater) => ({ ...rater, interview: true }));
    // Peers: two raters rated a, not b; three interviews rated b, two of them a.
    const peers = [
      ...raters('peer', [
        [1, null],
        [2, null],
      ]),
      ...interviews('peer', [
        [5, 4],
        [5, 4],
        [null, 4],
      ]),
    ];
    const others = raters('other', [
      [3, 3],
      [3, 3],
      [4, 3],
      [4, 3],
    ]);
    const decision = decideDisclosure(campaign([anonymous('peer'), anonymous('other')], [...peers, ...others]));
    // a: four peer answers, but the coach taking out the two interviews would read the two peers;
    // the smallest shown bucket goes too, or others minus it would give them.
    expect(decision.items.a).toEqual({ buckets: { peer: 'suppressed', other: 'suppressed' }, hidden: 'empty', others: 'shown' });
    // b: three interviews alone: readers see three answers, the coach learns nothing new.
    expect(decision.items.b).toEqual({ buckets: { peer: 'shown', other: 'shown' }, hidden: 'empty', others: 'shown' });
    expect(decision.themes.t.buckets).toEqual({ peer: 'suppressed', other: 'suppressed' });
  });

  it('refuses a theme pooling an item it was given no cells for, rather than guessing it safe', () => {
    const input = campaign(
      [anonymous('peer')],
      raters('peer', [
        [3, 3],
        [3, 3],
        [3, 3],
      ]),
    );
    expect(() => decideDisclosure({ ...input, themes: [{ ...input.themes[0], itemIds: ['a', 'z'] }] })).toThrow(/z/);
  });
});
