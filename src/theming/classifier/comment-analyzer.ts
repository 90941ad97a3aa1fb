import type { CommentKind, CommentSentiment } from '../../aggregation/aggregate.types';
import type { SurveyTheme } from '../../surveys/survey.types';
import { COMMENT_EXAMPLES, type CommentExample } from '../../reports/comment-examples';
import { commentSentiment } from '../sentiment/comment-sentiment';
import { storedEmbeddings } from '../embeddings/embedding-store';
import { DEFAULT_EXAMPLE_SETTINGS, type ExampleClassifier, trainExampleClassifier } from './example-classifier';
import { createSemanticIndex, DEFAULT_NEIGHBOUR_SETTINGS, type LabelledVector, type SemanticIndex } from './semantic-neighbours';
import { type SentenceEncoder, sentenceEncoder } from '../embeddings/sentence-encoder';
import { type AnalysedText, analyseText, type TextToken, wordsOf } from '../text/text-pipeline';

export interface CommentAnalysis {
  /** The themes the comment speaks about, in survey order; empty when it fits none. */
  themeIds: string[];
  sentiment: CommentSentiment;
}

export interface CommentAnalyzer {
  /**
   * `kind` settles the sentiment of stop (constructive) and continue (positive) suggestions;
   * `meaning` is the comment's sentence embedding, without which only its words are read.
   */
  analyze(text: string, kind?: CommentKind, meaning?: Float32Array): CommentAnalysis;
}

/**
 * The knobs of the classifier. The seed weights were tuned by hand on the first shipped examples;
 * the weights of the examples and of meaning, the neighbour settings and the decision rule
 * (minScore, shareOfBest) were then chosen by six-fold cross-validation over all shipped
 * examples, judged on the 964 written for training only, which the seeds were never tuned to
 * (npm run calibrate:comments; comment-analyzer.cross-validation.spec.ts prints the result).
 */
export interface AnalyzerWeights {
  /**
   * How much each kind of seed says about its theme. A keyword was chosen by the survey's
   * author to name the theme; a word of its title or description less so; an item's words
   * describe one behaviour in ordinary language ("people", "time", "work") and say least. The
   * words of a keyword phrase alone ("day" of "bad day") say little.
   */
  keyword: number;
  phrase: number;
  phraseWord: number;
  title: number;
  item: number;
  /** Share of a seed's weight that a word of the same stem but another lemma gets ("organisation" and "organised"). */
  stemOnly: number;
  /**
   * A theme is given when its score reaches this: a keyword of its own (3), or weaker seeds
   * (another form of a keyword, 2.1; a keyword shared with one other theme, 2.2; words of its
   * title and items) that the examples or the nearest sentences agree with...
   */
  minScore: number;
  /**
   * ... and, beside the best theme, when it scores at least this share of the best. In
   * cross-validation, exact matches rose all the way from 0.55 to 1, with words alone and with
   * meaning, because most second themes given were wrong (splitting a comment into clauses and
   * theming each did not help either); so a comment gets one theme, and two only when they tie.
   */
  shareOfBest: number;
  /** What the example classifier's probability of a theme (0..1) adds to its seed score. */
  examples: number;
  /** See ExampleClassifierSettings. */
  exampleTemperature: number;
  exampleSmoothing: number;
  /** What the share of the semantic neighbours' votes for a theme (0..1) adds to its score. */
  meaning: number;
  /** See NeighbourSettings. */
  neighbours: number;
  sharpness: number;
  floor: number;
}

export const DEFAULT_WEIGHTS: Readonly<AnalyzerWeights> = {
  keyword: 3,
  phrase: 4,
  phraseWord: 0.5,
  title: 2,
  item: 1,
  stemOnly: 0.7,
  minScore: 2.5,
  shareOfBest: 1,
  examples: 4,
  exampleTemperature: DEFAULT_EXAMPLE_SETTINGS.temperature,
  exampleSmoothing: DEFAULT_EXAMPLE_SETTINGS.smoothing,
  meaning: 8,
  neighbours: DEFAULT_NEIGHBOUR_SETTINGS.neighbours,
  sharpness: DEFAULT_NEIGHBOUR_SETTINGS.sharpness,
  floor: DEFAULT_NEIGHBOUR_SETTINGS.floor,
};

