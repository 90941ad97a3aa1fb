import type { SurveyDefinition } from '../surveys/survey.types';
import { AnalyzerCache } from './analyzer-cache';
import { EmbeddingStore } from './embeddings/embedding-store';
import { SentenceEncoderService } from './embeddings/sentence-encoder';
import { loadSentenceEncoder } from './embeddings/tfjs-sentence-encoder';
import { ExampleBank } from './examples/example-bank';
import { ThemingService } from './theming.service';

/**
 * Comment theming outside a Nest application, wired as ThemingModule wires it but with the
 * sentence encoder in this thread (nothing else waits on its loop): for the CLI's
 * theming:prepare, the tests' global setup and the benchmark. `bank` defaults to the examples of
 * `surveysDir`, checked against `surveys`.
 */
export function standaloneThemingService(options: {
  surveysDir: string;
  surveys: readonly SurveyDefinition[];
  bank?: ExampleBank;
  cacheDir?: string;
}): ThemingService {
  const encoders = new SentenceEncoderService(loadSentenceEncoder);
  const bank = options.bank ?? ExampleBank.load(options.surveysDir, options.surveys);
  return new ThemingService(new AnalyzerCache(encoders, new EmbeddingStore(options.cacheDir), bank), encoders);
}
