import type { CommentKind } from '../../src/aggregation/aggregate.types';
import { loadShippedSurvey } from '../factories/shipped-survey';
import { createThemeScorer, type ThemeScorer } from '../../src/theming/classifier/comment-analyzer';
import { COMMENT_EXAMPLES, UNTUNED_EXAMPLES } from '../../src/reports/comment-examples';
import { shippedMeanings } from './cross-validation';
import { HELD_OUT_SET, LABELLED_COMMENTS, TUNING_SET } from './labelled-comments';
import { SECOND_HELD_OUT_SET } from './second-held-out';
import { type Classified, classifiedByScores, describePerTheme, describeScores, type ThemingScores, themingScores } from './theming-scores';
import { storedEmbeddings } from '../../src/theming/embeddings/embedding-store';
import { sentenceEncoder } from '../../src/theming/embeddings/sentence-encoder';
import { analyseText, contentStems, wordsOf } from '../../src/theming/text/text-pipeline';

/**
 * How well the shipped leadership-360 themes classify comments raters write, measured on the
 * hand-labelled set. Printed, so a change to keywords, examples or weights shows what it costs or
 * gains. The floors asserted are the figures reached, rounded down, so that a change that makes
 * theming worse fails; they are not the aim. The tuning set is also among the examples the
 * classifier learns from, so its figures here flatter it (comment-analyzer.cross-validation.spec.ts
 * has the honest ones); the held-out set is neither learnt from nor tuned on.
 */
const survey = loadShippedSurvey('leadership-360');
const themeIds = survey.themes.map((theme) => theme.id);

/** The product's classifier: words and meaning, with every shipped example. */
let scorer: ThemeScorer;
const meaningOf = new Map<string, Float32Array>();

function classify(text: string, kind: CommentKind | undefined): Classified {
  const { analysed, scores } = scorer.score(text, meaningOf.get(text));
  return classifiedByScores(survey.themes, scores, scorer.decision, { text, analysed, kind });
}

/** Content stems, and the share two sets of them have in common: half or more makes a near copy. */
const stemsOf = (text: string): Set<string> => new Set(contentStems(wordsOf(analyseText(text))));
const overlap = (a: Set<string>, b: Set<string>): number => [...a].filter((stem) => b.has(stem)).length / new Set([...a, ...b]).size;

describe('comment theming on the labelled set', () => {
  let tuning: ThemingScores;
  let heldOut: ThemingScores;
  let secondHeldOut: ThemingScores;
  /** The second held-out set without the comments that came out close to an example, though written without seeing them. */
  let secondIndependent: ThemingScores;
  let secondNearCopies: number;
  let overall: ThemingScores;

  beforeAll(async () => {
    scorer = createThemeScorer(survey.themes, {}, COMMENT_EXAMPLES, await shippedMeanings());
    // Fixed test sentences, so kept in the embedding store like the examples.
    const texts = [...LABELLED_COMMENTS, ...SECOND_HELD_OUT_SET].map((comment) => comment.text);
    const vectors = await storedEmbeddings(texts, await sentenceEncoder());
    texts.forEach((text, index) => meaningOf.set(text, vectors[index]));
    tuning = themingScores(TUNING_SET, themeIds, classify);
    heldOut = themingScores(HELD_OUT_SET, themeIds, classify);
    secondHeldOut = themingScores(SECOND_HELD_OUT_SET, themeIds, classify);
    const examples = COMMENT_EXAMPLES.map((example) => stemsOf(example.text));
    const independent = SECOND_HELD_OUT_SET.filter((comment) => !examples.some((example) => overlap(stemsOf(comment.text), example) >= 0.5));
    secondNearCopies = SECOND_HELD_OUT_SET.length - independent.length;
    secondIndependent = themingScores(independent, themeIds, classify);
    overall = themingScores(LABELLED_COMMENTS, themeIds, classify);
    // Loading the encoder and the embeddings takes seconds on a busy machine.
  }, 60_000);

  it('prints its accuracy on the tuning set, the held-out sets and overall', () => {
    console.log([describeScores('tuning set, learnt from', tuning), describeScores('held-out set', heldOut), describeScores('second held-out set', secondHeldOut), describeScores(`second held-out set without the ${secondNearCopies} close to an example`, secondIndependent), describeScores('overall', overall), describePerTheme('overall', overall, themeIds)].join('\n'));
    expect(overall.comments).toBeGreaterThanOrEqual(80);
  });

  it('never learns from the held-out set, nor from a near copy of one of its comments', () => {
    const exact = new Set(COMMENT_EXAMPLES.map((example) => example.text.toLowerCase()));
    expect(HELD_OUT_SET.filter((comment) => exact.has(comment.text.toLowerCase())).map((comment) => comment.text)).toEqual([]);
    // Half or more of their content words in common. Of the examples written for training only: the tuning set was written with the held-out set.
    const fresh = UNTUNED_EXAMPLES.map((example) => ({ text: example.text, stems: stemsOf(example.text) }));
    const nearCopies = HELD_OUT_SET.flatMap((comment) => fresh.filter((example) => overlap(stemsOf(comment.text), example.stems) >= 0.5).map((example) => example.text));
    expect(nearCopies).toEqual([]);
  });


  // Short of the 85 % aimed at for the exact set of themes: most of what it misses are comments about two themes, given one.
  it('gives exactly the labelled themes to three quarters of both held-out sets, and its best theme right to 88 % and more', () => {
    expect(secondIndependent.comments).toBeGreaterThanOrEqual(60);
    expect(secondIndependent.exact).toBeGreaterThanOrEqual(0.75);
    expect(secondIndependent.top1).toBeGreaterThanOrEqual(0.9);
    expect(heldOut.exact).toBeGreaterThanOrEqual(0.76);
    expect(heldOut.top1).toBeGreaterThanOrEqual(0.88);
    expect(heldOut.jaccard).toBeGreaterThanOrEqual(0.8);
    expect(tuning.exact).toBeGreaterThanOrEqual(0.9);
    expect(overall.exact).toBeGreaterThanOrEqual(0.84);
  });

  it('reads the sentiment of at least 85 % of all comments right, and 75 % of the held-out set', () => {
    expect(overall.sentiment).toBeGreaterThanOrEqual(0.85);
    expect(heldOut.sentiment).toBeGreaterThanOrEqual(0.75);
  });

  it('finds every theme, and files at least half of its comments rightly', () => {
    for (const id of themeIds) expect([id, overall.perTheme[id].precision >= 0.5, overall.perTheme[id].recall >= 0.5]).toEqual([id, true, true]);
  });
});
