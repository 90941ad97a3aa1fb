import fc from 'fast-check';
import { areKeptReadings, keptReading, readingOf, readingsKey } from './kept-readings';
import { analyseText } from './text-pipeline';

describe('kept readings', () => {
  it('give back what the text pipeline read, word for word, for any text', () => {
    const texts = ["Doesn't really listen, and interrupts.", "The team's work is Mary's. 😀 Great!", 'Très bien — cross-functional', ''];
    for (const text of texts) expect(readingOf(keptReading(analyseText(text)))).toEqual(analyseText(text));
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        expect(readingOf(JSON.parse(JSON.stringify(keptReading(analyseText(text)))))).toEqual(analyseText(text));
      }),
      { numRuns: 200 },
    );
  });

  it('are kept under a name of the texts in their order', () => {
    expect(readingsKey(['a', 'b'])).toBe(readingsKey(['a', 'b']));
    expect(readingsKey(['a', 'b'])).not.toBe(readingsKey(['b', 'a']));
    expect(readingsKey(['a b'])).not.toBe(readingsKey(['a', 'b']));
  });

  it('are recognised only whole and of their shape', () => {
    const kept = ['Listens well.', 'Rarely delegates.'].map((text) => keptReading(analyseText(text)));
    expect(areKeptReadings(JSON.parse(JSON.stringify(kept)), 2)).toBe(true);
    expect(areKeptReadings(kept, 3)).toBe(false);
    expect(areKeptReadings([kept[0], [0, [[0, [['listens', 'listens', 'listen', 'listen', 'VERB']]]]]], 2)).toBe(false);
    expect(areKeptReadings({ length: 2 }, 2)).toBe(false);
  });
});
