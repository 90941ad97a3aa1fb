import type { ClassificationRules, SurveyScale } from '../../surveys/survey.types';
import type { Classification } from './report.types';
import { formatScore, formatSigned, round2 } from './score-format';

export interface ThemeStanding {
  themeId: string;
  /** Pooled mean of others, or null when it is not shown. */
  othersMean: number | null;
  selfMean: number | null;
  /** Mean rwg of the theme's likert items among others; null when unknown. */
  othersAgreement: number | null;
}

export interface ThemeClassification {
  themeId: string;
  classification: Classification;
  reason: string;
}

const ORDINAL_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
const ordinals = new Intl.PluralRules('en-GB', { type: 'ordinal' });
const ordinal = (rank: number): string => `${rank}${ORDINAL_SUFFIX[ordinals.select(rank)]}`;

interface Rank {
  position: number;
  tied: boolean;
  top: boolean;
  bottom: boolean;
  /** In both thirds at once, so in neither. */
  unplaced: boolean;
}

/**
 * Where each theme stands among the themes others rated, compared on the rounded means the
 * report shows, so that two themes showing the same score always stand together. Top third: the
 * ceil(k/3) highest, a tie at the boundary counting in. A theme that would be in both thirds (one
 * rated theme, or ties straddling the middle) cannot be placed and is in neither.
 */
function rankByOthers(standings: readonly ThemeStanding[]): Map<string, Rank> {
  const means = standings.flatMap((standing) => (standing.othersMean === null ? [] : [{ themeId: standing.themeId, mean: round2(standing.othersMean) }]));
  const third = Math.ceil(means.length / 3);
  const ranks = new Map<string, Rank>();
  for (const { themeId, mean } of means) {
    const higher = means.filter((other) => other.mean > mean).length;
    const lower = means.filter((other) => other.mean < mean).length;
    const top = higher < third;
    const bottom = lower < third;
    ranks.set(themeId, { position: higher + 1, tied: means.length - higher - lower > 1, top: top && !bottom, bottom: bottom && !top, unplaced: top && bottom });
  }
  return ranks;
}

const thirdOfScale = (gap: number, scale: SurveyScale): string => (round2((scale.points - 1) / 3) === round2(gap) ? ', a third of the scale' : '');

/**
 * Labels each theme from how others rate it relative to the other themes (raters are lenient or
 * harsh overall, so the rank says more than the absolute score) and from the gap between self and
 * others. A marked gap (blind spot, hidden strength) takes precedence: it is what the leader most
 * needs to hear. The reason says which rule applied, with the numbers the report shows.
 */
export function classifyThemes(standings: readonly ThemeStanding[], rules: ClassificationRules, scale: SurveyScale): ThemeClassification[] {
  const ranks = rankByOthers(standings);
  const count = ranks.size;
  return standings.map(({ themeId, othersMean, selfMean, othersAgreement }): ThemeClassification => {
    const rank = ranks.get(themeId);
    if (othersMean === null || rank === undefined)
      return { themeId, classification: 'neutral', reason: 'Not enough ratings from others to classify this theme.' };
    const others = formatScore(othersMean);
    const place = `${rank.tied ? 'tied ' : ''}${ordinal(rank.position)} of ${count}`;

    if (selfMean !== null) {
      const gap = round2(selfMean - othersMean);
      const versus = `Self ${formatScore(selfMean)} vs others ${others}`;
      if (gap > rules.blindSpotGap) {
        return {
          themeId,
          classification: 'blind_spot',
          reason: `${versus}: a gap of ${formatSigned(gap)} exceeds ${formatScore(rules.blindSpotGap)}${thirdOfScale(rules.blindSpotGap, scale)}.`,
        };
      }
      if (rank.bottom && gap >= rules.blindSpotGapInBottomThird) {
        return {
          themeId,
          classification: 'blind_spot',
          reason: `${versus}: a gap of ${formatSigned(gap)} reaches ${formatScore(rules.blindSpotGapInBottomThird)} while others rank this theme in their bottom third (${place}).`,
        };
      }
      if (-gap > rules.hiddenStrengthGap) {
        return {
          themeId,
          classification: 'hidden_strength',
          reason: `${versus}: others rate it ${formatScore(-gap)} higher, more than ${formatScore(rules.hiddenStrengthGap)}${thirdOfScale(rules.hiddenStrengthGap, scale)}.`,
        };
      }
      if (rank.top && -gap >= rules.hiddenStrengthGapInTopThird) {
        return {
          themeId,
          classification: 'hidden_strength',
          reason: `${versus}: others rate it ${formatScore(-gap)} higher, at least ${formatScore(rules.hiddenStrengthGapInTopThird)}, and rank this theme in their top third (${place}).`,
        };
      }
    }

    const agreement = othersAgreement === null ? null : round2(othersAgreement);
    if (rank.top) {
      if (agreement !== null && agreement >= rules.strengthMinAgreement) {
        return {
          themeId,
          classification: 'strength',
          reason: `Others ${others}, ${place}: in their top third, with agreement (rwg ${formatScore(agreement)}) of at least ${formatScore(rules.strengthMinAgreement)}.`,
        };
      }
      const why =
        agreement === null
          ? 'their agreement is unknown'
          : `their agreement (rwg ${formatScore(agreement)}) is below ${formatScore(rules.strengthMinAgreement)}`;
      return { themeId, classification: 'neutral', reason: `Others ${others}, ${place}: in their top third, but ${why}.` };
    }
    if (rank.bottom) return { themeId, classification: 'development_area', reason: `Others ${others}, ${place}: in their bottom third.` };
    const unplaced = !rank.unplaced
      ? 'neither top nor bottom third'
      : count < 2
        ? 'the only theme others rated, so it cannot be ranked'
        : 'tied across the top and bottom thirds, so it cannot be placed';
    const self = selfMean === null ? 'no self-rating to compare' : 'no marked gap with self';
    return { themeId, classification: 'neutral', reason: `Others ${others}, ${place}: ${unplaced}, and ${self}.` };
  });
}
