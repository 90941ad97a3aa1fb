import { dot } from '../classifier/semantic-neighbours';
import { SentenceEncoderService } from './sentence-encoder';
import { loadSentenceEncoderInThreads } from './threaded-sentence-encoder';
import { loadSentenceEncoder } from './tfjs-sentence-encoder';

const service = new SentenceEncoderService(loadSentenceEncoder);
const sentenceEncoder = () => service.encoder();

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
    const reports: number[] = [];
    const batch = await encoder.embed(['', ...texts], (embedded, total) => reports.push(total === 71 ? embedded : -1));
    const [alone] = await encoder.embed([texts[69]]);
    expect(batch).toHaveLength(71);
    // Batch by batch, up to all of them.
    expect(reports.length).toBeGreaterThan(1);
    expect(reports).toEqual([...reports].sort((a, b) => a - b));
    expect(reports.at(-1)).toBe(71);
    expect(batch[0]).toHaveLength(512);
    for (const vector of batch) expect(dot(vector, vector)).toBeCloseTo(1, 4);
    expect(dot(alone, batch[70])).toBeCloseTo(1, 4);
  });

  it('gives the same vectors from its worker threads as in this thread, and stops them when closed', async () => {
    const texts = Array.from({ length: 40 }, (_, index) => `Comment ${index}: ${index % 2 ? 'listens well' : 'misses deadlines'}.`);
    const here = await (await sentenceEncoder()).embed(texts);
    const threads = new SentenceEncoderService(() => loadSentenceEncoderInThreads(2));
    try {
      const reports: number[] = [];
      const there = await (await threads.encoder()).embed(texts, (embedded, total) => reports.push(total === texts.length ? embedded : -1));
      expect(there).toHaveLength(texts.length);
      // Two parts (32 texts a task) on two threads, counted as each comes back, whichever first.
      expect(reports).toHaveLength(2);
      expect([8, 32]).toContain(reports[0]);
      expect(reports[1]).toBe(40);
      for (const [index, vector] of there.entries()) expect(dot(vector, here[index])).toBeCloseTo(1, 4);
    } finally {
      await threads.onApplicationShutdown();
    }
    await expect(threads.embedTexts(['again'])).resolves.toHaveProperty('size', 1);
    await threads.onApplicationShutdown();
  });

  it('is loaded once by its service, and loaded again after a failed load', async () => {
    expect(await sentenceEncoder()).toBe(await sentenceEncoder());
    const loads: string[] = [];
    const flaky = new SentenceEncoderService(async () => {
      loads.push('load');
      if (loads.length === 1) throw new Error('no WebAssembly');
      return { id: 'fake', dimensions: 1, embed: async (texts) => texts.map(() => Float32Array.from([1])) };
    });
    await expect(flaky.encoder()).rejects.toThrow('no WebAssembly');
    const encoder = await flaky.encoder();
    expect(await flaky.encoder()).toBe(encoder);
    expect(loads).toEqual(['load', 'load']);
  });

  it('embeds each distinct text once, by text', async () => {
    const asked: string[][] = [];
    const counting = new SentenceEncoderService(async () => ({
      id: 'counting',
      dimensions: 1,
      embed: async (texts) => (asked.push([...texts]), texts.map((text) => Float32Array.from([text.length]))),
    }));
    const vectors = await counting.embedTexts(['ab', 'abc', 'ab']);
    expect(asked).toEqual([['ab', 'abc']]);
    expect([...vectors.entries()].map(([text, vector]) => [text, vector[0]])).toEqual([
      ['ab', 2],
      ['abc', 3],
    ]);
    expect((await counting.embedTexts([])).size).toBe(0);
    expect(asked).toHaveLength(1);
  });
});
