import fc from 'fast-check';
import type { SurveyTheme } from '../../surveys/survey.types';
import { chosenThemes } from './analyzer-weights';
import { calibratedConfidence, closeSecondTheme, confidenceFeatures, fitConfidenceCalibration, SECOND_GAP_CAP } from './theme-confidence';

const rule = { minScore: 2.5, shareOfBest: 1, secondScore: 0, countWeight: 0, mostThemes: 2, unthemedBar: 0.5 };
const themes = ['vision', 'communication', 'composure'].map((id): SurveyTheme => ({ id, title: id, keywords: [], items: [] }));

describe('confidenceFeatures', () => {
  it('measures how far the best theme leads the runner-up and the bar, for a themed comment', () => {
    expect(confidenceFeatures([6, 2, 1], rule)).toEqual({ margin: 4, distance: 3.5, unthemed: 0, secondGap: SECOND_GAP_CAP });
  });

  it('gives a tie no margin, and a comment given no theme its distance below the bar', () => {
    expect(confidenceFeatures([4, 4, 0], rule)).toEqual({ margin: 0, distance: 1.5, unthemed: 0, secondGap: 4 });
    expect(confidenceFeatures([0.5, 0.2, 0], rule)).toEqual({ margin: 0, distance: 2, unthemed: 1, secondGap: SECOND_GAP_CAP });
  });

  it('reads a comment given none by the output for comments about none as unthemed, however high its scores', () => {
    expect(confidenceFeatures([6, 2, 1], rule, { unthemed: 0.8 })).toEqual({ margin: 0, distance: 3.5, unthemed: 1, secondGap: SECOND_GAP_CAP });
  });

  it('measures how far the runner-up, with what the count of themes adds, stood from the bar for a second theme, either side, capped', () => {
    const counted = { minScore: 2, shareOfBest: 0.3, secondScore: 8, countWeight: 2, mostThemes: 2, unthemedBar: 0.5 };
    expect(confidenceFeatures([10, 7, 0], counted, { twoThemesOdds: 1 }).secondGap).toBe(1);
    expect(confidenceFeatures([10, 7, 0], counted, { twoThemesOdds: -3 }).secondGap).toBe(7);
    expect(confidenceFeatures([10, 7, 0], counted, { twoThemesOdds: 10 }).secondGap).toBe(SECOND_GAP_CAP);
    // A runner-up too far behind the best is no second theme in play, however the count reads.
    expect(confidenceFeatures([10, 2.5, 0], counted, { twoThemesOdds: 3 }).secondGap).toBe(SECOND_GAP_CAP);
  });

  it('reads a second theme as in play exactly when the decision weighs one: a second theme given always was', () => {
    const counted = { minScore: 2, shareOfBest: 0.3, secondScore: 8, countWeight: 2, mostThemes: 2, unthemedBar: 0.5 };
    // Half points spread scores evenly over the range (random doubles crowd its ends).
    const score = fc.integer({ min: 0, max: 28 }).map((half) => half / 2);
    fc.assert(
      fc.property(
        fc.tuple(score, score, score),
        fc.integer({ min: -8, max: 8 }).map((half) => half / 2),
        (scores, twoThemesOdds) => {
          const given = chosenThemes(themes, scores, counted, { twoThemesOdds });
          const { secondGap } = confidenceFeatures(scores, counted, { twoThemesOdds });
          // Given a second theme: the gap read is how far the lifted runner-up passed the bar.
          const runnerUp = [...scores].sort((a, b) => b - a)[1];
          if (given.length === 2) expect(secondGap).toBeCloseTo(Math.min(runnerUp + 2 * twoThemesOdds - 8, SECOND_GAP_CAP));
          // A gap read means the runner-up was in play: lifted enough, it would have been given.
          if (secondGap < SECOND_GAP_CAP) expect(chosenThemes(themes, scores, { ...counted, secondScore: -Infinity }, { twoThemesOdds })).toHaveLength(2);
        },
      ),
    );
  });
});