interface Phrase {
  stems: string[];
  /** Matched with articles left out, unless that would leave one word ("the why"). */
  articleFree: boolean;
  themeIndex: number;
  weight: number;
}

interface SeedModel {
  /** byLemma[lemma][themeIndex]: TF-IDF weight of a content word for each theme. */
  byLemma: Map<string, number[]>;
  /** The same by stem, so that "delegation" still counts for "delegate", at `stemOnly` of the weight. */
  byStem: Map<string, number[]>;
  phrases: Phrase[];
}

function seedText(text: string): string {
  return text.replace(/\{\{\s*leader\s*\}\}/g, ' ');
}

/** Every word of a seed, stop words included: phrases are matched on them. */
function seedWords(text: string): TextToken[] {
  return wordsOf(analyseText(seedText(text)));
}

/**
 * One seed document per theme: each content word of its seeds with the weight of the strongest
 * seed it appears in, by lemma and by stem, then TF-IDF over the themes; keyword phrases apart.
 */
function buildSeedModel(themes: readonly SurveyTheme[], weights: AnalyzerWeights): SeedModel {
  const rawLemmas: Map<string, number>[] = themes.map(() => new Map());
  const rawStems: Map<string, number>[] = themes.map(() => new Map());
  const phrases: Phrase[] = [];
  const add = (themeIndex: number, words: readonly TextToken[], weight: number): void => {
    for (const word of words) {
      if (word.stopWord || word.stem.length < 2) continue;
      rawLemmas[themeIndex].set(word.lemma, Math.max(rawLemmas[themeIndex].get(word.lemma) ?? 0, weight));
      rawStems[themeIndex].set(word.stem, Math.max(rawStems[themeIndex].get(word.stem) ?? 0, weight));
    }
  };
  themes.forEach((theme, themeIndex) => {
    for (const keyword of theme.keywords) {
      const words = seedWords(keyword);
      if (words.length > 1) {
        const articleFree = withoutArticles(words).length > 1;
        phrases.push({ stems: (articleFree ? withoutArticles(words) : words).map((word) => word.stem), themeIndex, articleFree, weight: weights.phrase });
        add(themeIndex, words, weights.phraseWord);
      } else {
        add(themeIndex, words, weights.keyword);
      }
    }
    add(themeIndex, seedWords(`${theme.title}. ${theme.description ?? ''}`), weights.title);
    for (const item of theme.items) add(themeIndex, seedWords(item.text), weights.item);
  });
  return { byLemma: tfIdf(rawLemmas), byStem: tfIdf(rawStems), phrases };
}

/**
 * A term's weight for a theme is the weight of the strongest seed it comes from, times its
 * inverse document frequency over the themes, so that "people" (in every theme's items) counts
 * for little and "delegate" (in one) for much. The IDF is scaled so that a term of one theme
 * only weighs 1 whatever the number of themes: the thresholds then mean the same in a survey
 * of two themes as in one of eight.
 */
function tfIdf(raw: readonly Map<string, number>[]): Map<string, number[]> {
  const weights = new Map<string, number[]>();
  const exclusive = Math.log(1 + raw.length);
  for (const term of new Set(raw.flatMap((seeds) => [...seeds.keys()]))) {
    const documentFrequency = raw.filter((seeds) => seeds.has(term)).length;
    const idf = Math.log(1 + raw.length / documentFrequency) / exclusive;
    weights.set(term, raw.map((seeds) => (seeds.get(term) ?? 0) * idf));
  }
  return weights;
}

/**
 * "takes the credit" is "take credit", "follows it through" "follow through": phrases match
 * without articles, possessives and the pronouns that stand for the thing acted on.
 */
const ARTICLES = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'my', 'our', 'your', 'its', 'this', 'that', 'it', 'them', 'things', 'thing']);

function withoutArticles(words: readonly TextToken[]): TextToken[] {
  return words.filter((word) => !ARTICLES.has(word.normal));
}

/** Where a phrase occurs in a word sequence, as the indexes of its words (empty when it does not). */
function phraseOccurrences(sequence: readonly TextToken[], phrase: readonly string[]): number[] {
  const found: number[] = [];
  for (let start = 0; start + phrase.length <= sequence.length; start += 1) {
    if (phrase.every((stem, offset) => sequence[start + offset].stem === stem)) for (let offset = 0; offset < phrase.length; offset += 1) found.push(start + offset);
  }
  return found;
}

