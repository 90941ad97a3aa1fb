import { FIVE_POINT_CLASSIFICATION } from '../../../test/factories/survey.factory';
import type { ClassificationRules, SurveyScale } from '../../surveys/survey.types';
import { classifyThemes, type ThemeStanding } from './theme-classification';

/** The defaults of a 1-5 scale: a third of the range is 4 / 3 = 1.33. */
const rules: ClassificationRules = { ...FIVE_POINT_CLASSIFICATION };
const scale: SurveyScale = { points: 5, labels: ['1', '2', '3', '4', '5'], notObserved: 'Not observed' };

type Row = [others: number | null, self: number | null, agreement?: number | null];
const standings = (rows: Record<string, Row>): ThemeStanding[] =>
  Object.entries(rows).map(([themeId, [othersMean, selfMean, agreement]]) => ({
    themeId,
    othersMean,
    selfMean,
    othersAgreement: agreement === undefined ? 0.8 : agreement,
    // Many raters who agree: every gap here is reliable unless a test says otherwise.
    gapReading: { interval: null, reliable: true },
    othersRaters: 12,
  }));
const classify = (rows: Record<string, Row>, custom: ClassificationRules = rules, customScale: SurveyScale = scale) =>
  Object.fromEntries(classifyThemes(standings(rows), custom, customScale).map((entry) => [entry.themeId, entry]));
const labels = (rows: Record<string, Row>) => Object.fromEntries(Object.entries(classify(rows)).map(([id, entry]) => [id, entry.classification]));

/** Six themes, self close to others: top third = a, b; bottom third = e, f. */
const six = (overrides: Record<string, Row> = {}): Record<string, Row> => ({
  a: [4.5, 4.4],
  b: [4.2, 4.2],
  c: [3.8, 3.9],
  d: [3.6, 3.5],
  e: [3.2, 3.3],
  f: [3.0, 3.1],
  ...overrides,
});

