/* eslint-disable @typescript-eslint/unbound-method, @typescript-eslint/no-unnecessary-type-assertion --
   wink's `its` helpers are plain functions handed over by value, as wink's own examples do, and
   its `out()` is typed as T[] | string[] whatever the helper: the assertions say which it is. */
import type Model from 'wink-eng-lite-web-model';
import winkNLP, { type ItemSentence, type ItsFunction, type PartOfSpeech, type WinkMethods } from 'wink-nlp';
import { WORDS } from './word-lists';

/**
 * The English text pipeline every comment goes through: wink-nlp tokenises, splits sentences,
 * tags parts of speech, marks negation and scores sentiment; each word is then lemmatised
 * ("interrupts" -> "interrupt") and stemmed (Porter, "delegation" ~ "delegate") from wink's
 * normal form, which is lower case and American-spelt ("prioritise" -> "prioritize").
 */

/** One word of a comment. Punctuation, symbols, numbers and emoji are not words. */
export interface TextToken {
  /** Lower case, as written ("humour"). */
  written: string;
  /** Lower case, American spelling ("humor"), contractions expanded ("n't" -> "not"). */
  normal: string;
  lemma: string;
  /** What comments and seeds are compared by: the Porter stem of the lemma, accents removed. */
  stem: string;
  pos: PartOfSpeech;
  /** A function word ("the", "is", "of", "more", "not") that says nothing about a theme. */
  stopWord: boolean;
  /**
   * What a negation denies: the next content word after "not", "n't", "never", "no", "nothing",
   * "rarely", "rather than"... within the same clause, with the function words on the way
   * ("doesn't *really listen* to anyone and interrupts": "interrupts" is not negated). Narrower
   * than wink's flag, which runs to the next punctuation.
   */
  negated: boolean;
}

export interface TextSentence {
  tokens: TextToken[];
  /** wink's sentiment of the sentence, -1 (negative) .. 1 (positive), emoji and emphasis included. */
  sentiment: number;
}

export interface AnalysedText {
  sentences: TextSentence[];
  /** wink's sentiment of the whole text, -1 .. 1. */
  sentiment: number;
}

interface EnglishPipeline {
  nlp: WinkMethods;
  /** its.lemma, retyped: wink's declarations give it an addons parameter where tokens.out passes a cache. */
  lemma: ItsFunction<string>;
  stem: (word: string) => string;
  /** Whether a word is outside the model's own lexicon (what wink learnt as it read counts as outside). */
  isOOV: (text: string) => boolean;
}

let english: EnglishPipeline | undefined;
let modelLoadMs: number | undefined;

/**
 * Loaded on first use and kept for the life of the process: reading the model takes a good
 * part of a second, and a worker analyses every comment of every answer it folds.
 * Named-entity recognition is left out of the pipe: nothing here needs it, and it is the slowest step.
 */
function englishPipeline(): EnglishPipeline {
  if (english) return english;
  const started = performance.now();
  // The model's module is required here, not imported: its 3.6 MB of source and tables cost a
  // process some 17 MiB before any text is read, and an api reads text only for a report's topics.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded = require('wink-eng-lite-web-model') as typeof Model | { default: typeof Model };
  const model = 'default' in loaded ? loaded.default : loaded;
  const nlp = winkNLP(model, ['sbd', 'negation', 'sentiment', 'pos']);
  const stem = model.addons.stem;
  if (typeof stem !== 'function') throw new Error('wink-eng-lite-web-model ships no stemmer');
  english = { nlp, lemma: nlp.its.lemma as unknown as ItsFunction<string>, stem: stem as (word: string) => string, isOOV: nlp.readDoc('').isOOV };
  modelLoadMs = performance.now() - started;
  return english;
}

/** How long loading the language model took in this process (undefined until it is loaded). */
export function languageModelLoadMs(): number | undefined {
  return modelLoadMs;
}

const NEGATION_SCOPE = 1;

const stopLemmas = new Map<string, boolean>();

/**
 * wink flags "get" and "keep" as stop words but not "gets" and "keeps"; a word whose lemma is a
 * stop word is one too, so that inflection does not turn a function word into a theme's term.
 */
function isStopLemma(nlp: WinkMethods, lemma: string): boolean {
  let stop = stopLemmas.get(lemma);
  if (stop === undefined) {
    const flags = nlp.readDoc(lemma).tokens().out(nlp.its.stopWordFlag) as boolean[];
    stop = flags.length === 1 && flags[0];
    stopLemmas.set(lemma, stop);
  }
  return stop;
}

const initialLemmas = new Map<string, string>();

/**
 * Raters write without a subject ("Talks over people", "Paints a picture"), and wink then takes
 * the capitalised first word for a proper noun and leaves it unlemmatised. Read after a subject,
 * it is tagged as what it is.
 */
function sentenceInitialLemma(nlp: WinkMethods, lemma: ItsFunction<string>, normal: string): string {
  let found = initialLemmas.get(normal);
  if (found === undefined) {
    const lemmas = nlp.readDoc(`she ${normal}`).tokens().out(lemma) as (string | null)[];
    found = lemmas.length === 2 ? (lemmas[1] ?? normal).toLowerCase() : normal;
    initialLemmas.set(normal, found);
  }
  return found;
}

/** A possessive "'s" or a stray quote is a word to wink, not to a reader. */
const LETTER_OR_DIGIT_FIRST = /^[\p{L}\p{N}]/u;

/** Accents must not stop a match ("café" ~ "cafe"): wink keeps them, the stems do not. */
function withoutAccents(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '');
}

/**
 * wink keeps some hyphenated words whole ("cross-functional") and splits others ("self-aware"),
 * so a keyword and a comment could disagree on how many words "cross-functional" is. Read as
 * separate words, they always agree. Only the analysed copy changes, never the stored text.
 */
