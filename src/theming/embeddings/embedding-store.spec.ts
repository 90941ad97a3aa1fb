import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_EMBEDDING_CACHE, EmbeddingStore } from './embedding-store';
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

describe('EmbeddingStore', () => {
  it('keeps its files under the installed packages by default, beside the other caches of node_modules', () => {
    // The tests run from the project's root, as the app and the CLI do.
    expect(DEFAULT_EMBEDDING_CACHE).toBe(join(process.cwd(), 'node_modules', '.cache', 'feedback360', 'embeddings'));
  });

  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'embeddings-'));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('computes a set of sentences once, and keeps it on disk for the next process', async () => {
    const encoder = countingEncoder();
    const texts = [`first ${directory}`, 'second one'];
    const store = new EmbeddingStore(directory);
    const vectors = await store.embeddingsOf(texts, encoder);
    expect(await store.embeddingsOf(texts, encoder)).toBe(vectors);
    expect(encoder.asked).toEqual(texts);
    expect(readdirSync(directory)).toHaveLength(1);
    // A new store has an empty memory, as a new process would.
    const other = countingEncoder();
    const read = await new EmbeddingStore(directory).embeddingsOf(texts, other);
    expect(read.map((vector) => Array.from(vector))).toEqual(vectors.map((vector) => Array.from(vector)));
    expect(other.asked).toEqual([]);
  });

  it('treats another list, the same texts in another order, or another encoder, as another set', async () => {
    const encoder = countingEncoder();
    const store = new EmbeddingStore(directory);
    await store.embeddingsOf([`a ${directory}`, 'b'], encoder);
    await store.embeddingsOf(['b', `a ${directory}`], encoder);
    expect(encoder.asked).toHaveLength(4);
    const another = { ...countingEncoder(), id: 'another model' };
    await store.embeddingsOf([`a ${directory}`, 'b'], another);
    expect(another.asked).toHaveLength(2);
  });

  it('computes again, and replaces, a stored file of the wrong size or holding what is not a number', async () => {
    const texts = [`first ${directory}`, 'second'];
    await new EmbeddingStore(directory).embeddingsOf(texts, countingEncoder());
    const [file] = readdirSync(directory);
    for (const damaged of [Buffer.alloc(0), Buffer.alloc(2 * 2 * 4), Buffer.from(new Float32Array([1, 2, NaN, 4, 5, 6]).buffer)]) {
      writeFileSync(join(directory, file), damaged);
      const encoder = countingEncoder();
      const vectors = await new EmbeddingStore(directory).embeddingsOf(texts, encoder);
      expect(encoder.asked).toEqual(texts);
      expect(vectors.map((vector) => vector.length)).toEqual([3, 3]);
      expect(readFileSync(join(directory, file)).byteLength).toBe(2 * 3 * 4);
    }
  });

  it('still answers when the directory cannot be written', async () => {
    const encoder = countingEncoder();
    // Below a regular file, no directory can be made.
    const file = join(directory, 'a-file');
    writeFileSync(file, '');
    const vectors = await new EmbeddingStore(join(file, 'embeddings')).embeddingsOf([`x ${directory}`], encoder);
    expect(vectors).toHaveLength(1);
    expect(encoder.asked).toHaveLength(1);
    expect(readdirSync(directory)).toEqual(['a-file']);
  });

  it('prepares a set on disk for other processes, telling how far it got, and computes nothing already there', async () => {
    const texts = [`first ${directory}`, 'second', 'third'];
    const encoder = countingEncoder();
    const reports: [number, number][] = [];
    const reporting: SentenceEncoder = {
      ...encoder,
      embed: async (asked, progress) => {
        const vectors = await encoder.embed(asked);
        progress?.(vectors.length, asked.length);
        return vectors;
      },
    };
    await new EmbeddingStore(directory).keepOnDisk(texts, reporting, (embedded, total) => reports.push([embedded, total]));
    expect(reports).toEqual([[3, 3]]);
    expect(readdirSync(directory)).toHaveLength(1);
    await new EmbeddingStore(directory).keepOnDisk(texts, reporting);
    expect(encoder.asked).toEqual(texts);
    // What another process reads from the file is what was computed.
    const other = countingEncoder();
    const read = await new EmbeddingStore(directory).embeddingsOf(texts, other);
    expect(other.asked).toEqual([]);
    expect(read.map((vector) => Array.from(vector))).toEqual((await countingEncoder().embed(texts)).map((vector) => Array.from(vector)));
  });

  it('fits weights once, keeps them on disk for the next process, and fits again what is kept of the wrong size', () => {
    let fits = 0;
    const fit = (): Float64Array => {
      fits += 1;
      return Float64Array.from([0.5, -1.25, 3]);
    };
    const store = new EmbeddingStore(directory);
    expect(Array.from(store.fittedWeights('model-a', 3, fit))).toEqual([0.5, -1.25, 3]);
    expect(store.fittedWeights('model-a', 3, fit)).toBe(store.fittedWeights('model-a', 3, fit));
    expect(Array.from(new EmbeddingStore(directory).fittedWeights('model-a', 3, fit))).toEqual([0.5, -1.25, 3]);
    expect(fits).toBe(1);
    writeFileSync(join(directory, 'model-a.f64'), Buffer.alloc(5));
    expect(Array.from(new EmbeddingStore(directory).fittedWeights('model-a', 3, fit))).toEqual([0.5, -1.25, 3]);
    expect(fits).toBe(2);
    expect(readFileSync(join(directory, 'model-a.f64')).byteLength).toBe(3 * Float64Array.BYTES_PER_ELEMENT);
  });

  it('keeps what is computed as JSON for the next process, and computes again a file that is not whole or not of the shape asked', () => {
    let computed = 0;
    const compute = (): number[] => {
      computed += 1;
      return [1, 2, 3];
    };
    const isNumbers = (value: unknown): value is number[] => Array.isArray(value) && value.every((item) => typeof item === 'number');
    expect(new EmbeddingStore(directory).keptJson('readings-a', compute, isNumbers)).toEqual([1, 2, 3]);
    expect(new EmbeddingStore(directory).keptJson('readings-a', compute, isNumbers)).toEqual([1, 2, 3]);
    expect(computed).toBe(1);
    for (const damaged of ['[1, 2', '["one"]']) {
      writeFileSync(join(directory, 'readings-a.json'), damaged);
      expect(new EmbeddingStore(directory).keptJson('readings-a', compute, isNumbers)).toEqual([1, 2, 3]);
    }
    expect(computed).toBe(3);
    expect(JSON.parse(readFileSync(join(directory, 'readings-a.json'), 'utf8'))).toEqual([1, 2, 3]);
    expect(readdirSync(directory).filter((file) => file.endsWith('.partial'))).toEqual([]);
  });
});
