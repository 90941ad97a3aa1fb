import { sentenceEncoder } from './embeddings/sentence-encoder';
import { ThemingReadiness } from './theming-readiness';

jest.mock('./embeddings/sentence-encoder', () => ({ sentenceEncoder: jest.fn() }));
const loadEncoder = sentenceEncoder as jest.MockedFunction<typeof sentenceEncoder>;

describe('ThemingReadiness', () => {
  it('lets the app start when the sentence encoder loads', async () => {
    loadEncoder.mockResolvedValueOnce({ id: 'test', dimensions: 1, embed: async () => [] });
    await expect(new ThemingReadiness().onApplicationBootstrap()).resolves.toBeUndefined();
  });

  it('stops the app from starting, saying why, when it cannot', async () => {
    loadEncoder.mockRejectedValueOnce(new Error('The TensorFlow.js WebAssembly backend could not start'));
    await expect(new ThemingReadiness().onApplicationBootstrap()).rejects.toThrow('Comment theming cannot start its sentence encoder: The TensorFlow.js WebAssembly backend could not start');
  });
});
