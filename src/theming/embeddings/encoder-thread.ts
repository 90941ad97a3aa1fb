import { parentPort, workerData } from 'node:worker_threads';
import type { SurveyTheme } from '../../surveys/survey.types';
import { AnalyzerCache } from '../analyzer-cache';
import type { CommentAnalysis, CommentKind } from '../comment.types';
import { ExampleBank } from '../examples/example-bank';
import type { LabelledComment } from '../examples/labelled-comment';
import { ThemingService } from '../theming.service';
import { EmbeddingStore } from './embedding-store';
import { type SentenceEncoder, SentenceEncoderService } from './sentence-encoder';
import { loadSentenceEncoder } from './tfjs-sentence-encoder';

/**
 * The entry of an encoder thread (threaded-sentence-encoder.ts): loads the model, says so, then
 * runs each task it is sent, one at a time, and sends the result back. A task embeds texts, or
 * themes comments: the thread holds each survey's classifier and runs comment theming itself,
 * in process here (ThemingService), so that the thread that answers requests only awaits it.
 */
export type EncoderRequest = { id: number } & (
  | { embed: string[] }
  | { analyze: { themes: SurveyTheme[]; comments: { text: string; kind: CommentKind }[]; known: [string, Float32Array][] } }
  | { prepare: SurveyTheme[] }
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

const port = parentPort;
if (!port) throw new Error('encoder-thread runs in a worker thread only');
const data = (workerData ?? { examples: [] }) as EncoderThreadData;

/** Comment theming in this thread, wired as standalone-theming.ts wires it. */
function themingWith(encoder: SentenceEncoder): ThemingService {
  const encoders = new SentenceEncoderService(() => Promise.resolve(encoder));
  return new ThemingService(new AnalyzerCache(encoders, new EmbeddingStore(data.cacheDir), new ExampleBank(data.examples)), encoders);
}

async function theme(request: Exclude<EncoderRequest, { embed: string[] }>, theming: ThemingService): Promise<EncoderReply> {
  if ('prepare' in request) {
    await theming.prepareFor(request.prepare);
    return { id: request.id, prepared: true };
  }
  const { themes, comments, known } = request.analyze;
  return { id: request.id, analyses: await theming.analyzeComments(themes, comments, new Map(known)) };
}

loadSentenceEncoder().then(
  (encoder) => {
    const theming = themingWith(encoder);
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
