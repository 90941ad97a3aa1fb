import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SentenceEncoder } from './sentence-encoder';

/**
 * Embeddings of the sentences a classifier is built from (the shipped examples, a survey's items)
 * are the same every time: computing the thousand or so of them takes the encoder about 20
 * seconds on two cores, so they are kept per process, and on disk between processes. Only those
 * fixed sentences are: never a rater's comment, which must not outlive its fold anywhere but in
 * the comments table.
 */
export const DEFAULT_EMBEDDING_CACHE = join(__dirname, '..', '..', 'node_modules', '.cache', 'feedback360', 'embeddings');

const inProcess = new Map<string, Promise<Float32Array[]>>();

function keyOf(encoder: SentenceEncoder, texts: readonly string[]): string {
  return createHash('sha256').update(encoder.id).update('\0').update(texts.join('\0')).digest('hex');
}

function readStored(file: string, count: number): Float32Array[] | undefined {
  try {
    if (count === 0 || statSync(file).size % count !== 0) return undefined;
    const bytes = readFileSync(file);
    const all = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / Float32Array.BYTES_PER_ELEMENT);
    const width = all.length / count;
    return Array.from({ length: count }, (_, row) => all.slice(row * width, (row + 1) * width));
  } catch {
    return undefined;
  }
}

function store(directory: string, file: string, vectors: readonly Float32Array[]): void {
  try {
    mkdirSync(directory, { recursive: true });
    const bytes = Buffer.concat(vectors.map((vector) => Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength)));
    // Written aside and renamed, so that a process reading at the same time sees all of it or none.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, bytes);
    renameSync(partial, file);
  } catch {
    // A read-only install still works; it computes the embeddings at each start instead.
  }
}

/** The embeddings of fixed sentences, in order: from this process's memory, the disk cache, or the encoder. */
export function storedEmbeddings(texts: readonly string[], encoder: SentenceEncoder, directory: string = DEFAULT_EMBEDDING_CACHE): Promise<Float32Array[]> {
  const key = keyOf(encoder, texts);
  let vectors = inProcess.get(key);
  if (vectors === undefined) {
    const file = join(directory, `${key}.f32`);
    const stored = readStored(file, texts.length);
    vectors = stored
      ? Promise.resolve(stored)
      : encoder.embed(texts).then((computed) => {
          store(directory, file, computed);
          return computed;
        });
    vectors.catch(() => inProcess.delete(key));
    inProcess.set(key, vectors);
  }
  return vectors;
}
