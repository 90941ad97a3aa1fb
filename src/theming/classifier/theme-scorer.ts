import type { SurveyTheme } from '../../surveys/survey.types';
import type { LabelledComment } from '../examples/labelled-comment';
import { type AnalysedText, analyseText, wordsOf } from '../text/text-pipeline';
import { type AnalyzerWeights, DEFAULT_WEIGHTS, type DecisionRule, logOdds, SEEDS_ONLY_WEIGHTS } from './analyzer-weights';
import { commentFeatures, trainExampleClassifier } from './example-classifier';
import { commentClauses, strongestOfClauses } from './comment-clauses';
import { type EmbeddingTrainingComment, type FittedWeightsMemo, trainEmbeddingClassifier } from './embedding-classifier';
import { buildSeedModel, type SeedModel, seedScores, seedSentences } from './seed-model';
import { createSemanticIndex, type SemanticIndex } from './semantic-neighbours';

/** Sentence embeddings a scorer's semantic votes come from: one per example (in the order given) and one per seed sentence. */
export interface Meanings {
  examples: readonly Float32Array[];
  seeds: readonly Float32Array[];
}

export interface ScoredComment {
  analysed: AnalysedText;
  /** Per theme, in survey order: seed score plus what the examples and the semantic neighbours add. */
  scores: number[];
  /** The probability, 0..1, that the comment speaks of none of the themes; 0 without a meaning or without examples. */
  unthemed: number;
  /**
   * The log-odds that the comment speaks of two of the themes. Null without a meaning, or without
   * examples of two of these themes: the classifier has then learnt nothing of it (a coach's theme
   * beside shipped ones), and the second theme is left to the scores.
   */
  twoThemesOdds: number | null;
}

/** What each kind of evidence says of each theme, before weighting (calibration combines them under many weights). */
export interface ScoreParts {
  analysed: AnalysedText;
  seeds: number[];
  /** The example classifier's probabilities, 0..1. */
  learnt: number[];
  /** The semantic neighbours' share of votes, 0..1; all 0 without a meaning. */
  votes: number[];
  /** The embedding classifier's probability of each theme, 0..1; all 0 without a meaning or without examples. */
  embedded: number[];
  /** See ScoredComment. */
  unthemed: number;
  twoThemesOdds: number | null;
}

export function combinedScores(parts: ScoreParts, weights: Pick<AnalyzerWeights, 'examples' | 'meaning' | 'embedding'>): number[] {
  return parts.seeds.map(
    (score, index) => score + weights.examples * parts.learnt[index] + weights.meaning * parts.votes[index] + weights.embedding * parts.embedded[index],
  );
}

export interface ThemeScorer {
  score(text: string, meaning?: Float32Array): ScoredComment;
  parts(text: string, meaning?: Float32Array): ScoreParts;
  /** The decision rule for these scores: the tuned one, or SEEDS_ONLY_WEIGHTS when no example applies to these themes. */
  decision: DecisionRule;
}

/** What a scorer is built from besides the themes: labelled examples, their embeddings, and how to read them. */
export interface ScorerSources {
  examples: readonly LabelledComment[];
  /** Without them (or for a comment without its own), words alone decide. */
  meanings?: Meanings;
  /** How an example's text is analysed, for its features and its seed scores alike; a caller that reads the examples for more than their themes passes a memo of it. */
  analyse?: (text: string) => AnalysedText;
  /** Keeps the weights the classifiers of meaning fit on the examples, between processes; without it they are fitted at every build. */
  fitted?: FittedWeightsMemo;
}

/** The examples filed under these themes, by theme index; an example of no theme here is one of none. */
function trainingComments(themes: readonly SurveyTheme[], examples: readonly LabelledComment[]): { text: string; themeIndexes: number[] }[] {
  const indexById = new Map(themes.map((theme, index) => [theme.id, index]));
  return examples.map((example) => ({ text: example.text, themeIndexes: example.themes.flatMap((id) => indexById.get(id) ?? []) }));
}

/**
 * The labelled sentences a comment's meaning is compared with: the survey's seed sentences and,
 * when the examples apply to these themes, the examples. A survey whose themes no example is
 * filed under (a coach's own) compares with its seeds alone: every example would vote "none".
 */
function semanticIndexOf(
  themes: readonly SurveyTheme[],
  training: readonly { themeIndexes: number[] }[],
  learns: boolean,
  meanings: Meanings,
  weights: AnalyzerWeights,
): SemanticIndex {
  const seeds = { vectors: meanings.seeds, themeIndexes: seedSentences(themes).map((seed) => [seed.themeIndex]) };
  // The examples' own vectors, not a copy: every survey's index shares one contiguous copy of them.
  const examples = learns ? { vectors: meanings.examples, themeIndexes: training.map((comment) => comment.themeIndexes) } : { vectors: [], themeIndexes: [] };
  return createSemanticIndex([examples, seeds], themes.length, { neighbours: weights.neighbours, sharpness: weights.sharpness, floor: weights.floor });
}

