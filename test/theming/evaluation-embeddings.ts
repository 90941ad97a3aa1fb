import type { Meanings, ScorerSources } from '../../src/theming/classifier/theme-scorer';
import { memoisedByText } from '../../src/theming/text/memoised-by-text';
import { analyseText } from '../../src/theming/text/text-pipeline';
import { meaningsOf } from '../../src/theming/analyzer-cache';
import { EmbeddingStore } from '../../src/theming/embeddings/embedding-store';
import { SentenceEncoderService } from '../../src/theming/embeddings/sentence-encoder';
import { loadSentenceEncoder } from '../../src/theming/embeddings/tfjs-sentence-encoder';
import { shippedExamples } from '../factories/theming';
import { survey } from './labelled-sets';

/** The evaluation's encoder, and the product's embedding store: labelled sets are fixed sentences, computed once on a machine. */
const encoders = new SentenceEncoderService(loadSentenceEncoder);
const store = new EmbeddingStore();

/** The embeddings of fixed sentences (examples, labelled sets), in order. */
export async function embeddingsOf(texts: readonly string[]): Promise<Float32Array[]> {
  return store.embeddingsOf(texts, await encoders.encoder());
}

/** The sentence embeddings of every shipped example and of the survey's seed sentences. */
export async function shippedMeanings(): Promise<Meanings> {
  return meaningsOf(survey.themes, shippedExamples(), await encoders.encoder(), store);
}

/** Each shipped example read once, for its seed scores, its features and its sentiment cues alike. */
const analyse = memoisedByText(analyseText);

/**
 * What the product's classifier of the survey is built from, as AnalyzerCache builds it: the
 * shipped examples and their meanings, each example read once, and the weights fitted on them
 * kept in the store (theming:prepare fitted the same ones, so a run reads them from disk).
 */
export async function shippedSources(): Promise<Required<Pick<ScorerSources, 'examples' | 'meanings' | 'analyse' | 'fitted'>>> {
  return {
    examples: shippedExamples(),
    meanings: await shippedMeanings(),
    analyse,
    fitted: (key, length, fit) => store.fittedWeights(key, length, fit),
  };
}
