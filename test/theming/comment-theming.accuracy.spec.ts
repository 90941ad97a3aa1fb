import { type CommentAnalyzer, createCommentAnalyzer } from '../../src/theming/classifier/comment-analyzer';
import { createThemeScorer, type ThemeScorer } from '../../src/theming/classifier/theme-scorer';
import type { CommentKind } from '../../src/theming/comment.types';
import type { LabelledComment } from '../../src/theming/examples/labelled-comment';
import { shippedExamples } from '../factories/theming';
import { embeddingsOf, shippedMeanings } from './evaluation-embeddings';
import { HELD_OUT_SETS, type HeldOutName, heldOutSet, survey, themeIds, tunedExamples } from './labelled-sets';
import { nearCopies } from './near-copies';
import { type Classified, classifiedByScores, describePerTheme, describeScores, type ThemingScores, themingScores } from './theming-scores';
import { REVIEW_BELOW } from '../../src/theming/classifier/theme-confidence';
import { autoFiling, type AutoFiling, describeAutoFiling, judgedComment, reliability } from './confidence-evaluation';

/**
 * How well the product themes comments it never learnt from: hand-labelled held-out sets, each
 * checked to hold no near copy of a shipped example. The figures are printed so that a change to
 * keywords, examples or weights shows what it costs or gains. The floors are the figures measured
 * when they were last set, less a stated margin: a change that costs more than the margin fails,
 * but the sets are not a target to tune to (weights are chosen by cross-validation on the
 * examples, comment-theming.cross-validation.spec.ts).
 */
const MARGIN = 0.05;

/**
 * Measured on 2026-12-06 (exact, top-1, sentiment), before the margin, after 140 more examples in
 * raters' own words (two themes of the pairs most often confused, the themes apart, and comments
 * of none) and the weights the cross-validated grid chose with them (analyzer-weights.ts). Before
 * them: first 0.733 / 0.826, second 0.775 / 0.94, fresh 0.602 / 0.757, raters-words 0.688 / 0.827,
 * tuned 0.935 / 0.99. These sets were read, as figures per set and counts of confused theme
 * pairs, while the examples were written; no comment of theirs was copied, and none is a near
 * copy of an example (checked below). Before the embedding classifier, second themes and the
 * first examples in raters' own words: first 0.76 / 0.884, second 0.746 / 0.91, fresh 0.537 /
 * 0.748, tuned 0.907 / 1. Sentiment read from the sentence embedding with the phrasing cues
 * (sentiment-classifier.ts), measured the same day; by the cues alone it was first 0.787, second
 * 0.732, fresh 0.715, raters-words 0.681, third-writer 0.578.
 */
const MEASURED: Record<HeldOutName | 'tuned', { exact: number; top1: number; sentiment: number }> = {
  first: { exact: 0.827, top1: 0.855, sentiment: 0.84 },
  second: { exact: 0.775, top1: 0.94, sentiment: 0.859 },
  fresh: { exact: 0.61, top1: 0.774, sentiment: 0.837 },
  // Never seen by whoever tuned the engine until 2026-12-06. The engine before the embedding
  // classifier themed the whole set of 150 (with its near copies) 0.58 exactly right; after it, 0.707.
  'raters-words': { exact: 0.703, top1: 0.858, sentiment: 0.761 },
  // Written by a third writer who saw neither the examples nor the other sets, and kept from whoever
  // wrote the examples of 2026-12-06: the engine before them themed it 0.503 exactly right (two-theme
  // comments 3 of 39), after them 0.551 (13 of 39).
  'third-writer': { exact: 0.551, top1: 0.777, sentiment: 0.728 },
  tuned: { exact: 0.963, top1: 1, sentiment: 0.898 },
};

/**
 * What the engine files alone at the review threshold (REVIEW_BELOW), measured on 2026-12-06 after
 * the examples and weights above: the share it is that sure of, and how often those are exactly
 * right. The rest go to the coach. Before them: first 0.253 / 0.789, second 0.718 / 0.882, fresh
 * 0.171 / 0.667, raters-words 0.399 / 0.855 (the confidence was refitted on the cross-validated
 * examples, never on these sets).
 */
const MEASURED_AUTO: Record<HeldOutName, { autoShare: number; autoAccuracy: number }> = {
  first: { autoShare: 0.427, autoAccuracy: 0.938 },
  second: { autoShare: 0.718, autoAccuracy: 0.902 },
  fresh: { autoShare: 0.252, autoAccuracy: 0.677 },
  'raters-words': { autoShare: 0.449, autoAccuracy: 0.855 },
  // Its calibration error is 0.099 (0.027 on the cross-validated examples): on this writer's words,
  // how sure the engine is barely tells right from wrong (55.2 % right alone, 55.1 % overall).
  'third-writer': { autoShare: 0.197, autoAccuracy: 0.552 },
};

/** The product's classifier: words and meaning, with every shipped example; its scores, and its analysis for the sentiment. */
let scorer: ThemeScorer;
let analyzer: CommentAnalyzer;
const meaningOf = new Map<string, Float32Array>();

function classify(text: string, kind: CommentKind | undefined): Classified {
  const { analysed, scores } = scorer.score(text, meaningOf.get(text));
  const { sentiment } = analyzer.analyze(text, kind, meaningOf.get(text));
  return classifiedByScores(survey.themes, scores, scorer.decision, { text, analysed, kind, sentiment });
}

