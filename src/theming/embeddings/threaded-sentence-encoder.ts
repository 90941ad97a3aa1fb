import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { DIMENSIONS, ENCODER_ID } from './encoder-identity';
import type { EncoderReply, EncoderRequest } from './encoder-thread';
import type { SentenceEncoder } from './sentence-encoder';
import { type PoolWorker, TaskPool } from './task-pool';

/**
 * Texts per message to a thread: each message costs a copy both ways and a turn of the thread's
 * loop, and a fold of one answer has four or five comments.
 */
const TEXTS_PER_TASK = 32;

/**
 * Batches that may wait for a thread. A fold sends one batch per thread at a time, so this is
 * dozens of folds at once; beyond it, a fold fails and BullMQ tries it again later.
 */
const MAX_WAITING = 64;

/**
 * One thread per core beyond the one that answers requests, at most two: each holds the model
 * (about 120 MB), and two threads already fold faster than one campaign's raters answer.
 */
export function encoderThreads(cores = availableParallelism()): number {
  return Math.max(1, Math.min(2, cores - 1));
}

/** The thread's entry: the built .js file, or the TypeScript source where the app runs from it (tests, the CLI). */
function startThread(): Worker {
  const entry = join(__dirname, `encoder-thread${extname(__filename)}`);
  if (extname(entry) !== '.ts') return new Worker(entry);
  return new Worker(`require('@swc-node/register'); require(${JSON.stringify(entry)});`, { eval: true });
}

/** An encoder thread as a pool worker: ready once it loaded the model, one batch at a time. */
class EncoderThread implements PoolWorker<string[], Float32Array[]> {
  readonly ready: Promise<void>;
  private readonly thread = startThread();
  private running = false;
  private exited = false;
  private nextId = 0;
  private pending: { id: number; resolve: (vectors: Float32Array[]) => void; reject: (error: Error) => void } | null = null;

  constructor() {
    this.ready = new Promise<void>((resolve, reject) => {
      this.thread.on('message', (reply: EncoderReply) => {
        if ('ready' in reply) resolve();
        else if ('loadError' in reply) reject(new Error(reply.loadError));
        else if (this.pending?.id === reply.id) {
          const { resolve: done, reject: fail } = this.pending;
          this.pending = null;
          if ('vectors' in reply) done(reply.vectors);
          else fail(new Error(reply.error));
        }
      });
      const gone = (why: string): void => {
        this.exited = true;
        const error = new Error(`The sentence encoder's thread ${why}`);
        reject(error);
        this.pending?.reject(error);
        this.pending = null;
      };
      this.thread.on('error', (error: Error) => gone(`failed: ${error.message}`));
      this.thread.on('exit', (code) => gone(`exited with ${code}`));
    });
    // Failures reach whoever runs a batch; an unhandled rejection must not end the process.
    this.ready.catch(() => undefined);
  }

  async run(texts: string[]): Promise<Float32Array[]> {
    await this.ready;
    if (this.running) throw new Error('An encoder thread runs one batch at a time');
    this.running = true;
    try {
      return await new Promise<Float32Array[]>((resolve, reject) => {
        this.nextId += 1;
        this.pending = { id: this.nextId, resolve, reject };
        this.thread.postMessage({ id: this.nextId, texts } satisfies EncoderRequest);
      });
    } finally {
      this.running = false;
    }
  }

  alive(): boolean {
    return !this.exited;
  }

  async close(): Promise<void> {
    if (!this.exited) await this.thread.terminate();
  }
}

/**
 * The sentence encoder in worker threads: embedding, some 10 ms a sentence of synchronous
 * WebAssembly, never holds up the event loop that answers requests and renews job locks. Resolves
 * once every thread has loaded the model, so that an install without it fails at start.
 */
export async function loadSentenceEncoderInThreads(threads = encoderThreads()): Promise<SentenceEncoder> {
  const started: EncoderThread[] = [];
  const pool = new TaskPool<string[], Float32Array[]>(
    () => {
      const thread = new EncoderThread();
      started.push(thread);
      return thread;
    },
    threads,
    MAX_WAITING,
  );
  try {
    await Promise.all(started.map((thread) => thread.ready));
  } catch (error) {
    await pool.close();
    throw error;
  }
  return {
    id: ENCODER_ID,
    dimensions: DIMENSIONS,
    async embed(texts: readonly string[]): Promise<Float32Array[]> {
      const tasks: string[][] = [];
      for (let start = 0; start < texts.length; start += TEXTS_PER_TASK) tasks.push(texts.slice(start, start + TEXTS_PER_TASK));
      const results: Float32Array[][] = new Array<Float32Array[]>(tasks.length);
      // One task per thread at a time: a large fold shares the threads with others rather than filling the queue.
      let next = 0;
      await Promise.all(
        Array.from({ length: Math.min(pool.size, tasks.length) }, async () => {
          while (next < tasks.length) {
            const index = next;
            next += 1;
            results[index] = await pool.run(tasks[index]);
          }
        }),
      );
      return results.flat();
    },
    close: () => pool.close(),
  };
}
