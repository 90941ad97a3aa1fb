import { createThemeScorer, type ScoredComment, type ThemeScorer } from '../../src/theming/classifier/theme-scorer';
import type { CommentKind } from '../../src/theming/comment.types';
import type { LabelledComment } from '../../src/theming/examples/labelled-comment';
import { shippedExamples } from '../factories/theming';
import { embeddingsOf, shippedSources } from './evaluation-embeddings';
import { readSentiment, type SentimentClassifier, trainSentimentOnExamples } from '../../src/theming/sentiment/sentiment-classifier';
import { HELD_OUT_SETS, type HeldOutName, heldOutSet, SECOND_CODED, secondCoding, survey, themeIds, tunedExamples } from './labelled-sets';
import { nearCopies } from './near-copies';
import {
  type Classified,
  classifiedByScores,
  describePerTheme,
  describeScores,
  percent,
  sameThemes,
  type ThemingScores,
  themingScores,
} from './theming-scores';
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
 * Measured again on 2026-12-07 (exact, top-1, sentiment) after the third round of examples of that
 * day: 4,782 in raters' own words by twenty new writers (5,225 -> 10,007), in three waves; the
 * weights were checked on the cross-validated grid after it and kept (the best setting near them
 * read 0.3 points more, within its noise). The eighth writer's set was written alongside its
 * first wave, neither seeing the other: 0.681 exactly right before the round, 0.699, 0.73 and
 * 0.742 after each wave. Before it, the other sets
 * read (exact, top-1, sentiment): first 0.853 / 0.899 / 0.84, second 0.859 / 0.955 / 0.901, fresh
 * 0.789 / 0.913 / 0.854, raters-words 0.739 / 0.874 / 0.797, third-writer 0.755 / 0.908 / 0.762,
 * fourth-writer 0.713 / 0.914 / 0.828, fifth-writer 0.778 / 0.951 / 0.772, sixth-writer 0.803 /
 * 0.905 / 0.854, seventh-writer 0.755 / 0.861 / 0.825, tuned 0.935 exactly right: the eight sets in
 * raters' own words 75.0 % -> 77.6 % pooled (1,186 comments), six of them up, fifth-writer level,
 * fresh down four comments.
 *
 * Sentiment measured again on 2026-12-07 after the sentiment classifier's lighter ridge
 * (sentiment-classifier.ts); before it: first 0.867, second 0.831, fresh 0.837, raters-words 0.79,
 * third-writer 0.748, fourth-writer 0.822, fifth-writer 0.741, sixth-writer 0.841, seventh-writer 0.811.
 *
 * Exactly right measured again on 2026-12-07 after the embedding classifier's reading of whether a
 * comment speaks of two themes joined the decision on a second theme (analyzer-weights.ts,
 * countWeight, chosen by cross-validation); top-1 and sentiment unchanged. Before it: first 0.867,
 * second 0.887, fresh 0.756, raters-words 0.732, third-writer 0.748, fourth-writer 0.726,
 * fifth-writer 0.747, sixth-writer 0.771, seventh-writer 0.734, tuned 0.926: the seven sets in
 * raters' own words 74.5 % -> 76.1 % pooled (1,023 comments), six of them up, fourth-writer down two
 * comments; the first and second sets, close to the items' wording, down one and two.
 *
 * Measured on 2026-12-07 (exact, top-1, sentiment), before the margin, after two rounds of examples
 * in raters' own words by fourteen new writers (1,648 then 1,646) and the weights the
 * cross-validated grid chose after each (analyzer-weights.ts). Before them (the figures of
 * 2026-12-06 below): first 0.867, second 0.817, fresh 0.667, raters-words 0.696, third-writer
 * 0.619, fourth-writer 0.688, fifth-writer 0.684 exactly right; after the first round: first
 * 0.827, second 0.887, fresh 0.715, raters-words 0.732, third-writer 0.701, fourth-writer 0.675,
 * fifth-writer 0.703. The older sets were development sets by then (read as figures while the
 * weights were chosen by cross-validation); the sixth and seventh writers' sets were written for
 * this measurement.
 *
 * Measured on 2026-12-06 (exact, top-1, sentiment), before the margin, after the embedding
 * classifier's output for comments about none (analyzer-weights.ts, unthemedBar). Before it,
 * exactly right: first 0.853, third-writer 0.599, fourth-writer 0.669, fifth-writer 0.677, the
 * others as now; top-1 of raters-words 0.874 (one themed comment is now read as about none).
 * After the second round of the day: 354 more examples in raters' own words (every theme, every pair of themes, comments of
 * none) and the weights the cross-validated grid chose with them (analyzer-weights.ts). Before it,
 * after the first round (140 examples): first 0.827 / 0.855, second 0.775 / 0.94, fresh 0.61 /
 * 0.774, raters-words 0.703 / 0.858, third-writer 0.551 / 0.777, fourth-writer 0.662 / 0.857,
 * tuned 0.963 / 1. Before the first round: first 0.733 / 0.826, second 0.775 / 0.94, fresh 0.602 /
 * 0.757, raters-words 0.688 / 0.827. The older sets were read, as figures per set and counts of
 * confused theme pairs, while examples were written; no comment of theirs was copied, and none is
 * a near copy of an example (checked below). Before the embedding classifier, second themes and
 * the first examples in raters' own words: first 0.76 / 0.884, second 0.746 / 0.91, fresh 0.537 /
 * 0.748, tuned 0.907 / 1. Sentiment is read from the sentence embedding with the phrasing cues
 * (sentiment-classifier.ts); by the cues alone it was first 0.787, second 0.732, fresh 0.715,
 * raters-words 0.681, third-writer 0.578, fourth-writer 0.624 (all 170 of its comments).
 */
