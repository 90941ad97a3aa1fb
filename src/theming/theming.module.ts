import { Module } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { SurveysService } from '../surveys/surveys.service';
import { AnalyzerCache } from './analyzer-cache';
import { EmbeddingStore } from './embeddings/embedding-store';
import { SENTENCE_ENCODER_LOADER, SentenceEncoderService } from './embeddings/sentence-encoder';
import { loadSentenceEncoderInThreads } from './embeddings/threaded-sentence-encoder';
import { ExampleBank } from './examples/example-bank';
import { ThemingReadiness } from './theming-readiness';
import { ThemingService } from './theming.service';

/**
 * Comment theming: reads open comments for the survey themes they speak about and their
 * sentiment, when answers are folded (aggregation/, and interview notes from responses/).
 * Depends on survey definitions and nothing else of the domain; reports read what it stored.
 */
@Module({
  providers: [
    SentenceEncoderService,
    EmbeddingStore,
    {
      provide: ExampleBank,
      inject: [APP_CONFIG, SurveysService],
      useFactory: (config: AppConfig, surveys: SurveysService) => ExampleBank.load(config.surveysDir, surveys.definitions()),
    },
    {
      // The encoder's threads theme comments too, from the app's examples.
      provide: SENTENCE_ENCODER_LOADER,
      inject: [ExampleBank],
      useFactory: (bank: ExampleBank) => () => loadSentenceEncoderInThreads(undefined, { examples: bank.examples }),
    },
    AnalyzerCache,
    ThemingService,
    ThemingReadiness,
  ],
  exports: [ThemingService],
})
export class ThemingModule {}