/**
 * A comment's score for each theme: the seed weights of its content stems, plus a bonus for
 * each keyword phrase it contains. A matched phrase claims its words for its own theme: in
 * "asks for feedback" (self-awareness), "feedback" does not also count for developing others.
 */
function themeScores(model: SeedModel, themeCount: number, words: readonly TextToken[], stemOnly = DEFAULT_WEIGHTS.stemOnly): number[] {
  const scores = new Array<number>(themeCount).fill(0);
  const stripped = withoutArticles(words);
  /** For each word a phrase claimed, the themes it may still count for. */
  const claimed = new Map<TextToken, Set<number>>();
  for (const phrase of model.phrases) {
    const sequence = phrase.articleFree ? stripped : words;
    const occurrences = phraseOccurrences(sequence, phrase.stems);
    if (occurrences.length === 0) continue;
    scores[phrase.themeIndex] += phrase.weight;
    for (const index of occurrences) {
      const themes = claimed.get(sequence[index]) ?? new Set<number>();
      claimed.set(sequence[index], themes.add(phrase.themeIndex));
    }
  }
  const counted = new Set<string>();
  for (const word of words) {
    if (word.stopWord || word.stem.length < 2 || counted.has(word.stem)) continue;
    counted.add(word.stem);
    const byLemma = model.byLemma.get(word.lemma);
    const byStem = model.byStem.get(word.stem);
    const only = claimed.get(word);
    for (let index = 0; index < themeCount; index += 1) {
      if (only !== undefined && !only.has(index)) continue;
      scores[index] += Math.max(byLemma?.[index] ?? 0, stemOnly * (byStem?.[index] ?? 0));
    }
  }
  return scores;
}

/**
 * The weights for a survey whose themes no shipped example is filed under (a coach's own): its
 * keywords, titles and items, read as words and as seed sentences, decide alone. Chosen on every
 * shipped example classified that way (npm run calibrate:comments -- seeds): 46.6 % exactly right,
 * against 30.1 % with the weights of the shipped themes; a comment must be nearer its seed
 * sentences (floor 0.5) for its meaning to count, since five items say less than a thousand examples.
 */
export const SEEDS_ONLY_WEIGHTS: Readonly<Pick<AnalyzerWeights, 'minScore' | 'shareOfBest' | 'meaning' | 'neighbours' | 'sharpness' | 'floor'>> = {
  minScore: 1.5,
  shareOfBest: 1,
  meaning: 6,
  neighbours: 9,
  sharpness: 10,
  floor: 0.5,
};

/** The themes given for a comment's scores, in survey order. */
export function chosenThemes(themes: readonly SurveyTheme[], scores: readonly number[], weights: Pick<AnalyzerWeights, 'minScore' | 'shareOfBest'>): string[] {
  const best = Math.max(0, ...scores);
  if (best < weights.minScore) return [];
  return themes.filter((_, index) => scores[index] >= weights.minScore && scores[index] >= weights.shareOfBest * best).map((theme) => theme.id);
}

/** The shipped examples filed under a survey's themes, by theme id; an example of no theme is one of none. */
function trainingComments(themes: readonly SurveyTheme[], examples: readonly CommentExample[]): { text: string; themeIndexes: number[] }[] {
  const indexById = new Map(themes.map((theme, index) => [theme.id, index]));
  return examples.map((example) => ({ text: example.text, themeIndexes: example.themes.flatMap((id) => indexById.get(id) ?? []) }));
}

/**
 * The sentences a survey's author wrote for each theme, as the semantic index reads them: the
 * title with the description, and each item with {{leader}} as a person ("The leader listens
 * without interrupting"), since raters write of a person.
 */
export function seedSentences(themes: readonly SurveyTheme[]): { text: string; themeIndex: number }[] {
  return themes.flatMap((theme, themeIndex) => [
    { text: `${theme.title}. ${theme.description ?? ''}`.trim(), themeIndex },
    ...theme.items.map((item) => ({ text: item.text.replace(/\{\{\s*leader\s*\}\}/g, 'The leader'), themeIndex })),
  ]);
}

/** Sentence embeddings a scorer's semantic votes come from: one per example (in the order given) and one per seed sentence. */
export interface Meanings {
  examples: readonly Float32Array[];
  seeds: readonly Float32Array[];
}