const MEASURED: Record<HeldOutName | 'tuned', { exact: number; top1: number; sentiment: number }> = {
  first: { exact: 0.84, top1: 0.928, sentiment: 0.867 },
  second: { exact: 0.901, top1: 0.97, sentiment: 0.901 },
  fresh: { exact: 0.756, top1: 0.896, sentiment: 0.821 },
  // Never seen by whoever tuned the engine until 2026-12-06. The engine before the embedding
  // classifier themed the whole set of 150 (with its near copies) 0.58 exactly right; after it, 0.707.
  'raters-words': { exact: 0.754, top1: 0.906, sentiment: 0.812 },
  // Written by a third writer who saw neither the examples nor the other sets, and kept from whoever
  // wrote the examples of 2026-12-06: the engine before them themed it 0.503 exactly right (two-theme
  // comments 3 of 39), after the first round 0.551 (13 of 39), after the second 0.599 (16 of 39).
  'third-writer': { exact: 0.762, top1: 0.931, sentiment: 0.748 },
  // Written by a fourth writer between the two rounds of 2026-12-06, run before and after the second
  // round only: 0.662 exactly right before it, 0.669 after (two-theme comments 26 -> 28 of 45, none
  // 8 -> 9 of 17); top-1 0.857 -> 0.886. More examples no longer move exact matches on a new writer.
  'fourth-writer': { exact: 0.771, top1: 0.943, sentiment: 0.854 },
  // Written by a fifth writer who read the survey only, first run on the engine as it stood (0.677
  // exactly right), then once more after the output for comments about none (none 8 -> 9 of 15).
  'fifth-writer': { exact: 0.778, top1: 0.951, sentiment: 0.759 },
  // Written by a sixth writer who read the survey only, run before the examples of 2026-12-07 (0.637
  // exactly right; of the 57 missed, 26 got a wrong theme, 20 about two themes got one, 8 got a
  // second theme they do not speak of, 3 about none got a theme), after the first round (0.707) and
  // after the second.
  'sixth-writer': { exact: 0.847, top1: 0.939, sentiment: 0.847 },
  // Written by a seventh writer who read the survey only, run before the second round of 2026-12-07
  // (0.741 exactly right) and after it: the second round moved nothing on this writer.
  'seventh-writer': { exact: 0.79, top1: 0.876, sentiment: 0.839 },
  // Written by an eighth writer who read the survey only, alongside the first wave of the third round
  // of examples of 2026-12-07 (neither saw the other); run before the round and after each of its waves.
  'eighth-writer': { exact: 0.742, top1: 0.883, sentiment: 0.767 },
  // Written by a ninth writer who read the survey only, once nothing in the engine was to change
  // that day, and run once: the freshest figure there is (of its 46 misses, 22 comments about two
  // themes given one, 19 a wrong best theme).
  'ninth-writer': { exact: 0.691, top1: 0.866, sentiment: 0.799 },
  tuned: { exact: 0.926, top1: 1, sentiment: 0.898 },
};

