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
    // Log-odds of 0.9 are 2.2: a runner-up of 3 reaches the bar of 4, one of 1.5 stays below the minimum whatever the count.
    expect(chosenThemes(themes, [6, 3, 0, 0], counted, { twoThemes: 0.9 })).toEqual(['vision', 'communication']);
    expect(chosenThemes(themes, [6, 1.5, 0, 0], counted, { twoThemes: 0.999 })).toEqual(['vision']);
    // Log-odds of 0.1 are -2.2: a runner-up of 5, over the bar alone, is held back.
    expect(chosenThemes(themes, [6, 5, 0, 0], counted, { twoThemes: 0.1 })).toEqual(['vision']);
    // Even odds, no reading (no meaning), or a weight of 0 leave the scores alone.
    expect(chosenThemes(themes, [6, 5, 0, 0], counted, { twoThemes: 0.5 })).toEqual(['vision', 'communication']);
    expect(chosenThemes(themes, [6, 3, 0, 0], counted, { twoThemes: null })).toEqual(['vision']);
    expect(chosenThemes(themes, [6, 3, 0, 0], rule, { twoThemes: 0.9 })).toEqual(['vision']);
  });

  it('gives no more themes than the rule allows, however close', () => {
    const ties = { minScore: 2, shareOfBest: 1, secondScore: 0, countWeight: 0, unthemedBar: 0.5 };
    expect(chosenThemes(themes, [5, 5, 5, 5], { ...ties, mostThemes: 2 })).toEqual(['vision', 'communication']);
    expect(chosenThemes(themes, [5, 5, 5, 1], { ...ties, mostThemes: Number.POSITIVE_INFINITY })).toEqual(['vision', 'communication', 'decisions']);
  });
});
