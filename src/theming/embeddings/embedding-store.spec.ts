import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storedEmbeddings } from './embedding-store';
import type { SentenceEncoder } from './sentence-encoder';

/** An encoder that counts the texts it is asked for; the vectors only need to differ by text. */
function countingEncoder(): SentenceEncoder & { asked: string[] } {
  const asked: string[] = [];
  return {
    id: 'counting',
    dimensions: 3,
    asked,
    embed: async (texts) => {
      asked.push(...texts);
      return texts.map((text) => Float32Array.from([text.length, text.charCodeAt(0) || 0, 1]));
    },
  };
}

describe('storedEmbeddings', () => {
  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'embeddings-'));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('computes a set of sentences once per process, and keeps it on disk for the next', async () => {
    const encoder = countingEncoder();
    const texts = [`first ${directory}`, 'second one'];
    const vectors = await storedEmbeddings(texts, encoder, directory);
    expect(await storedEmbeddings(texts, encoder, directory)).toBe(vectors);
    expect(encoder.asked).toEqual(texts);
    expect(readdirSync(directory)).toHaveLength(1);
    await jest.isolateModulesAsync(async () => {
      // A fresh copy of the module has an empty memory, as a new process would.
      const fresh = jest.requireActual<typeof import('./embedding-store')>('./embedding-store');
      const other = countingEncoder();
      const read = await fresh.storedEmbeddings(texts, other, directory);
      expect(read.map((vector) => Array.from(vector))).toEqual(vectors.map((vector) => Array.from(vector)));
      expect(other.asked).toEqual([]);
    });
  });

  it('treats another list, the same texts in another order, or another encoder, as another set', async () => {
    const encoder = countingEncoder();
    await storedEmbeddings([`a ${directory}`, 'b'], encoder, directory);
    await storedEmbeddings(['b', `a ${directory}`], encoder, directory);
    expect(encoder.asked).toHaveLength(4);
    const another = { ...countingEncoder(), id: 'another model' };
    await storedEmbeddings([`a ${directory}`, 'b'], another, directory);
    expect(another.asked).toHaveLength(2);
  });

  it('computes again, and replaces, a stored file of the wrong size or holding what is not a number', async () => {
    const texts = [`first ${directory}`, 'second'];
    await storedEmbeddings(texts, countingEncoder(), directory);
    const [file] = readdirSync(directory);
    for (const damaged of [Buffer.alloc(0), Buffer.alloc(2 * 2 * 4), Buffer.from(new Float32Array([1, 2, NaN, 4, 5, 6]).buffer)]) {
      writeFileSync(join(directory, file), damaged);
      await jest.isolateModulesAsync(async () => {
        const fresh = jest.requireActual<typeof import('./embedding-store')>('./embedding-store');
        const encoder = countingEncoder();
        const vectors = await fresh.storedEmbeddings(texts, encoder, directory);
        expect(encoder.asked).toEqual(texts);
        expect(vectors.map((vector) => vector.length)).toEqual([3, 3]);
      });
      expect(readFileSync(join(directory, file)).byteLength).toBe(2 * 3 * 4);
    }
  });

  it('still answers when the directory cannot be written', async () => {
    const encoder = countingEncoder();
    // Below a regular file, no directory can be made.
    const file = join(directory, 'a-file');
    writeFileSync(file, '');
    const vectors = await storedEmbeddings([`x ${directory}`], encoder, join(file, 'embeddings'));
    expect(vectors).toHaveLength(1);
    expect(encoder.asked).toHaveLength(1);
    expect(readdirSync(directory)).toEqual(['a-file']);
  });
});
