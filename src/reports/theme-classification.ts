import type { ClassificationRules } from '../surveys/survey.types';
import type { Classification } from './report.types';

export interface ThemeStanding {
  themeId: string;
  selfMean: number | null;
  othersMean: number | null;
  /** Mean rwg of the theme's items among others; null when unknown. */
  othersAgreement: number | null;
}

export interface ThemeClassification {
  themeId: string;
  classification: Classification;
  reason: string;
}

const fixed = (value: number): string => value.toFixed(2);
const signed = (value: number): string => `${value >= 0 ? '+' : ''}${value.toFixed(2)}`;

/**
 * Labels each theme from how others rate it relative to the other themes (top or bottom third,
 * as leniency makes absolute scores misleading) and from the gap between self and others. The
 * rules and their thresholds come from the survey's `report.classification`; the reason says
 * which rule applied, with the numbers.
 */
export function classifyThemes(standings: ThemeStanding[], rules: ClassificationRules): ThemeClassification[] {
  const rated = standings.filter((standing) => standing.othersMean !== null);
  const third = Math.ceil(rated.length / 3);
  const ranked = [...rated].sort((a, b) => (b.othersMean ?? 0) - (a.othersMean ?? 0));
  const top = new Set(ranked.slice(0, third).map((standing) => standing.themeId));
  const bottom = new Set(ranked.slice(ranked.length - third).map((standing) => standing.themeId));

  return standings.map(({ themeId, selfMean, othersMean, othersAgreement }): ThemeClassification => {
    if (othersMean === null) return { themeId, classification: 'neutral', reason: 'Not enough ratings from others to classify this theme.' };
    const rank = ranked.findIndex((standing) => standing.themeId === themeId) + 1;
    const position = `ranked ${rank} of ${ranked.length} by others`;
    const inTop = top.has(themeId) && rated.length >= 3;
    const inBottom = bottom.has(themeId) && rated.length >= 3;
    if (selfMean !== null) {
      const gap = selfMean - othersMean;
      const numbers = `Self ${fixed(selfMean)} vs others ${fixed(othersMean)} (gap ${signed(gap)})`;
      if (gap > rules.blindSpotGap) return { themeId, classification: 'blind_spot', reason: `${numbers}: self exceeds others by more than ${fixed(rules.blindSpotGap)}.` };
      if (gap >= rules.blindSpotGapInBottomThird && inBottom) {
        return { themeId, classification: 'blind_spot', reason: `${numbers}: self exceeds others by ${fixed(rules.blindSpotGapInBottomThird)} or more while others put it in their bottom third (${position}).` };
      }
      if (-gap > rules.hiddenStrengthGap) return { themeId, classification: 'hidden_strength', reason: `${numbers}: others exceed self by more than ${fixed(rules.hiddenStrengthGap)}.` };
      if (-gap >= rules.hiddenStrengthGapInTopThird && inTop) {
        return { themeId, classification: 'hidden_strength', reason: `${numbers}: others exceed self by ${fixed(rules.hiddenStrengthGapInTopThird)} or more and put it in their top third (${position}).` };
      }
    }
    const agreement = othersAgreement === null ? 'unknown' : fixed(othersAgreement);
    if (inTop && othersAgreement !== null && othersAgreement >= rules.strengthMinAgreement) {
      return { themeId, classification: 'strength', reason: `Others ${fixed(othersMean)}, ${position}, and agree (rwg ${agreement} >= ${fixed(rules.strengthMinAgreement)}).` };
    }
    if (inBottom) return { themeId, classification: 'development_area', reason: `Others ${fixed(othersMean)}, ${position}: in their bottom third.` };
    if (inTop) return { themeId, classification: 'neutral', reason: `Others ${fixed(othersMean)}, ${position}, but their views differ (rwg ${agreement} < ${fixed(rules.strengthMinAgreement)}).` };
    return { themeId, classification: 'neutral', reason: `Others ${fixed(othersMean)}, ${position}: neither top nor bottom third, and no marked gap with self.` };
  });
}
