import { serveEncoderThread } from './thread-server';

/** The entry of a thread that only embeds (threaded-sentence-encoder.ts without examples): the CLI's, the tests'. */
serveEncoderThread();