/**
 * What the engine files alone at the review threshold (REVIEW_BELOW), measured again on 2026-12-07
 * after the third round of examples and the confidence refitted with them: over all 1,332
 * comments 0.546 / 0.905 (eighth-writer before the round: 0.387 / 0.81); per set before it as below,
 * over the 1,169 then 0.547 / 0.895. Measured on 2026-12-07
 * once the confidence read how near the second theme's decision was (theme-confidence.ts,
 * secondGap): over all 1,169 comments 0.542 / 0.861 -> 0.547 / 0.895; per set before it: first
 * 0.52 / 0.949, second 0.803 / 0.93, fresh 0.463 / 0.807, raters-words 0.609 / 0.869,
 * third-writer 0.456 / 0.821, fourth-writer 0.586 / 0.793, fifth-writer 0.551 / 0.862,
 * sixth-writer 0.548 / 0.884, seventh-writer 0.455 / 0.892. Measured on 2026-12-07
 * after the reading of two themes (above) and the confidence refitted with it: over all 1,169
 * comments 0.51 / 0.862 -> 0.542 / 0.861; per set before it: first 0.493 / 0.973, second 0.789 /
 * 0.982, fresh 0.455 / 0.786, raters-words 0.558 / 0.896, third-writer 0.415 / 0.787,
 * fourth-writer 0.548 / 0.814, fifth-writer 0.494 / 0.846, sixth-writer 0.529 / 0.855,
 * seventh-writer 0.434 / 0.887. Measured on 2026-12-07 after
 * the examples and weights of that day (over all 1,169 comments 0.51 / 0.862; after the first
 * round, over the 1,026 before the seventh set, 0.459 / 0.845). Measured on 2026-12-06 after
 * the output for comments about none (above): the share it is that sure of, and how often those
 * are exactly right. The rest go to the coach. After the first round: first 0.427 / 0.938, second
 * 0.718 / 0.902, fresh 0.252 / 0.677, raters-words 0.449 / 0.855, third-writer 0.197 / 0.552 (the
 * confidence is refitted on the cross-validated examples, never on these sets). Before the
 * output for comments about none: raters-words 0.442 / 0.869, third-writer 0.19 / 0.679,
 * fourth-writer 0.35 / 0.818, fifth-writer 0.234 / 0.784; over all 869 comments 0.346 / 0.817.
 */
const MEASURED_AUTO: Record<HeldOutName, { autoShare: number; autoAccuracy: number }> = {
  first: { autoShare: 0.547, autoAccuracy: 0.927 },
  second: { autoShare: 0.789, autoAccuracy: 0.964 },
  // On this writer's words the confident share is right more often than the whole set
  // (0.849 against 0.789); before 2026-12-07 the confident third tied with it (0.667 both).
  fresh: { autoShare: 0.48, autoAccuracy: 0.814 },
  'raters-words': { autoShare: 0.638, autoAccuracy: 0.875 },
  'third-writer': { autoShare: 0.49, autoAccuracy: 0.875 },
  'fourth-writer': { autoShare: 0.599, autoAccuracy: 0.872 },
  'fifth-writer': { autoShare: 0.551, autoAccuracy: 0.908 },
  'sixth-writer': { autoShare: 0.58, autoAccuracy: 0.956 },
  'seventh-writer': { autoShare: 0.49, autoAccuracy: 0.971 },
  'eighth-writer': { autoShare: 0.423, autoAccuracy: 0.899 },
  'ninth-writer': { autoShare: 0.47, autoAccuracy: 0.871 },
};

