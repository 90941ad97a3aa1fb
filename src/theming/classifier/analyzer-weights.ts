import type { SurveyTheme } from '../../surveys/survey.types';
import { DEFAULT_EXAMPLE_SETTINGS } from './example-classifier';
import { DEFAULT_NEIGHBOUR_SETTINGS } from './semantic-neighbours';

/**
 * The knobs of the classifier. The seed weights were tuned by hand on the first shipped examples;
 * the weights of the examples and of meaning, the neighbour settings and the decision rule
 * (minScore, shareOfBest) were then chosen by cross-validation over the shipped examples
 * (npm run calibrate:comments prints the grid).
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

export type DecisionRule = Pick<AnalyzerWeights, 'minScore' | 'shareOfBest'>;

/** The themes given for a comment's scores, in survey order: those that reach the bar and are close enough to the best. */
export function chosenThemes(themes: readonly SurveyTheme[], scores: readonly number[], rule: DecisionRule): string[] {
  const best = Math.max(0, ...scores);
  if (best < rule.minScore) return [];
  return themes.filter((_, index) => scores[index] >= rule.minScore && scores[index] >= rule.shareOfBest * best).map((theme) => theme.id);
}
