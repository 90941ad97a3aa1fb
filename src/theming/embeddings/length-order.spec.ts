import fc from 'fast-check';
import { inLengthOrder } from './length-order';

const vectorOf = (text: string): Float32Array => Float32Array.from([text.length, text.charCodeAt(0) || 0]);

describe('inLengthOrder', () => {
  it('computes shortest first and gives each item its own vector, in the order given', async () => {
    const seen: string[][] = [];
    const vectors = await inLengthOrder(
      ['a long one', 'hi', 'middle'],
      (text) => text.length,
      async (ordered) => {
        seen.push(ordered);
        return ordered.map(vectorOf);
      },
    );
    expect(seen).toEqual([['hi', 'middle', 'a long one']]);
    expect(vectors).toEqual([vectorOf('a long one'), vectorOf('hi'), vectorOf('middle')]);
  });

  it('answers as if computed in the order given, for any texts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string()), async (texts) => {
        const vectors = await inLengthOrder(
          texts,
          (text) => text.length,
          (ordered) => Promise.resolve(ordered.map(vectorOf)),
        );
        expect(vectors).toEqual(texts.map(vectorOf));
      }),
    );
  });
});