describe('calibratedConfidence', () => {
  it('grows with the margin and stays a probability', () => {
    const calibration = { intercept: -1, margin: 0.5, distance: 0.1, unthemed: 1, secondGap: 0 };
    const narrow = calibratedConfidence({ margin: 0.2, distance: 1, unthemed: 0, secondGap: 0 }, calibration);
    const wide = calibratedConfidence({ margin: 6, distance: 1, unthemed: 0, secondGap: 0 }, calibration);
    expect(narrow).toBeLessThan(wide);
    expect(narrow).toBeGreaterThan(0);
    expect(wide).toBeLessThan(1);
    expect(calibratedConfidence({ margin: 0, distance: 0, unthemed: 0, secondGap: 0 }, calibration)).toBeCloseTo(1 / (1 + Math.E), 10);
  });
});

describe('fitConfidenceCalibration', () => {
  /** A deterministic sample whose chance of being right is a known logistic function of the margin. */
  function sample(size: number, truth: (margin: number) => number) {
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    return Array.from({ length: size }, () => {
      const margin = random() * 8;
      return { features: { margin, distance: 1, unthemed: 0, secondGap: 0 }, correct: random() < truth(margin) };
    });
  }

  it('recovers the probability a sample was drawn with (Platt scaling is calibrated where its model holds)', () => {
    const truth = (margin: number): number => 1 / (1 + Math.exp(-(-2 + 0.8 * margin)));
    const samples = sample(4000, truth);
    const fitted = fitConfidenceCalibration(samples);
    for (const margin of [0.5, 2.5, 5, 7.5])
      expect(Math.abs(calibratedConfidence({ margin, distance: 1, unthemed: 0, secondGap: 0 }, fitted) - truth(margin))).toBeLessThan(0.05);
  });

  it('predicts the observed share right in every band of confidence', () => {
    const truth = (margin: number): number => 1 / (1 + Math.exp(-(-1 + 0.5 * margin)));
    const samples = sample(4000, truth);
    const fitted = fitConfidenceCalibration(samples);
    for (const [from, to] of [
      [0, 0.4],
      [0.4, 0.7],
      [0.7, 1],
    ]) {
      const band = samples.filter((s) => {
        const p = calibratedConfidence(s.features, fitted);
        return p >= from && p < to;
      });
      const predicted = band.reduce((total, s) => total + calibratedConfidence(s.features, fitted), 0) / band.length;
      const observed = band.filter((s) => s.correct).length / band.length;
      expect(band.length).toBeGreaterThan(200);
      expect(Math.abs(predicted - observed)).toBeLessThan(0.05);
    }
  });

  it('stays finite when every comment of a sample is right (Platt’s smoothed targets)', () => {
    const fitted = fitConfidenceCalibration([1, 2, 3, 4].map((margin) => ({ features: { margin, distance: 1, unthemed: 0, secondGap: 0 }, correct: true })));
    expect(Object.values(fitted).every(Number.isFinite)).toBe(true);
    expect(calibratedConfidence({ margin: 2, distance: 1, unthemed: 0, secondGap: 0 }, fitted)).toBeLessThan(1);
  });
});

describe('closeSecondTheme', () => {
  it('names the best theme not given when it reaches three quarters of the best score', () => {
    expect(closeSecondTheme(themes, [6, 5, 1], ['vision'], rule)).toBe('communication');
    expect(closeSecondTheme(themes, [6, 4, 1], ['vision'], rule)).toBeNull();
  });

  it('measures a comment given no theme against the bar it missed', () => {
    expect(closeSecondTheme(themes, [0, 2, 0.5], [], rule)).toBe('communication');
    expect(closeSecondTheme(themes, [0, 1.5, 0.5], [], rule)).toBeNull();
  });

  it('never names a theme already given', () => {
    expect(closeSecondTheme(themes, [5, 5, 0], ['vision', 'communication'], rule)).toBeNull();
  });
});
