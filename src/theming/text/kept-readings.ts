import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { PartOfSpeech } from 'wink-nlp';
import lists from './english-word-lists.json';
import type { AnalysedText, TextToken } from './text-pipeline';

/*
 * The shipped examples as the text pipeline reads them, kept on disk beside their embeddings:
 * every process and theming thread that builds a classifier reads all ten thousand (2-3 s of CPU),
 * where parsing what an earlier process read takes a fraction of that. Only fixed sentences are
 * kept, never a rater's comment. A reading is only as good as the pipeline that made it, so the
 * file's name hashes the pipeline itself: its code, its word lists and the versions of wink it
 * reads with, and the code that lays readings out in the file. A change to any of them reads the
 * examples afresh.
 */

/** A word as kept: written, normal, lemma, stem, part of speech, and 1 for a stop word plus 2 for a negated one. */
type KeptToken = [string, string, string, string, PartOfSpeech, number];
/** A text as kept: its sentiment, then each sentence's sentiment and words. */
export type KeptReading = [number, [number, KeptToken[]][]];

let pipelineHash: string | undefined;

/** What the text pipeline's readings depend on, hashed once per process. */
function textPipelineIdentity(): string {
  if (pipelineHash) return pipelineHash;
  const hash = createHash('sha256');
  // The modules as this process runs them: TypeScript sources, or the built JavaScript. This one
  // too: it lays a reading out in the file, and a file laid out otherwise must not be read with it.
  for (const module of ['text-pipeline', 'word-lists', 'kept-readings']) hash.update(readFileSync(join(__dirname, `${module}${extname(__filename)}`)));
  hash.update(JSON.stringify(lists));
  for (const pkg of ['wink-nlp', 'wink-eng-lite-web-model']) hash.update(`${pkg}@${packageVersion(pkg)}`);
  pipelineHash = hash.digest('hex');
  return pipelineHash;
}

function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
  } catch {
    return 'absent';
  }
}

/** The name a set of texts' readings is kept under: the texts, in order, and the pipeline. */
export function readingsKey(texts: readonly string[]): string {
  return createHash('sha256').update('readings\0').update(textPipelineIdentity()).update('\0').update(texts.join('\0')).digest('hex');
}

export function keptReading(analysed: AnalysedText): KeptReading {
  return [
    analysed.sentiment,
    analysed.sentences.map((sentence) => [
      sentence.sentiment,
      sentence.tokens.map((token): KeptToken => [
        token.written,
        token.normal,
        token.lemma,
        token.stem,
        token.pos,
        (token.stopWord ? 1 : 0) + (token.negated ? 2 : 0),
      ]),
    ]),
  ];
}

export function readingOf(kept: KeptReading): AnalysedText {
  return {
    sentiment: kept[0],
    sentences: kept[1].map(([sentiment, tokens]) => ({
      sentiment,
      tokens: tokens.map(([written, normal, lemma, stem, pos, flags]): TextToken => ({
        written,
        normal,
        lemma,
        stem,
        pos,
        stopWord: (flags & 1) === 1,
        negated: (flags & 2) === 2,
      })),
    })),
  };
}

/** Whether what was read from a file is `count` kept readings, each of the shape keptReading gives. */
export function areKeptReadings(value: unknown, count: number): value is KeptReading[] {
  return (
    Array.isArray(value) &&
    value.length === count &&
    value.every(
      (reading) =>
        Array.isArray(reading) &&
        typeof reading[0] === 'number' &&
        Array.isArray(reading[1]) &&
        (reading[1] as unknown[]).every(
          (sentence) =>
            Array.isArray(sentence) &&
            typeof sentence[0] === 'number' &&
            Array.isArray(sentence[1]) &&
            (sentence[1] as unknown[]).every((token) => Array.isArray(token) && token.length === 6 && typeof token[5] === 'number'),
        ),
    )
  );
}
