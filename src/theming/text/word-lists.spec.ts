import lists from './english-word-lists.json';
import { checkedWordLists, WORDS } from './word-lists';

describe('the word lists theming reads text with', () => {
  it('are loaded from their data file, one list of each', () => {
    expect(WORDS.negators.has('never')).toBe(true);
    expect(WORDS.negatorPairs.has('instead of')).toBe(true);
    expect(WORDS.failingIdioms).toContain('take credit');
  });

  it('refuse a missing list, an unknown one, a word written twice or in capitals, naming each', () => {
    const broken = { ...lists, negators: ['not', 'Never', 'not'], colours: ['red'] } as Record<string, unknown>;
    delete broken.modals;
    expect(() => checkedWordLists(broken)).toThrow(
      [
        'Invalid english-word-lists.json:',
        '  colours: is not a word list theming reads',
        '  negators[1]: must be a lower-case word, or words one space apart',
        "  negators[2]: 'not' is listed twice",
        '  modals: must be a list of words',
      ].join('\n'),
    );
  });
});
