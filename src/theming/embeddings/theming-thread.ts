import { workerData } from 'node:worker_threads';
import { AnalyzerCache } from '../analyzer-cache';
import type { ExampleBank } from '../examples/example-bank';
import { ThemingService } from '../theming.service';
import { EmbeddingStore } from './embedding-store';
import { SentenceEncoderService } from './sentence-encoder';
import { type EncoderThreadData, serveEncoderThread } from './thread-server';

/**
 * The entry of an encoder thread that themes comments too (the app's): comment theming wired as
 * standalone-theming.ts wires it, on this thread's encoder, from the examples it was started with.
 */
const data = workerData as EncoderThreadData;
const bank: ExampleBank = { examples: data.examples };

serveEncoderThread((encoder) => {
  const encoders = new SentenceEncoderService(() => Promise.resolve(encoder));
  return new ThemingService(new AnalyzerCache(encoders, new EmbeddingStore(data.cacheDir), bank), encoders);
});