export interface ScoredComment {
  analysed: AnalysedText;
  /** Per theme, in survey order: seed score plus what the examples and the semantic neighbours add. */
  scores: number[];
}

/** What each kind of evidence says of each theme, before weighting (calibration combines them under many weights). */
export interface ScoreParts {
  analysed: AnalysedText;
  seeds: number[];
  /** The example classifier's probabilities, 0..1. */
  learnt: number[];
  /** The semantic neighbours' share of votes, 0..1; all 0 without a meaning. */
  votes: number[];
}

export function combinedScores(parts: ScoreParts, weights: Pick<AnalyzerWeights, 'examples' | 'meaning'>): number[] {
  return parts.seeds.map((score, index) => score + weights.examples * parts.learnt[index] + weights.meaning * parts.votes[index]);
}

export interface ThemeScorer {
  score(text: string, meaning?: Float32Array): ScoredComment;
  parts(text: string, meaning?: Float32Array): ScoreParts;
  /** The decision rule for these scores: the tuned one, or SEEDS_ONLY_WEIGHTS when no example applies to these themes. */
  decision: Pick<AnalyzerWeights, 'minScore' | 'shareOfBest'>;
}

/**
 * The labelled sentences a comment's meaning is compared with: the survey's seed sentences and,
 * when the examples apply to these themes, the examples. A survey whose themes no example is
 * filed under (a coach's own) compares with its seeds alone: every example would vote "none".
 */
function semanticIndexOf(themes: readonly SurveyTheme[], training: readonly { themeIndexes: number[] }[], learns: boolean, meanings: Meanings, weights: AnalyzerWeights): SemanticIndex {
  const seeds: LabelledVector[] = seedSentences(themes).map((seed, index) => ({ vector: meanings.seeds[index], themeIndexes: [seed.themeIndex] }));
  const examples: LabelledVector[] = learns ? training.map((comment, index) => ({ vector: meanings.examples[index], themeIndexes: comment.themeIndexes })) : [];
  return createSemanticIndex([...examples, ...seeds], themes.length, { neighbours: weights.neighbours, sharpness: weights.sharpness, floor: weights.floor });
}

/**
 * Scores a comment against each theme: seeds (what the survey's author wrote), plus the
 * probability the shipped examples give it, plus the votes of the sentences nearest in meaning,
 * each weighted. Exported for cross-validation, which trains on part of the examples; the product
 * uses analyzerForThemes. Without `meanings`, or a comment without its own, words alone decide.
 */
export function createThemeScorer(themes: readonly SurveyTheme[], tuning: Partial<AnalyzerWeights> = {}, examples: readonly CommentExample[] = COMMENT_EXAMPLES, meanings?: Meanings): ThemeScorer {
  const training = trainingComments(themes, examples);
  const learns = training.some((comment) => comment.themeIndexes.length > 0);
  const weights = { ...DEFAULT_WEIGHTS, ...(learns ? {} : SEEDS_ONLY_WEIGHTS), ...tuning };
  const model = buildSeedModel(themes, weights);
  const classifier: ExampleClassifier = trainExampleClassifier(training, themes.length, { temperature: weights.exampleTemperature, smoothing: weights.exampleSmoothing });
  const semantic = meanings ? semanticIndexOf(themes, training, learns, meanings, weights) : undefined;
  const parts = (text: string, meaning?: Float32Array): ScoreParts => {
    const analysed = analyseText(text);
    const words = wordsOf(analysed);
    return {
      analysed,
      seeds: themeScores(model, themes.length, words, weights.stemOnly),
      learnt: classifier.probabilities(words),
      votes: semantic && meaning ? semantic.votes(meaning) : new Array<number>(themes.length).fill(0),
    };
  };
  return {
    decision: { minScore: weights.minScore, shareOfBest: weights.shareOfBest },
    parts,
    score(text: string, meaning?: Float32Array): ScoredComment {
      const scored = parts(text, meaning);
      return { analysed: scored.analysed, scores: combinedScores(scored, weights) };
    },
  };
}

/**
 * Builds the seed model, the example classifier and the semantic index of a survey's themes
 * once; analysing a comment then only reads the comment. `tuning` overrides weights and
 * `examples` the shipped training comments, for experiments and tests; the product uses
 * analyzerForThemes.
 */
