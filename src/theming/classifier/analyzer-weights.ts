import type { SurveyTheme } from '../../surveys/survey.types';
import { DEFAULT_EMBEDDING_SETTINGS } from './embedding-classifier';
import { DEFAULT_EXAMPLE_SETTINGS } from './example-classifier';
import { DEFAULT_NEIGHBOUR_SETTINGS } from './semantic-neighbours';

/**
 * The knobs of the classifier. The seed weights were tuned by hand on the first shipped examples;
 * the weights of the examples, of meaning and of the embedding classifier, the neighbour settings
 * and the decision rule (minScore, shareOfBest, secondScore) were then chosen by cross-validation
 * over the shipped examples (npm run calibrate:comments prints the grid).
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
   * A theme is given when its score reaches this: seeds (a keyword of its own, 3; another form of
   * a keyword, 2.1; a keyword shared with one other theme, 2.2; words of its title and items) that
   * the examples or the nearest sentences agree with, or those alone...
   */
  minScore: number;
  /**
   * ... and, beside the best theme, when it scores at least this share of the best and reaches
   * `secondScore`. A comment gets two themes at most.
   */
  shareOfBest: number;
  /**
   * The bar a second theme must reach. With share of the best alone, most second themes given
   * were wrong, so comments got one theme; a second theme whose own score is high, with the
   * example words read clause by clause, is more often
   * right: in cross-validation, exact matches rose from 51 % (one theme only) to 53.5 %, and on
   * raters' own words second themes are common (a fifth of the fresh held-out set). With more
   * two-theme examples in raters' words, the cross-validated grid moved the bar from 6 to 5.5 and
   * gave the example classifier and the embedding classifier more weight (3 to 4, 2 to 3).
   */
  secondScore: number;
  /**
   * The most themes a comment is given. Raters seldom write of three things at once (the coach's
   * review allows two), and with learnt evidence a third theme given was nearly always wrong; a
   * survey read by its seeds alone gives every theme that ties with the best, however many.
   */
  mostThemes: number;
  /** What the example classifier's probability of a theme (0..1) adds to its seed score. */
  examples: number;
  /** 1 to read the example classifier's evidence clause by clause too (comment-clauses.ts), 0 to read each comment whole. */
  clauses: number;
  /** See ExampleClassifierSettings. */
  exampleTemperature: number;
  exampleSmoothing: number;
  /**
   * What the share of the semantic neighbours' votes for a theme (0..1) adds to its score. With the
   * 354 examples in raters' own words of the second round of 2026-12-06, the cross-validated grid
   * moved it from 2 to 4, minScore from 2.5 to 3, the embedding classifier from 3 to 4 and the
   * second-theme bar from 5.5 to 6 (exactly right 55.4 % -> 56.4 % on the examples written for
   * training): of the grid's near-best settings (56.5 % at most), the one whose confidence stays
   * calibrated on the examples (error 0.039; the best, 0.055).
   * With two rounds of examples in raters' own words by fourteen new writers on 2026-12-07 (3,294
   * more, 5,225 in all), the grid moved, after each round: the example classifier 4 -> 6 -> 8, the
   * nearest sentences 4 -> 8 (9 of them, not 15), the embedding classifier 4 -> 6, the bar for a
   * theme 3 -> 3.5 -> 4 and for a second theme 6 -> 8 -> 9, the bar for none 0.7 -> 0.6, and no
   * longer reads the example words clause by clause (exactly right on the examples written for
   * training, cross-validated: 61.4 % -> 62.9 % with the first round's examples, 64.7 % -> 65.4 %
   * with the second's). With more examples the evidence learnt from them outweighs a keyword, so a
   * keyword alone (3) no longer gives a theme: the examples or the nearest sentences must agree.
   * A wider grid's best (65.7 %) lay within its noise of this. With a third round that day (4,782
   * more by twenty new writers, 10,007 in all) the grid around these weights read 64.3 % at them
   * and at most 64.7 % elsewhere, with the example classifier, meaning and the embedding classifier
   * all a little heavier (measured before one example, mostly in French, left the bank): within its
   * noise, so they stay.
   */
  meaning: number;
  /** See NeighbourSettings. */
  neighbours: number;
  sharpness: number;
  floor: number;
  /** What the embedding classifier's probability of a theme (0..1) adds to its score. */
  embedding: number;
  /**
   * Raters write things that belong to no theme ("Thanks for the opportunity to give feedback",
   * "the coffee machine has been broken for a month"), and each theme's probability weighs a
   * comment against the other themes only, so a pleasantry landed on whichever theme it sat
   * nearest. The embedding classifier has one more output, fitted on the examples filed under no
   * theme against the rest; a comment it gives at least this probability of being about none gets
   * no theme, whatever its scores. Chosen by cross-validation over the shipped examples (npm run
   * calibrate:comments -- unthemed): exactly right 56.2 % -> 56.8 % on the examples written for
   * training, examples about none found 101 -> 115 of 152, 3 themed examples read as about none.
   * Lower bars gained at most 0.2 points more (4 comments of 1,823) while reading up to 37 themed
   * examples as about none, which would take them out of their theme's comments; of the bars
   * within 0.3 points of the best, this one reads the fewest. With the first round of examples of
   * 2026-12-07 (3,471 written for training, 331 of them about none) the grid chose 0.6: 245 of
   * the 331 found, 15 themed examples read as about none (at 0.7, 231 and 10).
   */
  unthemedBar: number;
  /**
   * How much the embedding classifier's reading of whether a comment speaks of two themes moves a
   * second theme toward its bar: its log-odds, times this, join the second theme's score before it
   * is compared with `secondScore`. The scores of the two themes alone missed most second themes
   * raters write in passing ("needs to articulate the why behind priorities": vision, and
   * communication), and a lower bar for all gave wrong ones; whether a comment is about two things
   * at all is a question of its own, learnt from the 1,330 two-theme examples. Chosen with the bar
   * by cross-validation (npm run calibrate:comments -- count): exactly right 65.4 % -> 66.7 % on the
   * examples written for training; comments given one of their two themes 12.2 % -> 10.6 % of all,
   * a wrong second theme beside the right one 5.1 % -> 4.1 %. 0 leaves second themes to their scores.
   * The log-odds are the comment's own, not measured against how often the examples speak of two of
   * the survey's themes: a survey of two or three focus themes, whose examples seldom speak of two
   * of them, should seldom give two. Cross-validated on such theme sets (the examples' labels cut
   * to them), exactly right without the count -> with it (read against each set's base rate
   * instead): vision, communication and decisions 64.5 -> 64.6 % (64.1); developing-others,
   * collaboration and composure 67.9 -> 68.2 % (67.7); execution, self-awareness and communication
   * 60.7 -> 60.9 % (60.0); vision and composure 72.4 -> 72.4 % (72.3).
   */
  countWeight: number;
  /** See EmbeddingClassifierSettings. */
  embeddingRidge: number;
  embeddingIterations: number;
  embeddingSeedScale: number;
}