/** The product's classifier: words and meaning, with every shipped example; its scores, and its sentiment as comment-analyzer.ts reads it. */
let scorer: ThemeScorer;
let sentiments: SentimentClassifier | undefined;
const meaningOf = new Map<string, Float32Array>();

// Each comment is read once, however many figures it counts in: reading one takes milliseconds.
const scoredByText = new Map<string, ScoredComment>();
const classifiedByText = new Map<string, Classified>();

function scored(text: string): ScoredComment {
  let known = scoredByText.get(text);
  if (!known) scoredByText.set(text, (known = scorer.score(text, meaningOf.get(text))));
  return known;
}

function classify(text: string, kind: CommentKind | undefined): Classified {
  const key = `${kind ?? ''}\0${text}`;
  let known = classifiedByText.get(key);
  if (!known) {
    const { analysed, scores, unthemed, twoThemesOdds } = scored(text);
    const sentiment = readSentiment(sentiments, { text, analysed, kind }, meaningOf.get(text));
    classifiedByText.set(
      key,
      (known = classifiedByScores(survey.themes, scores, scorer.decision, { text, analysed, kind, sentiment, unthemed, twoThemesOdds })),
    );
  }
  return known;
}

describe('comment theming on held-out comments', () => {
  const sets = Object.fromEntries(HELD_OUT_SETS.map(({ name }) => [name, heldOutSet(name)])) as Record<HeldOutName, LabelledComment[]>;
  const scores = {} as Record<HeldOutName | 'tuned', ThemingScores>;
  let exampleVectors: Float32Array[];

  beforeAll(async () => {
    const sources = await shippedSources();
    scorer = createThemeScorer(survey.themes, sources);
    sentiments = trainSentimentOnExamples(sources.examples, sources.meanings.examples, sources.analyse, sources.fitted);
    exampleVectors = await embeddingsOf(shippedExamples().map((example) => example.text));
    // Fixed test sentences, so kept in the embedding store like the examples.
    const texts = Object.values(sets).flatMap((set) => set.map((comment) => comment.text));
    const vectors = await embeddingsOf(texts);
    texts.forEach((text, index) => meaningOf.set(text, vectors[index]));
    for (const { name } of HELD_OUT_SETS) scores[name] = themingScores(sets[name], themeIds, classify);
    scores.tuned = themingScores(tunedExamples(), themeIds, classify);
    // On a fresh install the held-out sets embedded: about a minute on a busy two-core machine.
  }, 300_000);

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
    const judgedOf = (name: HeldOutName) => sets[name].map((comment) => judgedComment(comment, scored(comment.text)));
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
      expect(all.autoAccuracy).toBeGreaterThan(all.overallAccuracy + 0.05);
    });

    it.each(HELD_OUT_SETS.map(({ name }) => name))(
      `files the %s set alone no less, and no less accurately, than measured, less ${MARGIN * 100} points`,
      (name) => {
        const measured = filings[name];
        expect({
          autoShare: measured.autoShare >= MEASURED_AUTO[name].autoShare - MARGIN,
          autoAccuracy: measured.autoAccuracy >= MEASURED_AUTO[name].autoAccuracy - MARGIN,
          // Filing alone must never cost accuracy: on a few dozen comments filed alone a set can tie
          // (fresh did before 2026-12-07, 24 of 36 against 82 of 123; now 44 of 56 against 93 of 123);
          // over all the sets it must gain (checked above).
          noWorseThanAll: measured.autoAccuracy >= measured.overallAccuracy,
        }).toEqual({ autoShare: true, autoAccuracy: true, noWorseThanAll: true });
      },
    );
  });

  describe('against a second coder', () => {
    const share = (count: number, of: number): string => percent(count / of);

    it.each(SECOND_CODED)('has a second coding of every comment of the %s set, in its order, with at most two themes each', (name) => {
      const coded = secondCoding(name);
      expect(coded.map((comment) => comment.text)).toEqual(sets[name].map((comment) => comment.text));
      expect(coded.filter((comment) => comment.themes.length > 2)).toEqual([]);
    });

    /**
     * Measured on 2026-12-07: the coders agree on 90.8 % of the 315 comments exactly (every
     * disagreement a count: 28 of the writer's 89 two-theme comments read as one theme, 1 one-theme
     * comment as two); the engine, since the third round of examples of 2026-12-07, agrees with
     * the writer on 77.5 %, with the second coder on 74.3 %, with either on 79.4 %, and on the
     * comments the coders agree on, with both on 79.7 % (before it: 74.6, 71.7, 77.1 and 76.2 %;
     * since it reads whether a comment speaks of two themes, before that reading: 73.7, 71.4, 76.2
     * and 75.9 %; before the examples of 2026-12-07: 68.6, 65.1, 70.5 and 69.6 %). The engine's gap to 90 % is its own,
     * not the labels' noise. With the ninth writer's 149 comments, coded blind by a second coder
     * once the engine was done changing: the coders agree on 95.3 % of them (6 counts, 1 theme), the
     * engine with the writer on 69.1 %, with either on 71.1 %; over the 464, the coders on 92.2 %, the
     * engine with the writer on 74.8 %, with the second coder on 73.3 %, with either on 76.7 %, with
     * both where they agree on 77.3 %.
     */
    it('prints how often the coders agree exactly, and how often the engine agrees with each, with either, and where they agree', () => {
      let comments = 0;
      const agree = { coders: 0, writer: 0, second: 0, either: 0, whereCodersAgree: 0 };
      for (const name of SECOND_CODED) {
        secondCoding(name).forEach((second, index) => {
          const writer = sets[name][index];
          const engine = classify(writer.text, writer.kind).themeIds;
          const coders = sameThemes(writer.themes, second.themes);
          comments += 1;
          agree.coders += Number(coders);
          agree.writer += Number(sameThemes(engine, writer.themes));
          agree.second += Number(sameThemes(engine, second.themes));
          agree.either += Number(sameThemes(engine, writer.themes) || sameThemes(engine, second.themes));
          agree.whereCodersAgree += Number(coders && sameThemes(engine, writer.themes));
        });
      }
      console.log(
        [
          `second coder, ${SECOND_CODED.join(' and ')} sets (${comments} comments): the coders agree exactly on ${share(agree.coders, comments)}`,
          `the engine agrees exactly with the writer on ${share(agree.writer, comments)}, with the second coder on ${share(agree.second, comments)}, with either on ${share(agree.either, comments)}`,
          `on the ${agree.coders} comments the coders agree on, the engine agrees with both on ${share(agree.whereCodersAgree, agree.coders)}`,
        ].join('\n'),
      );
      expect(agree.coders / comments).toBeGreaterThanOrEqual(0.9);
      expect(agree.either / comments).toBeGreaterThanOrEqual(0.767 - MARGIN);
    });
  });

  it('finds every theme in the held-out sets, and files at least half of its comments rightly', () => {
    const all = themingScores(Object.values(sets).flat(), themeIds, classify);
    for (const id of themeIds) expect([id, all.perTheme[id].precision >= 0.5, all.perTheme[id].recall >= 0.5]).toEqual([id, true, true]);
  });
});