/** The examples as the classifier of meaning reads them: each one's embedding, seed scores and themes. */
function examplesWithMeaning(
  themes: readonly SurveyTheme[],
  training: readonly { text: string; themeIndexes: number[] }[],
  meanings: Meanings,
  model: SeedModel,
  analyse: (text: string) => AnalysedText,
): EmbeddingTrainingComment[] {
  return training.map((comment, index) => ({
    meaning: meanings.examples[index],
    seeds: seedScores(model, themes.length, wordsOf(analyse(comment.text))),
    themeIndexes: comment.themeIndexes,
  }));
}

/**
 * Scores a comment against each theme: seeds (what the survey's author wrote), plus the
 * probability the examples give it, plus the votes of the sentences nearest in meaning, each
 * weighted. Built once per set of themes; scoring a comment then only reads the comment.
 */
export function createThemeScorer(themes: readonly SurveyTheme[], sources: ScorerSources, tuning: Partial<AnalyzerWeights> = {}): ThemeScorer {
  const training = trainingComments(themes, sources.examples);
  const learns = training.some((comment) => comment.themeIndexes.length > 0);
  const weights = { ...DEFAULT_WEIGHTS, ...(learns ? {} : SEEDS_ONLY_WEIGHTS), ...tuning };
  const model = buildSeedModel(themes, weights);
  const analyse = sources.analyse ?? analyseText;
  // The examples' features from the same reading of each as their seed scores (a memo, where given): reading ten thousand takes seconds.
  const featuresOf = (text: string): string[] => commentFeatures(wordsOf(analyse(text)));
  const classifier = trainExampleClassifier(
    training,
    themes.length,
    { temperature: weights.exampleTemperature, smoothing: weights.exampleSmoothing },
    featuresOf,
  );
  const semantic = sources.meanings ? semanticIndexOf(themes, training, learns, sources.meanings, weights) : undefined;
  const read = sources.meanings && learns ? examplesWithMeaning(themes, training, sources.meanings, model, analyse) : undefined;
  // One output per theme and two more. One for "about none of them": learnt from the examples filed
  // under no theme at all (pleasantries, remarks on the office). An example of themes this survey
  // lacks is about something, only not these themes: it counts against each output, for none too,
  // else "Listening" read as about none for a survey with communication but not developing-others.
  // And one for "about two of them", learnt from the examples filed under two of these themes: the
  // decision rule weighs it before giving a second theme (analyzer-weights.ts, countWeight).
  const none = themes.length;
  const two = themes.length + 1;
  const speaksOfTwo = read?.some((example) => example.themeIndexes.length >= 2) ?? false;
  const embedding =
    read &&
    trainEmbeddingClassifier(
      read.map((example, index) => ({
        ...example,
        themeIndexes:
          sources.examples[index].themes.length === 0 ? [none] : example.themeIndexes.length >= 2 ? [...example.themeIndexes, two] : example.themeIndexes,
      })),
      themes.length + 2,
      { ridge: weights.embeddingRidge, iterations: weights.embeddingIterations, seedScale: weights.embeddingSeedScale },
      sources.fitted,
    );
  const parts = (text: string, meaning?: Float32Array): ScoreParts => {
    const analysed = analyseText(text);
    const words = wordsOf(analysed);
    const seeds = seedScores(model, themes.length, words);
    const learnt = classifier.probabilities(words);
    const clauses = weights.clauses > 0 ? commentClauses(analysed) : [];
    const probabilities = embedding && meaning ? embedding.probabilities(meaning, seeds) : undefined;
    return {
      analysed,
      seeds,
      learnt:
        clauses.length > 0
          ? strongestOfClauses(
              learnt,
              clauses.map((clause) => classifier.probabilities(clause)),
            )
          : learnt,
      votes: semantic && meaning ? semantic.votes(meaning) : new Array<number>(themes.length).fill(0),
      embedded: probabilities ? probabilities.slice(0, none) : new Array<number>(themes.length).fill(0),
      unthemed: probabilities ? probabilities[none] : 0,
      twoThemesOdds: probabilities && speaksOfTwo ? logOdds(probabilities[two]) : null,
    };
  };
  return {
    decision: {
      minScore: weights.minScore,
      shareOfBest: weights.shareOfBest,
      secondScore: weights.secondScore,
      countWeight: weights.countWeight,
      mostThemes: weights.mostThemes,
      unthemedBar: weights.unthemedBar,
    },
    parts,
    score(text: string, meaning?: Float32Array): ScoredComment {
      const scored = parts(text, meaning);
      return { analysed: scored.analysed, scores: combinedScores(scored, weights), unthemed: scored.unthemed, twoThemesOdds: scored.twoThemesOdds };
    },
  };
}
