import { readFileSync } from 'node:fs';

/**
 * eld's n-gram tables are a JavaScript module holding one object literal of 81,000 keys (1.6 MB of
 * source for its 'small' set). Evaluating that module costs a process about 150 MiB of resident
 * memory: V8's parser peaks near 70 MiB of its own memory on the literal, the compiled literal is
 * kept as well as the objects it made, and the heap holds 47 MiB of them. Read as JSON, the same
 * tables take 26 MiB of heap and the process about 75 MiB. The file holds only objects, numbers
 * and quoted strings, so quoting its bare keys and re-quoting its single-quoted strings makes it
 * JSON; anything else in it is refused rather than guessed at.
 */

/** What eld's `loadData` takes: its languages by index, and each n-gram's score per language index. */
export interface NgramsData {
  type: string;
  languages: Record<string, string>;
  ngrams: Record<string, Record<string, number>>;
}

const DECLARATION = 'export const ngramsData =';
const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', '0': '\0' };

/**
 * One token of the literal: a quoted string, a bare word with the colon that makes it a key, or
 * any other character that is not punctuation of JSON. Runs of punctuation and spaces are not
 * matched, and so stay as they are in the text `replace` returns.
 */
const TOKEN = /'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|([A-Za-z0-9_$.+-]+)(\s*:)?|([^{}:,[\]\s])/g;

/** The value of a quoted string's body: JavaScript's escapes undone. */
function unescaped(body: string): string {
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)/g, (_, escape: string) =>
    escape.length > 1 ? String.fromCharCode(parseInt(escape.slice(1), 16)) : (ESCAPES[escape] ?? escape),
  );
}

/** The object literal of an eld n-grams module's source, as JSON text. */
export function ngramsLiteralAsJson(source: string): string {
  const declared = source.indexOf(DECLARATION);
  if (declared < 0) throw new Error(`eld's n-grams: the module does not declare ngramsData`);
  const literal = source.slice(source.indexOf('{', declared), source.lastIndexOf('}') + 1);
  return literal.replace(TOKEN, (token: string, single?: string, double?: string, word?: string, colon?: string, other?: string, offset?: number): string => {
    if (single !== undefined || double !== undefined) return JSON.stringify(unescaped(single ?? double ?? ''));
    // A bare key is quoted; a bare value must be a number, true, false or null, which JSON reads as they are.
    if (word !== undefined && colon !== undefined) return `${JSON.stringify(word)}:`;
    if (word !== undefined && /^(-?\d+(\.\d+)?|true|false|null)$/.test(word)) return word;
    throw new Error(`eld's n-grams: '${word ?? other ?? token}' at ${offset} of the literal is not part of a plain object literal`);
  });
}

/** eld's n-gram tables from the module file at `path`, read without evaluating it. */
export function readNgrams(path: string): NgramsData {
  const data = JSON.parse(ngramsLiteralAsJson(readFileSync(path, 'utf8'))) as NgramsData;
  if (typeof data.type !== 'string' || typeof data.languages !== 'object' || typeof data.ngrams !== 'object')
    throw new Error(`eld's n-grams in ${path} are not in the shape this reader knows (type, languages, ngrams)`);
  return data;
}
