import { availableParallelism } from 'node:os';
import type { SurveyDefinition } from '../surveys/survey.types';
import { AnalyzerCache } from './analyzer-cache';
import type { EmbeddingProgress } from './embeddings/embedding-progress';
import { EmbeddingStore } from './embeddings/embedding-store';
import { SentenceEncoderService } from './embeddings/sentence-encoder';
import { loadSentenceEncoder } from './embeddings/tfjs-sentence-encoder';
import { loadSentenceEncoderInThreads } from './embeddings/threaded-sentence-encoder';
import { ExampleBank } from './examples/example-bank';
import { ThemingService } from './theming.service';

/**
 * Comment theming outside a Nest application, wired as ThemingModule wires it but with the
 * sentence encoder in this thread (nothing else waits on its loop): for tests and the benchmark.
 * `bank` defaults to the examples of `surveysDir`, checked against `surveys`.
 */
export function standaloneThemingService(options: {
  surveysDir: string;
  surveys: readonly SurveyDefinition[];
  bank?: ExampleBank;
  cacheDir?: string;
}): ThemingService {
  const bank = options.bank ?? ExampleBank.load(options.surveysDir, options.surveys);
  return themingWith(new SentenceEncoderService(loadSentenceEncoder), bank, options.cacheDir);
}

/** ThemingService wired as ThemingModule wires it, on these encoders and examples. */
function themingWith(encoders: SentenceEncoderService, bank: ExampleBank, cacheDir?: string): ThemingService {
  return new ThemingService(new AnalyzerCache(encoders, new EmbeddingStore(cacheDir), bank), encoders);
}

/** Each thread holds the model (about 120 MB): a build host of many cores loads a few, not one per core. */
const PREPARE_THREADS = 4;

/**
 * Builds the comment classifier of each survey once, so that the embeddings of the examples and
 * the weights fitted on them are on disk before the first app needs them: for the CLI's
 * theming:prepare (an image build runs it) and the tests' global setup. Nothing else runs, so the
 * encoder embeds in a thread per core, up to PREPARE_THREADS (on two cores 57 s against 84 s in this
 * thread, for the 5,225 shipped examples there were; 1 min 40 s for 10,007 embedded shortest first, fits included), and the threads are let go at the end. `ready` hears of
 * each survey as it is done, `embedded` how far the examples' embeddings have got.
 */
export async function prepareTheming(options: {
  surveysDir: string;
  surveys: readonly SurveyDefinition[];
  threads?: number;
  ready?: (surveyId: string, milliseconds: number) => void;
  embedded?: EmbeddingProgress;
}): Promise<void> {
  const encoders = new SentenceEncoderService(() => loadSentenceEncoderInThreads(options.threads ?? Math.min(PREPARE_THREADS, availableParallelism())));
  const theming = themingWith(encoders, ExampleBank.load(options.surveysDir, options.surveys));
  try {
    await theming.prepare(options.surveys, options.ready, options.embedded);
  } finally {
    await encoders.onApplicationShutdown();
  }
}
