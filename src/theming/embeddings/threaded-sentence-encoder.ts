import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SurveyTheme } from '../../surveys/survey.types';
import type { CommentAnalysis, CommentToRead } from '../comment.types';
import type { LabelledComment } from '../examples/labelled-comment';
import type { EmbeddingProgress } from './embedding-progress';
import { DIMENSIONS, ENCODER_ID } from './encoder-identity';
import { inLengthOrder } from './length-order';
import type { EncoderReply, EncoderRequest, EncoderThreadData } from './thread-server';
import type { SentenceEncoder, ThemingEncoder } from './sentence-encoder';
import { type PoolWorker, TaskPool } from './task-pool';

/**
 * Texts (or comments) per message to a thread: each message costs a copy both ways and a turn of
 * the thread's loop, and a fold of one answer has four or five comments.
 */
const TEXTS_PER_TASK = 32;

/**
 * Batches that may wait for a thread. A fold sends one batch per thread at a time, so this is
 * dozens of folds at once; beyond it, a fold fails and BullMQ tries it again later.
 */
const MAX_WAITING = 64;

/**
 * The thread's young generation, in MB (V8's default here is 48). The thread spends its time in
 * WebAssembly, and what it allocates in JavaScript is small and short-lived: capped at 8 MB its
 * heap stays about 25 MB smaller after a fold, at no cost measured in comments themed a second.
 */
const YOUNG_GENERATION_MB = 8;

/**
 * One thread per core beyond the one that answers requests, at most two: each holds the model
 * (about 120 MB), and two threads already fold faster than one campaign's raters answer.
 */
export function encoderThreads(cores = availableParallelism()): number {
  return Math.max(1, Math.min(2, cores - 1));
}

/**
 * The thread's entry: one that themes comments where examples are given (the app), else one that
 * only embeds, and so loads no classifier; the built .js file, or the TypeScript source where
 * the app runs from it (tests, the CLI).
 */
function startThread(data: EncoderThreadData | undefined): Worker {
  const entry = join(__dirname, `${data ? 'theming' : 'encoder'}-thread${extname(__filename)}`);
  const resourceLimits = { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB };
  if (extname(entry) !== '.ts') return new Worker(entry, { workerData: data, resourceLimits });
  return new Worker(`require('@swc-node/register'); require(${JSON.stringify(entry)});`, { eval: true, workerData: data, resourceLimits });
}

type Task = EncoderRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;
type Result = Float32Array[] | CommentAnalysis[] | true;

/** An encoder thread as a pool worker: ready once it loaded the model, one task at a time. */
class EncoderThread implements PoolWorker<Task, Result> {
  readonly ready: Promise<void>;
  private readonly thread: Worker;
  private running = false;
  private exited = false;
  private nextId = 0;
  private pending: { id: number; resolve: (result: Result) => void; reject: (error: Error) => void } | null = null;

