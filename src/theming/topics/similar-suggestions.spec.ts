import { groupSimilarSuggestions } from './similar-suggestions';

const D = 'developing-others';
const DEC = 'decisions';
const COM = 'communication';
const entries = [
  { text: 'Delegating more to the team.', themeIds: [D] },
  { text: 'Listening to the end before answering.', themeIds: [COM] },
  { text: 'Delegate real decisions to us.', themeIds: [DEC, D] },
  { text: 'Walking the shop floor.', themeIds: [] },
  { text: 'More delegation, less doing it yourself.', themeIds: [D] },
  { text: 'Listen more in meetings.', themeIds: [COM] },
  { text: 'Holding career conversations with each of us.', themeIds: [D] },
  { text: 'Talking about our careers.', themeIds: [D] },
  { text: 'Visiting the sites more often.', themeIds: [] },
];

describe('groupSimilarSuggestions', () => {
  const groups = groupSimilarSuggestions(entries, { themeOrder: [COM, DEC, D] });

  it('groups suggestions by theme, in the order given, with the ones of no theme last', () => {
    expect(groups.map((group) => group.themeId)).toEqual([COM, D, null]);
  });

  it('clusters suggestions that say something alike, with how many said it, largest first', () => {
    expect(groups[1].clusters).toEqual([
      { texts: ['Delegating more to the team.', 'Delegate real decisions to us.', 'More delegation, less doing it yourself.'], count: 3 },
      { texts: ['Holding career conversations with each of us.', 'Talking about our careers.'], count: 2 },
    ]);
    expect(groups[0].clusters).toEqual([{ texts: ['Listening to the end before answering.', 'Listen more in meetings.'], count: 2 }]);
  });

  it('places every suggestion exactly once, a suggestion of two themes beside those it is like', () => {
    const placed = groups.flatMap((group) => group.clusters.flatMap((cluster) => cluster.texts));
    expect([...placed].sort()).toEqual(entries.map((entry) => entry.text).sort());
    expect(groups.reduce((sum, group) => sum + group.clusters.reduce((inner, cluster) => inner + cluster.count, 0), 0)).toBe(entries.length);
    expect(groups.find((group) => group.themeId === DEC)).toBeUndefined();
  });

  it('keeps suggestions with nothing in common apart', () => {
    expect(groups[2].clusters).toEqual([
      { texts: ['Walking the shop floor.'], count: 1 },
      { texts: ['Visiting the sites more often.'], count: 1 },
    ]);
  });

  it('is deterministic, and orders themes by first appearance when no order is given', () => {
    expect(groupSimilarSuggestions(entries, { themeOrder: [COM, DEC, D] })).toEqual(groups);
    expect(groupSimilarSuggestions(entries).map((group) => group.themeId)).toEqual([D, COM, null]);
    expect(groupSimilarSuggestions([])).toEqual([]);
  });
});