export const DEFAULT_WEIGHTS: Readonly<AnalyzerWeights> = {
  keyword: 3,
  phrase: 4,
  phraseWord: 0.5,
  title: 2,
  item: 1,
  stemOnly: 0.7,
  minScore: 4,
  shareOfBest: 0.3,
  examples: 8,
  clauses: 0,
  exampleTemperature: DEFAULT_EXAMPLE_SETTINGS.temperature,
  exampleSmoothing: DEFAULT_EXAMPLE_SETTINGS.smoothing,
  meaning: 8,
  neighbours: DEFAULT_NEIGHBOUR_SETTINGS.neighbours,
  sharpness: DEFAULT_NEIGHBOUR_SETTINGS.sharpness,
  floor: DEFAULT_NEIGHBOUR_SETTINGS.floor,
  secondScore: 8,
  countWeight: 2,
  mostThemes: 2,
  embedding: 6,
  embeddingRidge: DEFAULT_EMBEDDING_SETTINGS.ridge,
  embeddingIterations: DEFAULT_EMBEDDING_SETTINGS.iterations,
  embeddingSeedScale: DEFAULT_EMBEDDING_SETTINGS.seedScale,
  unthemedBar: 0.6,
};

/**
 * The weights for a survey whose themes no shipped example is filed under (a coach's own): its
 * keywords, titles and items, read as words and as seed sentences, decide alone. Chosen on every
 * shipped example classified that way (npm run calibrate:comments -- seeds): 46.6 % exactly right,
 * against 30.1 % with the weights of the shipped themes; a comment must be nearer its seed
 * sentences (floor 0.5) for its meaning to count, since five items say less than a thousand examples.
 */