function withHyphensAsSpaces(text: string): string {
  return text.replace(/(\p{L})[-\u2010\u2011](?=\p{L})/gu, '$1 ');
}

/**
 * A possessive "'s" with either apostrophe, in any case, and the whole word before it. The match
 * starts only at a word's start: one tried from inside a long word took quadratic time.
 */
const POSSESSIVE_MARK = /['\u2019][sS]/u;
const POSSESSIVE = /(?<![\p{L}\p{M}\p{N}])([\p{L}\p{M}\p{N}]+)(['\u2019][sS])(?![\p{L}\p{N}])/gu;

/**
 * wink learns each word it has not met into its lexicon as it reads, and looks a whole word up
 * there before splitting it. A possessive before a stop or a comma ("not the team's.") is taken
 * whole, as a proper noun, and learnt: from then on "the team's work" reads as "team's" too, where
 * a fresh process reads "team" and "'s". What a comment says would then depend on what the process
 * read before (63 of the 10,007 examples read differently the second time). The "'s" of a word
 * outside wink's own lexicon is set apart first, as wink sets it apart elsewhere; a contraction it
 * knows ("it's.", "that's,") is left whole, and read as one. Whatever the apostrophe a keyboard
 * types (phones type ’), in capitals too ("THE TEAM'S."), after a digit ("Q3's.") or an accent
 * written apart ("cafe\u0301's."): each of them was learnt whole otherwise.
 */
function withPossessivesApart(isOOV: (text: string) => boolean, text: string): string {
  if (!POSSESSIVE_MARK.test(text)) return text;
  return text.replace(POSSESSIVE, (whole: string, word: string, mark: string) => (isOOV(whole) ? `${word} ${mark}` : whole));
}

interface RawSentence {
  types: string[];
  normals: string[];
  values: string[];
  /** Null where wink finds none: a contraction typed without its apostrophe before a stop ("which arent."). */
  lemmas: (string | null)[];
  pos: PartOfSpeech[];
  stopWords: boolean[];
  sentiment: number;
}

/**
 * Everything wink says about a text, read out before anything else is read: wink keeps one
 * reading state, and the lemma and stop-word look-ups below read other (one-word) texts.
 */
function readRaw({ nlp, lemma, isOOV }: EnglishPipeline, text: string): { sentences: RawSentence[]; sentiment: number } {
  const its = nlp.its;
  const doc = nlp.readDoc(withPossessivesApart(isOOV, withHyphensAsSpaces(text)));
  const sentences: RawSentence[] = [];
  doc.sentences().each((sentence: ItemSentence) => {
    const tokens = sentence.tokens();
    sentences.push({
      types: tokens.out(its.type) as string[],
      normals: tokens.out(its.normal) as string[],
      values: tokens.out(its.value) as string[],
      lemmas: tokens.out(lemma) as (string | null)[],
      pos: tokens.out(its.pos) as PartOfSpeech[],
      stopWords: tokens.out(its.stopWordFlag) as boolean[],
      sentiment: sentence.out(its.sentiment) as number,
    });
  });
  return { sentences, sentiment: doc.out(its.sentiment) as number };
}

/** wink types words of scripts it does not know (Cyrillic, Chinese) as unknown; they are still words. */
function isWord(type: string, value: string): boolean {
  return type === 'word' || (type === 'unk' && /\p{L}/u.test(value));
}

const stems = new Map<string, string>();

/**
 * The stem of a lemma, accents removed, each lemma stemmed once per process: the same few thousand
 * lemmas recur in every comment, and stemming each word anew took a quarter of reading the examples.
 */
function stemOf(stem: (word: string) => string, lemma: string): string {
  let found = stems.get(lemma);
  if (found === undefined) {
    found = stem(withoutAccents(lemma));
    stems.set(lemma, found);
  }
  return found;
}

export function analyseText(text: string): AnalysedText {
  const pipeline = englishPipeline();
  const { nlp, lemma, stem } = pipeline;
  const raw = readRaw(pipeline, text);
  const sentences = raw.sentences.map(({ types, normals, values, lemmas, pos, stopWords, sentiment }): TextSentence => {
    const words: TextToken[] = [];
    let scope = 0;
    types.forEach((type, index) => {
      const normal = normals[index];
      if (type === 'punctuation' || WORDS.clauseStarters.has(normal)) scope = 0;
      if (!isWord(type, values[index])) return;
      const firstWord = words.length === 0 && pos[index] === 'PROPN';
      const base = firstWord ? sentenceInitialLemma(nlp, lemma, normal) : (lemmas[index] ?? normal).toLowerCase();
      const stopWord = stopWords[index] || !LETTER_OR_DIGIT_FIRST.test(base) || isStopLemma(nlp, base);
      const negator = WORDS.negators.has(normal) || (index > 0 && WORDS.negatorPairs.has(`${normals[index - 1]} ${normal}`));
      const negated = scope > 0 && !negator;
      if (negated && !stopWord) scope -= 1;
      if (negator) scope = NEGATION_SCOPE;
      words.push({ written: values[index].toLowerCase(), normal, lemma: base, stem: stemOf(stem, base), pos: pos[index], stopWord, negated });
    });
    return { tokens: words, sentiment };
  });
  return { sentences, sentiment: raw.sentiment };
}

/** Every word of a text in order, sentences joined. */
export function wordsOf(analysed: AnalysedText): TextToken[] {
  return analysed.sentences.flatMap((sentence) => sentence.tokens);
}

/** The stems that can say what a text is about: words that are not stop words, each once, in order. */
export function contentStems(tokens: readonly TextToken[]): string[] {
  return [...new Set(tokens.filter((token) => !token.stopWord && token.stem.length > 1).map((token) => token.stem))];
}