export function createCommentAnalyzer(themes: readonly SurveyTheme[], tuning: Partial<AnalyzerWeights> = {}, examples: readonly CommentExample[] = COMMENT_EXAMPLES, meanings?: Meanings): CommentAnalyzer {
  const scorer = createThemeScorer(themes, tuning, examples, meanings);
  return {
    analyze(text: string, kind: CommentKind = 'text', meaning?: Float32Array): CommentAnalysis {
      const { analysed, scores } = scorer.score(text, meaning);
      return { themeIds: chosenThemes(themes, scores, scorer.decision), sentiment: commentSentiment(text, analysed, kind) };
    },
  };
}

/** The sentence embeddings of the examples and of a survey's seed sentences, from the embedding store. */
export async function meaningsOf(themes: readonly SurveyTheme[], examples: readonly CommentExample[], encoder: SentenceEncoder): Promise<Meanings> {
  const [exampleVectors, seedVectors] = await Promise.all([
    storedEmbeddings(examples.map((example) => example.text), encoder),
    storedEmbeddings(seedSentences(themes).map((seed) => seed.text), encoder),
  ]);
  return { examples: exampleVectors, seeds: seedVectors };
}

const analyzersByThemes = new WeakMap<readonly SurveyTheme[], Promise<CommentAnalyzer>>();
const analyzersBySeeds = new Map<string, Promise<CommentAnalyzer>>();
/** Surveys a worker meets at once; beyond this the least recently built analyzer is dropped. */
const CACHED_SEED_SETS = 32;

/** What the seed model is built from: two snapshots that agree on it share one analyzer. */
function seedKey(themes: readonly SurveyTheme[]): string {
  return JSON.stringify(themes.map((theme) => [theme.id, theme.title, theme.description ?? '', theme.keywords, theme.items.map((item) => item.text)]));
}

async function buildAnalyzer(themes: readonly SurveyTheme[]): Promise<CommentAnalyzer> {
  const meanings = await meaningsOf(themes, COMMENT_EXAMPLES, await sentenceEncoder());
  return createCommentAnalyzer(themes, {}, COMMENT_EXAMPLES, meanings);
}

/**
 * The analyzer of a survey's themes, built once per process. The worker reads each campaign's
 * snapshot afresh for every batch it folds, so the same themes arrive as new objects: they are
 * recognised by content, not only by identity.
 */
export function analyzerForThemes(themes: readonly SurveyTheme[]): Promise<CommentAnalyzer> {
  const known = analyzersByThemes.get(themes);
  if (known) return known;
  const key = seedKey(themes);
  let analyzer = analyzersBySeeds.get(key);
  if (analyzer) {
    analyzersBySeeds.delete(key);
  } else {
    const building = buildAnalyzer(themes);
    // A failed build is forgotten, so that the next fold tries again; a newer build is kept.
    building.catch(() => {
      if (analyzersBySeeds.get(key) === building) analyzersBySeeds.delete(key);
      if (analyzersByThemes.get(themes) === building) analyzersByThemes.delete(themes);
    });
    analyzer = building;
    if (analyzersBySeeds.size >= CACHED_SEED_SETS) analyzersBySeeds.delete(analyzersBySeeds.keys().next().value as string);
  }
  analyzersBySeeds.set(key, analyzer);
  analyzersByThemes.set(themes, analyzer);
  return analyzer;
}

/**
 * Analyses comments of one survey together, so that their embeddings are computed in one batch.
 * `known` holds embeddings already computed for some of the texts (before a transaction was opened).
 */
export async function analyzeComments(
  themes: readonly SurveyTheme[],
  comments: readonly { text: string; kind: CommentKind }[],
  known: ReadonlyMap<string, Float32Array> = new Map(),
): Promise<CommentAnalysis[]> {
  if (comments.length === 0) return [];
  const analyzer = await analyzerForThemes(themes);
  const computed = await embedTexts(comments.map((comment) => comment.text).filter((text) => !known.has(text)));
  return comments.map((comment) => analyzer.analyze(comment.text, comment.kind, known.get(comment.text) ?? computed.get(comment.text)));
}

/** The sentence embeddings of texts, by text. */
export async function embedTexts(texts: readonly string[]): Promise<Map<string, Float32Array>> {
  const unique = [...new Set(texts)];
  if (unique.length === 0) return new Map();
  const vectors = await (await sentenceEncoder()).embed(unique);
  return new Map(unique.map((text, index) => [text, vectors[index]]));
}
