import { chosenThemes } from './analyzer-weights';

const themes = ['vision', 'communication', 'decisions', 'composure'].map((id) => ({ id, title: id, keywords: [], items: [] }));

describe('chosenThemes', () => {
  const rule = { minScore: 2, shareOfBest: 0.5, secondScore: 4, countWeight: 0, mostThemes: 2, unthemedBar: 0.5 };

  it('gives none below the bar, and the best theme alone when the runner-up falls short of the bar for a second', () => {
    expect(chosenThemes(themes, [1.9, 1, 0, 0], rule)).toEqual([]);
    expect(chosenThemes(themes, [6, 3.5, 0, 0], rule)).toEqual(['vision']);
  });

  it('gives a second theme that reaches its own bar and is close enough to the best, in survey order', () => {
    expect(chosenThemes(themes, [4.5, 0, 0, 6], rule)).toEqual(['vision', 'composure']);
    expect(chosenThemes(themes, [4.5, 0, 0, 10], rule)).toEqual(['composure']);
  });

  it('gives none, whatever the scores, when the comment is likely enough to speak of no theme', () => {
    expect(chosenThemes(themes, [6, 5, 0, 0], rule, { unthemed: 0.49 })).toEqual(['vision', 'communication']);
    expect(chosenThemes(themes, [6, 5, 0, 0], rule, { unthemed: 0.5 })).toEqual([]);
  });

  it('lets how likely the comment is to speak of two themes lift a second theme to its bar, or hold it back', () => {
    const counted = { ...rule, countWeight: 1 };
    // Likelier than usual by 1.2 in log-odds: a runner-up of 3 reaches the bar of 4; one of 1.5 stays below the minimum, however likely.
    expect(chosenThemes(themes, [6, 3, 0, 0], counted, { twoThemesOdds: 1.2 })).toEqual(['vision', 'communication']);
    expect(chosenThemes(themes, [6, 1.5, 0, 0], counted, { twoThemesOdds: 8 })).toEqual(['vision']);
    // Less likely than usual by 2: a runner-up of 5, over the bar alone, is held back.
    expect(chosenThemes(themes, [6, 5, 0, 0], counted, { twoThemesOdds: -2 })).toEqual(['vision']);
    // As likely as usual, not read (no meaning, no two-theme examples), or a weight of 0: the scores alone decide.
    expect(chosenThemes(themes, [6, 5, 0, 0], counted, { twoThemesOdds: 0 })).toEqual(['vision', 'communication']);
    expect(chosenThemes(themes, [6, 3, 0, 0], counted, { twoThemesOdds: null })).toEqual(['vision']);
    expect(chosenThemes(themes, [6, 3, 0, 0], rule, { twoThemesOdds: 1.2 })).toEqual(['vision']);
  });

  it('gives no more themes than the rule allows, however close', () => {
    const ties = { minScore: 2, shareOfBest: 1, secondScore: 0, countWeight: 0, unthemedBar: 0.5 };
    expect(chosenThemes(themes, [5, 5, 5, 5], { ...ties, mostThemes: 2 })).toEqual(['vision', 'communication']);
    expect(chosenThemes(themes, [5, 5, 5, 1], { ...ties, mostThemes: Number.POSITIVE_INFINITY })).toEqual(['vision', 'communication', 'decisions']);
  });
});
