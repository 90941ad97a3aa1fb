import { AnalyzerCache } from './analyzer-cache';
import { EmbeddingStore } from './embeddings/embedding-store';
import { type SentenceEncoder, SentenceEncoderService } from './embeddings/sentence-encoder';
import { ExampleBank } from './examples/example-bank';
import { ThemingReadiness } from './theming-readiness';
import { ThemingService } from './theming.service';

function readinessWith(load: () => Promise<SentenceEncoder>): ThemingReadiness {
  const encoders = new SentenceEncoderService(load);
  return new ThemingReadiness(new ThemingService(new AnalyzerCache(encoders, new EmbeddingStore('/nonexistent'), new ExampleBank([])), encoders));
}

describe('ThemingReadiness', () => {
  it('lets the app start when the sentence encoder loads', async () => {
    await expect(readinessWith(async () => ({ id: 'test', dimensions: 1, embed: async () => [] })).onApplicationBootstrap()).resolves.toBeUndefined();
  });

  it('stops the app from starting, saying why, when it cannot', async () => {
    const readiness = readinessWith(() => Promise.reject(new Error('The TensorFlow.js WebAssembly backend could not start')));
    await expect(readiness.onApplicationBootstrap()).rejects.toThrow(
      'Comment theming cannot start its sentence encoder: The TensorFlow.js WebAssembly backend could not start',
    );
  });
});