describe('comment theming on held-out comments', () => {
  const sets = Object.fromEntries(HELD_OUT_SETS.map(({ name }) => [name, heldOutSet(name)])) as Record<HeldOutName, LabelledComment[]>;
  const scores = {} as Record<HeldOutName | 'tuned', ThemingScores>;
  let exampleVectors: Float32Array[];

  beforeAll(async () => {
    const sources = { examples: shippedExamples(), meanings: await shippedMeanings() };
    scorer = createThemeScorer(survey.themes, sources);
    analyzer = createCommentAnalyzer(survey.themes, sources);
    exampleVectors = await embeddingsOf(shippedExamples().map((example) => example.text));
    // Fixed test sentences, so kept in the embedding store like the examples.
    const texts = Object.values(sets).flatMap((set) => set.map((comment) => comment.text));
    const vectors = await embeddingsOf(texts);
    texts.forEach((text, index) => meaningOf.set(text, vectors[index]));
    for (const { name } of HELD_OUT_SETS) scores[name] = themingScores(sets[name], themeIds, classify);
    scores.tuned = themingScores(tunedExamples(), themeIds, classify);
    // Loading the encoder and the embeddings takes seconds on a busy machine.
  }, 60_000);

  it.each(HELD_OUT_SETS.map(({ name }) => name))('has no near copy of any shipped example in the %s set', (name) => {
    const set = sets[name];
    expect(set.length).toBeGreaterThanOrEqual(70);
    const vectors = set.map((comment) => meaningOf.get(comment.text) as Float32Array);
    expect(nearCopies(set, vectors, shippedExamples(), exampleVectors)).toEqual([]);
  });

  it('prints its accuracy on every held-out set, and on the examples the seeds were tuned on', () => {
    const lines = HELD_OUT_SETS.map(({ name, about }) => describeScores(`${name} held-out set, ${about}`, scores[name]));
    const all = themingScores(Object.values(sets).flat(), themeIds, classify);
    console.log(
      [...lines, describeScores('tuning examples, learnt from (flatters)', scores.tuned), describePerTheme('all held-out sets', all, themeIds)].join('\n'),
    );
    expect(all.comments).toBe(Object.values(sets).reduce((total, set) => total + set.length, 0));
  });

  it.each([...HELD_OUT_SETS.map(({ name }) => name), 'tuned' as const])(`themes the %s set no worse than measured, less ${MARGIN * 100} points`, (name) => {
    const floor = (value: number): number => Math.max(0, value - MARGIN);
    const measured = scores[name];
    expect({
      exact: measured.exact >= floor(MEASURED[name].exact),
      top1: measured.top1 >= floor(MEASURED[name].top1),
      sentiment: measured.sentiment >= floor(MEASURED[name].sentiment),
    }).toEqual({ exact: true, top1: true, sentiment: true });
  });

  describe('how sure the engine is, and what it files without the coach', () => {
    const filings = {} as Record<HeldOutName, AutoFiling>;
    const judgedOf = (name: HeldOutName) => sets[name].map((comment) => judgedComment(comment, scorer.score(comment.text, meaningOf.get(comment.text)).scores));
    beforeAll(() => {
      for (const { name } of HELD_OUT_SETS) filings[name] = autoFiling(judgedOf(name), REVIEW_BELOW);
    });

    it('prints, per held-out set, the share filed alone at the review threshold, their accuracy, and the share sent to review', () => {
      const all = autoFiling(
        HELD_OUT_SETS.flatMap(({ name }) => judgedOf(name)),
        REVIEW_BELOW,
      );
      const lines = [
        ...HELD_OUT_SETS.map(({ name }) => describeAutoFiling(`${name} held-out set`, filings[name])),
        describeAutoFiling('all held-out sets', all),
        ...HELD_OUT_SETS.map(
          ({ name }) => `comment confidence, ${name} held-out set: expected calibration error ${reliability(judgedOf(name)).error.toFixed(3)}`,
        ),
      ];
      console.log(lines.join('\n'));
      expect(all.comments).toBe(Object.values(sets).reduce((total, set) => total + set.length, 0));
    });

    it.each(HELD_OUT_SETS.map(({ name }) => name))(
      `files the %s set alone no less, and no less accurately, than measured, less ${MARGIN * 100} points`,
      (name) => {
        const measured = filings[name];
        expect({
          autoShare: measured.autoShare >= MEASURED_AUTO[name].autoShare - MARGIN,
          autoAccuracy: measured.autoAccuracy >= MEASURED_AUTO[name].autoAccuracy - MARGIN,
          // Filing alone must be worth it: more accurate than the engine over the whole set.
          betterThanAll: measured.autoAccuracy > measured.overallAccuracy,
        }).toEqual({ autoShare: true, autoAccuracy: true, betterThanAll: true });
      },
    );
  });

  it('finds every theme in the held-out sets, and files at least half of its comments rightly', () => {
    const all = themingScores(Object.values(sets).flat(), themeIds, classify);
    for (const id of themeIds) expect([id, all.perTheme[id].precision >= 0.5, all.perTheme[id].recall >= 0.5]).toEqual([id, true, true]);
  });
});
