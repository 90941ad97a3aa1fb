import { Injectable } from '@nestjs/common';
import type { SurveyTheme } from '../surveys/survey.types';
import { type CommentAnalyzer, createCommentAnalyzer } from './classifier/comment-analyzer';
import { seedSentences } from './classifier/seed-model';
import type { Meanings } from './classifier/theme-scorer';
import type { EmbeddingProgress } from './embeddings/embedding-progress';
import { EmbeddingStore } from './embeddings/embedding-store';
import { type SentenceEncoder, SentenceEncoderService } from './embeddings/sentence-encoder';
import { ExampleBank } from './examples/example-bank';
import type { LabelledComment } from './examples/labelled-comment';
import { areKeptReadings, type KeptReading, keptReading, readingOf, readingsKey } from './text/kept-readings';
import { memoisedByText } from './text/memoised-by-text';
import { type AnalysedText, analyseText } from './text/text-pipeline';

/** Surveys a worker meets at once; beyond this the least recently built analyzer is dropped. */
const CACHED_SEED_SETS = 32;

/** What the seed model is built from: two snapshots that agree on it share one analyzer. */
function seedKey(themes: readonly SurveyTheme[]): string {
  return JSON.stringify(themes.map((theme) => [theme.id, theme.title, theme.description ?? '', theme.keywords, theme.items.map((item) => item.text)]));
}

/** The sentence embeddings of the examples and of a survey's seed sentences, from the embedding store. */
export async function meaningsOf(
  themes: readonly SurveyTheme[],
  examples: readonly LabelledComment[],
  encoder: SentenceEncoder,
  store: EmbeddingStore,
): Promise<Meanings> {
  const [exampleVectors, seedVectors] = await Promise.all([
    store.embeddingsOf(
      examples.map((example) => example.text),
      encoder,
    ),
    store.embeddingsOf(
      seedSentences(themes).map((seed) => seed.text),
      encoder,
    ),
  ]);
  return { examples: exampleVectors, seeds: seedVectors };
}

/**
 * The analyzer of each survey's themes, built once: building one reads a thousand examples and
 * their embeddings. The worker reads each campaign's snapshot afresh for every batch it folds,
 * so the same themes arrive as new objects: they are recognised by content, not only identity.
 */
@Injectable()
export class AnalyzerCache {
  private readonly byThemes = new WeakMap<readonly SurveyTheme[], Promise<CommentAnalyzer>>();
  private readonly bySeeds = new Map<string, Promise<CommentAnalyzer>>();

  constructor(
    private readonly encoders: SentenceEncoderService,
    private readonly store: EmbeddingStore,
    private readonly bank: ExampleBank,
  ) {}

  /**
   * Puts the embeddings of the examples on disk, unless they are there: the first time on a machine
   * that is most of preparing theming (a minute or two), shown by `progress`; the classifiers, here
   * or in the encoder's threads, then read them from disk. The same for every survey.
   */
  async embedExamples(progress?: EmbeddingProgress): Promise<void> {
    const texts = this.bank.examples.map((example) => example.text);
    if (texts.length > 0) await this.store.keepOnDisk(texts, await this.encoders.encoder(), progress);
  }

  analyzerFor(themes: readonly SurveyTheme[]): Promise<CommentAnalyzer> {
    const known = this.byThemes.get(themes);
    if (known) return known;
    const key = seedKey(themes);
    let analyzer = this.bySeeds.get(key);
    if (analyzer) {
      this.bySeeds.delete(key);
    } else {
      const building = this.build(themes);
      // A failed build is forgotten, so that the next fold tries again; a newer build is kept.
      building.catch(() => {
        if (this.bySeeds.get(key) === building) this.bySeeds.delete(key);
        if (this.byThemes.get(themes) === building) this.byThemes.delete(themes);
      });
      analyzer = building;
      if (this.bySeeds.size >= CACHED_SEED_SETS) this.bySeeds.delete(this.bySeeds.keys().next().value as string);
    }
    this.bySeeds.set(key, analyzer);
    this.byThemes.set(themes, analyzer);
    return analyzer;
  }

  private async build(themes: readonly SurveyTheme[]): Promise<CommentAnalyzer> {
    const examples = this.bank.examples;
    const meanings = await meaningsOf(themes, examples, await this.encoders.encoder(), this.store);
    return createCommentAnalyzer(themes, {
      examples,
      meanings,
      analyse: this.examplesRead(examples),
      fitted: (key, length, fit) => this.store.fittedWeights(key, length, fit),
    });
  }

  /** The examples as the text pipeline reads them, from the store (text/kept-readings.ts); any other text read afresh. */
  private examplesRead(examples: readonly LabelledComment[]): (text: string) => AnalysedText {
    const texts = examples.map((example) => example.text);
    const kept = this.store.keptJson(
      readingsKey(texts),
      () => texts.map((text) => keptReading(analyseText(text))),
      (value) => areKeptReadings(value, texts.length),
    );
    const byText = new Map(texts.map((text, index) => [text, kept[index]]));
    // Each example's reading is asked for its features, its seed scores and its sentiment cues.
    const readExample = memoisedByText((text) => readingOf(byText.get(text) as KeptReading));
    return (text) => (byText.has(text) ? readExample(text) : analyseText(text));
  }
}
