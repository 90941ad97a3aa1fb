import { dot } from '../classifier/semantic-neighbours';
import { sentenceEncoder } from './sentence-encoder';

describe('sentenceEncoder', () => {
  it('puts paraphrases closer together than sentences about other things', async () => {
    const encoder = await sentenceEncoder();
    const [interrupts, cutsOff, deadlines] = await encoder.embed([
      'He interrupts people before they have finished talking.',
      'Cuts colleagues off mid-sentence.',
      'The project missed every deadline this quarter.',
    ]);
    expect(dot(interrupts, cutsOff)).toBeGreaterThan(dot(interrupts, deadlines) + 0.1);
  });

  it('gives unit-length vectors, the same for a text alone as in a batch, and one for an empty text', async () => {
    const encoder = await sentenceEncoder();
    const texts = Array.from({ length: 70 }, (_, index) => `Comment number ${index} about the team.`);
    const batch = await encoder.embed(['', ...texts]);
    const [alone] = await encoder.embed([texts[69]]);
    expect(batch).toHaveLength(71);
    expect(batch[0]).toHaveLength(512);
    for (const vector of batch) expect(dot(vector, vector)).toBeCloseTo(1, 4);
    expect(dot(alone, batch[70])).toBeCloseTo(1, 4);
  });

  it('is loaded once per process', async () => {
    expect(await sentenceEncoder()).toBe(await sentenceEncoder());
  });
});
