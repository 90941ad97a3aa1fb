import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { eld as EldInstance } from 'eld/small';
import { type NgramsData, readNgrams } from './eld-ngrams';

/** What the language detector makes of a text: its likeliest language, and whether it is sure. */
export interface LanguageGuess {
  /** ISO 639-1 code, or '' when the text holds nothing to go by. */
  language: string;
  /** The detector's own judgement: enough of the text's letter sequences point to one language alone. */
  reliable: boolean;
  /** How well the text matches each language the detector knows, 0 to 1, by ISO 639-1 code. */
  scores: Readonly<Record<string, number>>;
}

type Eld = typeof EldInstance;

/** eld's detector, and its small n-gram tables (a 1.6 MB module), inside the package. */
const ELD_DETECTOR = join('src', 'languageDetector.js');
const ELD_NGRAMS = join('src', 'ngrams', 'small.js');

let detector: Eld | undefined;

/**
 * The detector, loaded with the first comment, so that processes that never read one do not hold
 * its tables. eld ships as an ES module that it exports to `import` alone: a dynamic import would
 * do in the built app, but the TypeScript runners of the CLI, the scripts and the test processes
 * turn it into a `require` of `eld/small`, which its exports refuse. Every Node version this
 * application runs on (engines) requires an ES module without top-level await, so its detector
 * is required by path, found where Node would look for the package.
 */
function eld(): Eld {
  if (!detector) {
    const folder = (require.resolve.paths('eld') ?? []).map((modules) => join(modules, 'eld')).find((candidate) => existsSync(join(candidate, 'package.json')));
    if (!folder) throw new Error('The language detector eld is not installed: run npm ci');
    // What eld's entry file for these tables does, but with the tables read as JSON rather than
    // evaluated as a module: about 100 MiB less resident memory (eld-ngrams.ts).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { createEld } = require(join(folder, ELD_DETECTOR)) as { createEld: () => { instance: Eld; loadData: (data: NgramsData) => string } };
    const { instance, loadData } = createEld();
    if (!loadData(readNgrams(join(folder, ELD_NGRAMS)))) throw new Error(`eld's n-gram tables in ${folder} did not load`);
    detector = instance;
  }
  return detector;
}

/** The language eld detects in a text. */
export function guessLanguage(text: string): LanguageGuess {
  const result = eld().detect(text);
  return { language: result.language, reliable: result.language !== '' && result.isReliable(), scores: result.getScores() };
}