export const SEEDS_ONLY_WEIGHTS: Readonly<
  Pick<AnalyzerWeights, 'minScore' | 'shareOfBest' | 'secondScore' | 'countWeight' | 'mostThemes' | 'meaning' | 'neighbours' | 'sharpness' | 'floor'>
> = {
  minScore: 1.5,
  shareOfBest: 1,
  secondScore: 0,
  countWeight: 0,
  mostThemes: Number.POSITIVE_INFINITY,
  meaning: 6,
  neighbours: 9,
  sharpness: 10,
  floor: 0.5,
};

export type DecisionRule = Pick<AnalyzerWeights, 'minScore' | 'shareOfBest' | 'secondScore' | 'countWeight' | 'mostThemes' | 'unthemedBar'>;

/**
 * What the embedding classifier reads of how many themes a comment speaks of: `unthemed`, the
 * probability 0..1 that it speaks of none; `twoThemesOdds`, the log-odds that it speaks of two of
 * them. Absent, or null, where it was not read: without a meaning, or without examples of two of
 * these themes.
 */
export interface ThemeCountEvidence {
  unthemed?: number;
  twoThemesOdds?: number | null;
}

/** What how likely a comment is to speak of two themes adds to its second theme's score before the bar (see countWeight). */
export function countLift(rule: Pick<DecisionRule, 'countWeight'>, count: ThemeCountEvidence): number {
  const odds = count.twoThemesOdds ?? null;
  return odds === null ? 0 : rule.countWeight * odds;
}

/** The log-odds of a probability, kept finite at 0 and 1. */
export const logOdds = (probability: number): number => Math.log((probability + 1e-6) / (1 - probability + 1e-6));

/**
 * Whether a theme of this score is in contention beside the best: it reaches the bar for a theme and
 * is close enough to the best (the best itself always is, once it reaches the bar). A runner-up in
 * contention is given when it passes the bar for a second theme too; how near it came to that bar
 * is what confidence reads (theme-confidence.ts), so both read contention here.
 */
export function contends(score: number, best: number, rule: Pick<DecisionRule, 'minScore' | 'shareOfBest'>): boolean {
  return score >= rule.minScore && score >= rule.shareOfBest * best;
}

/**
 * The themes given for a comment's scores, in survey order: the best when it reaches the bar, and
 * the runner-up when it reaches the bar for a second theme too (helped or held back by how likely
 * the comment is to speak of two, `countWeight`) and is close enough to the best; none when the
 * comment is likely enough to speak of no theme.
 */
export function chosenThemes(themes: readonly SurveyTheme[], scores: readonly number[], rule: DecisionRule, count: ThemeCountEvidence = {}): string[] {
  const best = Math.max(0, ...scores);
  if (best < rule.minScore || (count.unthemed ?? 0) >= rule.unthemedBar) return [];
  const lift = countLift(rule, count);
  const order = scores.map((_, index) => index).sort((a, b) => scores[b] - scores[a] || a - b);
  const given = order
    .slice(0, rule.mostThemes)
    .filter((index, rank) => contends(scores[index], best, rule) && (rank === 0 || scores[index] + lift >= rule.secondScore));
  return themes.filter((_, index) => given.includes(index)).map((theme) => theme.id);
}
