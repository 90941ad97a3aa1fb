import { parentPort } from 'node:worker_threads';
import type { SurveyTheme } from '../../surveys/survey.types';
import type { CommentAnalysis, CommentToRead } from '../comment.types';
import type { LabelledComment } from '../examples/labelled-comment';
import type { SentenceEncoder } from './sentence-encoder';
import { loadSentenceEncoder } from './tfjs-sentence-encoder';

/**
 * What an encoder thread (threaded-sentence-encoder.ts) does: loads the model, says so, then runs
 * each task it is sent, one at a time, and sends the result back. A task embeds texts, or, in a
 * theming thread (theming-thread.ts), themes comments: that thread holds each survey's classifier
 * and runs comment theming itself, so that the thread that answers requests only awaits it.
 */
export type EncoderRequest = { id: number } & (
  { embed: string[] } | { analyze: { themes: SurveyTheme[]; comments: CommentToRead[]; known: [string, Float32Array][] } } | { prepare: SurveyTheme[] }
);

export type EncoderReply =
  | { ready: true }
  | { loadError: string }
  | { id: number; vectors: Float32Array[] }
  | { id: number; analyses: CommentAnalysis[] }
  | { id: number; prepared: true }
  | { id: number; error: string };

/** What the thread is started with: the examples its classifiers learn from, and where their embeddings are kept. */
export interface EncoderThreadData {
  examples: LabelledComment[];
  cacheDir?: string;
}

/** What themes comments in the thread: ThemingService, in process there. */
export interface ThreadTheming {
  prepareFor(themes: readonly SurveyTheme[]): Promise<void>;
  analyzeInThisThread(themes: readonly SurveyTheme[], comments: readonly CommentToRead[], known: ReadonlyMap<string, Float32Array>): Promise<CommentAnalysis[]>;
}

async function theme(request: Exclude<EncoderRequest, { embed: string[] }>, theming: ThreadTheming | undefined): Promise<EncoderReply> {
  if (!theming) throw new Error('This encoder thread only embeds');
  if ('prepare' in request) {
    await theming.prepareFor(request.prepare);
    return { id: request.id, prepared: true };
  }
  const { themes, comments, known } = request.analyze;
  return { id: request.id, analyses: await theming.analyzeInThisThread(themes, comments, new Map(known)) };
}

/** Serves this thread's tasks; `themingWith` makes its comment theming, where it has any. */
export function serveEncoderThread(themingWith?: (encoder: SentenceEncoder) => ThreadTheming): void {
  const port = parentPort;
  if (!port) throw new Error('An encoder thread runs in a worker thread only');
  loadSentenceEncoder().then(
    (encoder) => {
      const theming = themingWith?.(encoder);
      port.on('message', (request: EncoderRequest) => {
        if ('embed' in request) {
          // Texts embedded as asked, duplicates too: the caller maps them back by position.
          encoder.embed(request.embed).then(
            (vectors) =>
              port.postMessage(
                { id: request.id, vectors } satisfies EncoderReply,
                vectors.map((vector) => vector.buffer as ArrayBuffer),
              ),
            (error: unknown) => port.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies EncoderReply),
          );
          return;
        }
        theme(request, theming).then(
          (reply) => port.postMessage(reply),
          (error: unknown) => port.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies EncoderReply),
        );
      });
      port.postMessage({ ready: true } satisfies EncoderReply);
    },
    (error: unknown) => port.postMessage({ loadError: error instanceof Error ? error.message : String(error) } satisfies EncoderReply),
  );
}