describe('classifyThemes', () => {
  it('labels the top third (with agreement) strengths and the bottom third development areas', () => {
    expect(labels(six())).toEqual({ a: 'strength', b: 'strength', c: 'neutral', d: 'neutral', e: 'development_area', f: 'development_area' });
    const result = classify(six());
    expect(result.a.reason).toBe('Others 4.50, 1st of 6: in their top third, with agreement (rwg 0.80) of at least 0.50.');
    expect(result.c.reason).toBe('Others 3.80, 3rd of 6: neither top nor bottom third, and no marked gap with self.');
    expect(result.f.reason).toBe('Others 3.00, 6th of 6: in their bottom third.');
  });

  it('takes ceil(k/3) themes for a third', () => {
    // k = 4: two in each third; k = 5: two; k = 3: one.
    expect(labels({ a: [4, 4], b: [3.5, 3.5], c: [3, 3], d: [2.5, 2.5] })).toEqual({
      a: 'strength',
      b: 'strength',
      c: 'development_area',
      d: 'development_area',
    });
    expect(labels({ a: [4, 4], b: [3.8, 3.8], c: [3.5, 3.5], d: [3, 3], e: [2.5, 2.5] })).toEqual({
      a: 'strength',
      b: 'strength',
      c: 'neutral',
      d: 'development_area',
      e: 'development_area',
    });
    expect(labels({ a: [4, 4], b: [3.5, 3.5], c: [3, 3] })).toEqual({ a: 'strength', b: 'neutral', c: 'development_area' });
    expect(labels({ a: [3, 3], b: [4, 4] })).toEqual({ a: 'development_area', b: 'strength' });
  });

  it('needs agreement of at least strengthMinAgreement for a strength', () => {
    expect(classify(six({ a: [4.5, 4.4, 0.5] })).a.classification).toBe('strength');
    expect(classify(six({ a: [4.5, 4.4, 0.49] })).a).toMatchObject({
      classification: 'neutral',
      reason: 'Others 4.50, 1st of 6: in their top third, but their agreement (rwg 0.49) is below 0.50.',
    });
    expect(classify(six({ a: [4.5, 4.4, null] })).a).toMatchObject({
      classification: 'neutral',
      reason: 'Others 4.50, 1st of 6: in their top third, but their agreement is unknown.',
    });
  });

  it('finds a blind spot when self exceeds others by more than blindSpotGap, wherever the theme ranks', () => {
    expect(classify(six({ c: [3.8, 5.14] })).c).toEqual({
      themeId: 'c',
      classification: 'blind_spot',
      reason: 'Self 5.14 vs others 3.80: a gap of +1.34 exceeds 1.33, a third of the scale.',
    });
    expect(classify(six({ c: [3.8, 5.13] })).c.classification).toBe('neutral');
    // The gap compared is the one printed: 1.3349 shows as +1.33, which does not exceed 1.33.
    expect(classify(six({ c: [3.8, 5.1349] })).c.classification).toBe('neutral');
  });

  it('finds a blind spot from a smaller gap when others put the theme in their bottom third', () => {
    expect(classify(six({ e: [3.2, 3.95] })).e).toEqual({
      themeId: 'e',
      classification: 'blind_spot',
      reason: 'Self 3.95 vs others 3.20: a gap of +0.75 reaches 0.75 while others rank this theme in their bottom third (5th of 6).',
    });
    expect(classify(six({ e: [3.2, 3.94] })).e.classification).toBe('development_area');
    expect(classify(six({ c: [3.8, 4.6] })).c.classification).toBe('neutral');
  });

  it('finds hidden strengths as the mirror image', () => {
    expect(classify(six({ d: [3.6, 2.26] })).d).toEqual({
      themeId: 'd',
      classification: 'hidden_strength',
      reason: 'Self 2.26 vs others 3.60: others rate it 1.34 higher, more than 1.33, a third of the scale.',
    });
    expect(classify(six({ d: [3.6, 2.27] })).d.classification).toBe('neutral');
    expect(classify(six({ a: [4.5, 3.75] })).a).toEqual({
      themeId: 'a',
      classification: 'hidden_strength',
      reason: 'Self 3.75 vs others 4.50: others rate it 0.75 higher, at least 0.75, and rank this theme in their top third (1st of 6).',
    });
    expect(classify(six({ a: [4.5, 3.76] })).a.classification).toBe('strength');
  });

  it('puts a marked gap before strengths and development areas', () => {
    expect(labels(six({ a: [4.5, 5.9] })).a).toBe('blind_spot');
    expect(labels(six({ f: [3.0, 1.6] })).f).toBe('hidden_strength');
    expect(labels(six({ f: [3.0, 2.3] })).f).toBe('development_area');
  });

  it('keeps themes showing the same score together when ranking, ties at a boundary counting in', () => {
    const tiedTop = classify({ a: [4.5, 4.5], b: [4.2, 4.2], c: [4.2, 4.2], d: [3.6, 3.6], e: [3.2, 3.2], f: [3.0, 3.0] });
    expect([tiedTop.b.classification, tiedTop.c.classification]).toEqual(['strength', 'strength']);
    expect(tiedTop.c.reason).toBe('Others 4.20, tied 2nd of 6: in their top third, with agreement (rwg 0.80) of at least 0.50.');
    // 3.2012 and 3.2049 both print 3.20: they are tied, both in the bottom third.
    expect(labels({ a: [4.5, 4.5], b: [4.2, 4.2], c: [3.8, 3.8], d: [3.2012, 3.2], e: [3.2049, 3.2], f: [3.0, 3.0] })).toMatchObject({
      d: 'development_area',
      e: 'development_area',
    });
  });

  it('cannot rank a single theme, nor themes all tied, and says so', () => {
    expect(classify({ a: [4, 4] }).a).toEqual({
      themeId: 'a',
      classification: 'neutral',
      reason: 'Others 4.00, 1st of 1: the only theme others rated, so it cannot be ranked, and no marked gap with self.',
    });
    expect(classify({ a: [3, 3], b: [3, 3], c: [3, 3] }).b).toEqual({
      themeId: 'b',
      classification: 'neutral',
      reason: 'Others 3.00, tied 1st of 3: tied across the top and bottom thirds, so it cannot be placed, and no marked gap with self.',
    });
    // A marked gap needs no ranking.
    expect(classify({ a: [3, 4.5] }).a.classification).toBe('blind_spot');
  });

  it('stays neutral without a figure from others, and ranks only the themes that have one', () => {
    const result = classify({ a: [null, 4], b: [4.5, 4.5], c: [3.5, 3.5], d: [3.0, null] });
    expect(result.a).toEqual({ themeId: 'a', classification: 'neutral', reason: 'Not enough ratings from others to classify this theme.' });
    expect(result.b.reason).toBe('Others 4.50, 1st of 3: in their top third, with agreement (rwg 0.80) of at least 0.50.');
    expect(result.d).toEqual({ themeId: 'd', classification: 'development_area', reason: 'Others 3.00, 3rd of 3: in their bottom third.' });
    expect(classify({ a: [3.5, null], b: [4, 4], c: [3, 3] }).a.reason).toBe(
      'Others 3.50, 2nd of 3: neither top nor bottom third, and no self-rating to compare.',
    );
  });

  it('follows the survey\u2019s own thresholds, naming "a third of the scale" only when that is what the threshold is', () => {
    const strict: ClassificationRules = { ...rules, blindSpotGap: 1, hiddenStrengthGap: 1 };
    expect(classify(six({ c: [3.8, 4.9] }), strict).c.reason).toBe('Self 4.90 vs others 3.80: a gap of +1.10 exceeds 1.00.');
    const sevenPoints: SurveyScale = { ...scale, points: 7 };
    expect(classify(six({ c: [3.8, 5.9] }), { ...rules, blindSpotGap: 2 }, sevenPoints).c.reason).toBe(
      'Self 5.90 vs others 3.80: a gap of +2.10 exceeds 2.00, a third of the scale.',
    );
  });
});

describe('classifyThemes with an uncertain gap', () => {
  const uncertain = (reading: ThemeStanding['gapReading'], othersRaters: number | null) =>
    classifyThemes(
      standings({ a: [4.5, 4.4], b: [4.2, 4.2], c: [3.8, 3.8], d: [3.5, 3.5], e: [3.1, 3.2], f: [2.5, 4.2] }).map((standing) =>
        standing.themeId === 'f' ? { ...standing, gapReading: reading, othersRaters } : standing,
      ),
      rules,
      scale,
    ).find((entry) => entry.themeId === 'f');

  it('does not call a blind spot what it cannot tell from chance, and says why in numbers', () => {
    const entry = uncertain({ interval: [-0.4, 3.8], reliable: false }, 3);
    expect(entry?.classification).toBe('development_area');
    expect(entry?.reason).toBe(
      'Others 2.50, 6th of 6: in their bottom third. The gap of +1.70 would make it a blind spot, but it is uncertain: with 3 raters, its 90 % interval (-0.40 to +3.80) includes no gap at all.',
    );
  });

  it('says so when one rater among others leaves no interval at all', () => {
    expect(uncertain({ interval: null, reliable: false }, 1)?.reason).toContain(
      'The gap of +1.70 would make it a blind spot, but from 1 rater it cannot be told from chance',
    );
  });

  it('still calls it when the gap is reliable', () => {
    expect(uncertain({ interval: [0.9, 2.5], reliable: true }, 9)?.classification).toBe('blind_spot');
  });
});
