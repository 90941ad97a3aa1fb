import { parentPort } from 'node:worker_threads';
import { loadSentenceEncoder } from './tfjs-sentence-encoder';

/**
 * The entry of an encoder thread (threaded-sentence-encoder.ts): loads the model, says so, then
 * embeds each batch of texts it is sent, one at a time, and sends the vectors back.
 */
export interface EncoderRequest {
  id: number;
  texts: string[];
}

export type EncoderReply = { ready: true } | { loadError: string } | { id: number; vectors: Float32Array[] } | { id: number; error: string };

const port = parentPort;
if (!port) throw new Error('encoder-thread runs in a worker thread only');

loadSentenceEncoder().then(
  (encoder) => {
    port.on('message', (request: EncoderRequest) => {
      encoder.embed(request.texts).then(
        (vectors) =>
          port.postMessage(
            { id: request.id, vectors } satisfies EncoderReply,
            vectors.map((vector) => vector.buffer as ArrayBuffer),
          ),
        (error: unknown) => port.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies EncoderReply),
      );
    });
    port.postMessage({ ready: true } satisfies EncoderReply);
  },
  (error: unknown) => port.postMessage({ loadError: error instanceof Error ? error.message : String(error) } satisfies EncoderReply),
);