  constructor(data: EncoderThreadData | undefined) {
    this.thread = startThread(data);
    this.ready = new Promise<void>((resolve, reject) => {
      this.thread.on('message', (reply: EncoderReply) => {
        if ('ready' in reply) resolve();
        else if ('loadError' in reply) reject(new Error(reply.loadError));
        else if (this.pending?.id === reply.id) {
          const { resolve: done, reject: fail } = this.pending;
          this.pending = null;
          if ('vectors' in reply) done(reply.vectors);
          else if ('analyses' in reply) done(reply.analyses);
          else if ('prepared' in reply) done(true);
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
    // Failures reach whoever runs a task; an unhandled rejection must not end the process.
    this.ready.catch(() => undefined);
  }

  async run(task: Task): Promise<Result> {
    await this.ready;
    if (this.running) throw new Error('An encoder thread runs one task at a time');
    this.running = true;
    try {
      return await new Promise<Result>((resolve, reject) => {
        this.nextId += 1;
        this.pending = { id: this.nextId, resolve, reject };
        this.thread.postMessage({ id: this.nextId, ...task });
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
 * Runs `parts` on the pool, one task per thread at a time: a large fold shares the threads with
 * others rather than filling the queue. `finished` hears of each part's results as they come.
 */
async function inTurns<P, R>(pool: TaskPool<Task, Result>, parts: P[], task: (part: P) => Task, finished?: (results: R[]) => void): Promise<R[][]> {
  const results = new Array<R[]>(parts.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(pool.size, parts.length) }, async () => {
      while (next < parts.length) {
        const index = next;
        next += 1;
        results[index] = (await pool.run(task(parts[index]))) as R[];
        finished?.(results[index]);
      }
    }),
  );
  return results;
}

function slices<T>(items: readonly T[]): T[][] {
  const parts: T[][] = [];
  for (let start = 0; start < items.length; start += TEXTS_PER_TASK) parts.push(items.slice(start, start + TEXTS_PER_TASK));
  return parts;
}

interface AnalysisCall {
  themes: readonly SurveyTheme[];
  comments: readonly CommentToRead[];
  known: ReadonlyMap<string, Float32Array>;
  resolve: (analyses: CommentAnalysis[]) => void;
  reject: (error: unknown) => void;
}

/**
 * A fold themes the comments of each answer of its batch with a call of its own, a hundred at
 * once: the calls made in one turn of the event loop for the same themes go to the threads
 * together, TEXTS_PER_TASK comments a task, one task per thread at a time, rather than each as a
 * task of a few comments that would fill the pool's queue.
 */
class AnalysisBatches {
  private calls: AnalysisCall[] = [];

  constructor(private readonly pool: TaskPool<Task, Result>) {}

  readonly analyze = (
    themes: readonly SurveyTheme[],
    comments: readonly CommentToRead[],
    known: ReadonlyMap<string, Float32Array>,
  ): Promise<CommentAnalysis[]> =>
    new Promise<CommentAnalysis[]>((resolve, reject) => {
      if (this.calls.length === 0) setImmediate(() => this.flush());
      this.calls.push({ themes, comments, known, resolve, reject });
    });

  private flush(): void {
    const calls = this.calls;
    this.calls = [];
    const byThemes = new Map<readonly SurveyTheme[], AnalysisCall[]>();
    for (const call of calls) byThemes.set(call.themes, [...(byThemes.get(call.themes) ?? []), call]);
    for (const [themes, together] of byThemes) void this.run(themes, together);
  }

  private async run(themes: readonly SurveyTheme[], calls: readonly AnalysisCall[]): Promise<void> {
    try {
      // Each call's own embeddings: a fold hands every call the same map of all its comments.
      const comments = calls.flatMap((call) => call.comments.map((comment) => ({ comment, vector: call.known.get(comment.text) })));
      const analysed = await inTurns<typeof comments, CommentAnalysis>(this.pool, slices(comments), (part) => ({
        analyze: {
          themes: [...themes],
          comments: part.map(({ comment }) => comment),
          known: part.flatMap(({ comment, vector }) => (vector ? [[comment.text, vector] as [string, Float32Array]] : [])),
        },
      }));
      const all = analysed.flat();
      let start = 0;
      for (const call of calls) {
        call.resolve(all.slice(start, start + call.comments.length));
        start += call.comments.length;
      }
    } catch (error) {
      for (const call of calls) call.reject(error);
    }
  }
}

/**
 * The sentence encoder in worker threads: embedding, some 10 ms a sentence of synchronous
 * WebAssembly, never holds up the event loop that answers requests and renews job locks; nor does
 * theming comments with what they mean, which compares each with a thousand examples: given
 * `theming`, each thread builds the classifiers of the surveys it is asked about from its
 * examples, and the encoder themes comments (a ThemingEncoder). Resolves once every thread
 * has loaded the model, so that an install without it fails at start.
 */
export async function loadSentenceEncoderInThreads(
  threads = encoderThreads(),
  theming?: { examples: readonly LabelledComment[]; cacheDir?: string },
): Promise<SentenceEncoder | ThemingEncoder> {
  const started: EncoderThread[] = [];
  const data: EncoderThreadData | undefined = theming && { examples: [...theming.examples], cacheDir: theming.cacheDir };
  const pool = new TaskPool<Task, Result>(
    () => {
      const thread = new EncoderThread(data);
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
  const encoder: SentenceEncoder = {
    id: ENCODER_ID,
    dimensions: DIMENSIONS,
    embed(texts: readonly string[], progress?: EmbeddingProgress): Promise<Float32Array[]> {
      let embedded = 0;
      // In order of length across the threads too: each thread's batches are then of like length (length-order.ts).
      return inLengthOrder(
        texts,
        (text) => text.length,
        async (ordered) => {
          const parts = await inTurns<string[], Float32Array>(
            pool,
            slices(ordered),
            (part) => ({ embed: part }),
            (vectors) => progress?.((embedded += vectors.length), texts.length),
          );
          return parts.flat();
        },
      );
    },
    close: () => pool.close(),
  };
  if (!data) return encoder;
  return {
    ...encoder,
    analyze: new AnalysisBatches(pool).analyze,
    async prepare(themes: readonly SurveyTheme[]): Promise<void> {
      // One task per thread: each builds its own classifier, and a fold may run on any of them.
      await Promise.all(Array.from({ length: pool.size }, () => pool.run({ prepare: [...themes] })));
    },
  };
}
