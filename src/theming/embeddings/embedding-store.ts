import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { Inject, Injectable, Optional } from '@nestjs/common';
import type { EmbeddingProgress } from './embedding-progress';
import type { SentenceEncoder } from './sentence-encoder';

/**
 * Embeddings of the sentences a classifier is built from (the shipped examples, a survey's items)
 * are the same every time: computing the ten thousand or so of them takes the encoder over a minute
 * on two cores, so they are kept in memory, and on disk between processes. Only those
 * fixed sentences are: never a rater's comment, which must not outlive its fold anywhere but in
 * the comments table.
 */
export const DEFAULT_EMBEDDING_CACHE = join(__dirname, '..', '..', '..', 'node_modules', '.cache', 'feedback360', 'embeddings');

function keyOf(encoder: SentenceEncoder, texts: readonly string[]): string {
  return createHash('sha256').update(encoder.id).update('\0').update(texts.join('\0')).digest('hex');
}

/**
 * The numbers stored in a file, or undefined when there are none or they cannot be trusted: a file
 * of another size than expected, or holding a value that is not a number, is computed again (and
 * replaced) rather than read as vectors that would silently vote nothing, or as weights.
 */
function readNumbers<T extends Float32Array | Float64Array>(
  file: string,
  length: number,
  type: { new (buffer: ArrayBufferLike): T; BYTES_PER_ELEMENT: number },
): T | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  if (bytes.byteLength !== length * type.BYTES_PER_ELEMENT) return undefined;
  const numbers = new type(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  return numbers.every(Number.isFinite) ? numbers : undefined;
}

/** The stored embeddings of `count` texts, each `dimensions` wide (see readNumbers). */
function readStored(file: string, count: number, dimensions: number): Float32Array[] | undefined {
  const all = readNumbers(file, count * dimensions, Float32Array);
  return all && Array.from({ length: count }, (_, row) => all.slice(row * dimensions, (row + 1) * dimensions));
}

function store(directory: string, file: string, vectors: readonly (Float32Array | Float64Array | Buffer)[]): void {
  // Written aside, flushed to disk and renamed, so that a reader, or a crash, sees all of it or none.
  // Threads of one process write as one: each its own partial file.
  const partial = `${file}.${process.pid}.${threadId}.partial`;
  try {
    mkdirSync(directory, { recursive: true });
    const descriptor = openSync(partial, 'w');
    try {
      for (const vector of vectors) writeSync(descriptor, new Uint8Array(vector.buffer, vector.byteOffset, vector.byteLength));
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
    renameSync(partial, file);
  } catch {
    // A read-only or full disk still works; the embeddings are computed at each start instead.
    try {
      rmSync(partial, { force: true });
    } catch {
      // Nothing was written where nothing can be.
    }
  }
}

function sizeOf(file: string): number | undefined {
  try {
    return statSync(file).size;
  } catch {
    return undefined;
  }
}

/** Where the embeddings are kept on disk; the default lies beside the installed packages. */
export const EMBEDDING_CACHE_DIR = Symbol('EMBEDDING_CACHE_DIR');

@Injectable()
export class EmbeddingStore {
  private readonly inMemory = new Map<string, Promise<Float32Array[]>>();
  private readonly weightsInMemory = new Map<string, Float64Array>();

  constructor(@Optional() @Inject(EMBEDDING_CACHE_DIR) private readonly directory: string = DEFAULT_EMBEDDING_CACHE) {}

  /** The embeddings of fixed sentences, in order: from this store's memory, the disk, or the encoder. */
  embeddingsOf(texts: readonly string[], encoder: SentenceEncoder): Promise<Float32Array[]> {
    const key = keyOf(encoder, texts);
    let vectors = this.inMemory.get(key);
    if (vectors === undefined) {
      const file = join(this.directory, `${key}.f32`);
      const stored = readStored(file, texts.length, encoder.dimensions);
      vectors = stored
        ? Promise.resolve(stored)
        : encoder.embed(texts).then((computed) => {
            store(this.directory, file, computed);
            return computed;
          });
      vectors.catch(() => this.inMemory.delete(key));
      this.inMemory.set(key, vectors);
    }
    return vectors;
  }

  /**
   * Computes the embeddings of fixed sentences unless they are on disk (or in this store's memory),
   * and leaves them on disk only: for a process that prepares them for others, such as the app's
   * main thread for its theming threads, which would otherwise each compute them, and silently.
   * A file of the right size counts as there; whoever reads it checks its numbers (readStored).
   */
  async keepOnDisk(texts: readonly string[], encoder: SentenceEncoder, progress?: EmbeddingProgress): Promise<void> {
    const key = keyOf(encoder, texts);
    const file = join(this.directory, `${key}.f32`);
    if (this.inMemory.has(key) || sizeOf(file) === texts.length * encoder.dimensions * Float32Array.BYTES_PER_ELEMENT) return;
    store(this.directory, file, await encoder.embed(texts, progress));
  }

  /**
   * Weights fitted on the embeddings of fixed sentences (a FittedWeightsMemo): fitting the
   * classifiers of meaning on the shipped examples takes seconds of CPU in every process and
   * theming thread that builds an analyzer, and the same inputs always fit the same weights. From
   * this store's memory, the disk, or `fit`; `key` names everything they were fitted on.
   */
  fittedWeights(key: string, length: number, fit: () => Float64Array): Float64Array {
    const known = this.weightsInMemory.get(key);
    if (known?.length === length) return known;
    const file = join(this.directory, `${key}.f64`);
    let weights: Float64Array | undefined = readNumbers(file, length, Float64Array);
    if (weights === undefined) {
      weights = fit();
      store(this.directory, file, [weights]);
    }
    this.weightsInMemory.set(key, weights);
    return weights;
  }

  /**
   * What is computed from fixed sentences and kept as JSON (the examples as the text pipeline reads
   * them, text/kept-readings.ts): from the disk when the file under `key` holds what `isValid`
   * accepts, else from `compute`, then kept. Not held in memory: a build reads it once.
   */
  keptJson<T>(key: string, compute: () => T, isValid: (value: unknown) => value is T): T {
    const file = join(this.directory, `${key}.json`);
    try {
      const kept: unknown = JSON.parse(readFileSync(file, 'utf8'));
      if (isValid(kept)) return kept;
    } catch {
      // Not there yet, or not whole: computed again below.
    }
    const computed = compute();
    store(this.directory, file, [Buffer.from(JSON.stringify(computed))]);
    return computed;
  }
}
