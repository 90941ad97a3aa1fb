import { AnalyzerCache } from './analyzer-cache';
import { EmbeddingStore } from './embeddings/embedding-store';
import { type SentenceEncoder, SentenceEncoderService } from './embeddings/sentence-encoder';
import { ExampleBank } from './examples/example-bank';
import { ThemingReadiness } from './theming-readiness';
import { ThemingService } from './theming.service';

function readinessWith(load: () => Promise<SentenceEncoder>, role: 'api' | 'worker' | 'all' = 'all'): ThemingReadiness {
  const encoders = new SentenceEncoderService(load);
  return new ThemingReadiness(new ThemingService(new AnalyzerCache(encoders, new EmbeddingStore('/nonexistent'), new ExampleBank([])), encoders), { role });
}

describe('ThemingReadiness', () => {
  it('lets the app start when the sentence encoder loads', async () => {
    await expect(readinessWith(async () => ({ id: 'test', dimensions: 1, embed: async () => [] })).onApplicationBootstrap()).resolves.toBeUndefined();
  });

  it('never loads the encoder in an api process, which folds nothing', async () => {
    let loads = 0;
    const load = async (): Promise<SentenceEncoder> => ((loads += 1), { id: 'test', dimensions: 1, embed: async () => [] });
    await readinessWith(load, 'api').onApplicationBootstrap();
    expect(loads).toBe(0);
    await readinessWith(load, 'worker').onApplicationBootstrap();
    expect(loads).toBe(1);
  });

  it('stops the app from starting, saying why, when it cannot', async () => {
    const readiness = readinessWith(() => Promise.reject(new Error('The TensorFlow.js WebAssembly backend could not start')));
    await expect(readiness.onApplicationBootstrap()).rejects.toThrow(
      'Comment theming cannot start its sentence encoder: The TensorFlow.js WebAssembly backend could not start',
    );
  });
});
