import type { ClassificationRules, SurveyScale } from '../../surveys/survey.types';
import { type GapReading, INTERVAL_LEVEL, MIN_RELIABLE_GAP } from './mean-interval';
import type { Classification } from './report.types';
import { formatScore, formatSigned, round2 } from './score-format';

export interface ThemeStanding {
  themeId: string;
  /** Pooled mean of others, or null when it is not shown. */
  othersMean: number | null;
  selfMean: number | null;
  /** Mean rwg of the theme's likert items among others; null when unknown. */
  othersAgreement: number | null;
  /** Whether the gap between self and others is reliable, with its interval (see gapReading). */
  gapReading: GapReading;
  /** How many others rated the theme, to say why a gap is uncertain. */
  othersRaters: number | null;
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

const percent = (share: number): string => `${Math.round(share * 100)} %`;

/** Why a gap that would name a blind spot or hidden strength is not relied on, in the report's words. */
function uncertainGap(label: string, gap: number, reading: GapReading, raters: number | null): string {
  const who = raters === null ? 'others' : `${raters} ${raters === 1 ? 'rater' : 'raters'}`;
  if (reading.interval === null)
    return ` The gap of ${formatSigned(gap)} would make it a ${label}, but from ${who} it cannot be told from chance, so it is not called one.`;
  const [low, high] = reading.interval;
  const why =
    low <= 0 && high >= 0
      ? `its ${percent(INTERVAL_LEVEL)} interval (${formatSigned(low)} to ${formatSigned(high)}) includes no gap at all`
      : `it is smaller than a third of a scale point (${formatScore(round2(MIN_RELIABLE_GAP))})`;
  return ` The gap of ${formatSigned(gap)} would make it a ${label}, but it is uncertain: with ${who}, ${why}.`;
}

/**
 * Labels each theme from how others rate it relative to the other themes (raters are lenient or
 * harsh overall, so the rank says more than the absolute score) and from the gap between self and
 * others. A marked gap (blind spot, hidden strength) takes precedence: it is what the leader most
 * needs to hear. The reason says which rule applied, with the numbers the report shows.
 */
export function classifyThemes(standings: readonly ThemeStanding[], rules: ClassificationRules, scale: SurveyScale): ThemeClassification[] {
  const ranks = rankByOthers(standings);
  const count = ranks.size;
  return standings.map(({ themeId, othersMean, selfMean, othersAgreement, gapReading, othersRaters }): ThemeClassification => {
    const rank = ranks.get(themeId);
    if (othersMean === null || rank === undefined)
      return { themeId, classification: 'neutral', reason: 'Not enough ratings from others to classify this theme.' };
    const others = formatScore(othersMean);
    const place = `${rank.tied ? 'tied ' : ''}${ordinal(rank.position)} of ${count}`;

    let uncertain = '';
    if (selfMean !== null) {
      const gap = round2(selfMean - othersMean);
      const versus = `Self ${formatScore(selfMean)} vs others ${others}`;
      const marked = markedGap(gap, rank, rules, scale, versus, place);
      if (marked && gapReading.reliable === true) return { themeId, ...marked };
      if (marked) uncertain = uncertainGap(marked.classification === 'blind_spot' ? 'blind spot' : 'hidden strength', gap, gapReading, othersRaters);
    }
    const versusSelf = selfMean === null ? 'no self-rating to compare' : `no ${uncertain ? 'reliable' : 'marked'} gap with self`;
    const byRank = classifyByRank(themeId, others, place, rank, count, versusSelf, othersAgreement, rules);
    return { ...byRank, reason: `${byRank.reason}${uncertain}` };
  });
}

/**
 * A gap large enough to name a blind spot or a hidden strength, with the rule it meets; the caller
 * names it only when the gap is reliable.
 */
function markedGap(
  gap: number,
  rank: Rank,
  rules: ClassificationRules,
  scale: SurveyScale,
  versus: string,
  place: string,
): Omit<ThemeClassification, 'themeId'> | null {
  if (gap > rules.blindSpotGap) {
    return {
      classification: 'blind_spot',
      reason: `${versus}: a gap of ${formatSigned(gap)} exceeds ${formatScore(rules.blindSpotGap)}${thirdOfScale(rules.blindSpotGap, scale)}.`,
    };
  }
  if (rank.bottom && gap >= rules.blindSpotGapInBottomThird) {
    return {
      classification: 'blind_spot',
      reason: `${versus}: a gap of ${formatSigned(gap)} reaches ${formatScore(rules.blindSpotGapInBottomThird)} while others rank this theme in their bottom third (${place}).`,
    };
  }
  if (-gap > rules.hiddenStrengthGap) {
    return {
      classification: 'hidden_strength',
      reason: `${versus}: others rate it ${formatScore(-gap)} higher, more than ${formatScore(rules.hiddenStrengthGap)}${thirdOfScale(rules.hiddenStrengthGap, scale)}.`,
    };
  }
  if (rank.top && -gap >= rules.hiddenStrengthGapInTopThird) {
    return {
      classification: 'hidden_strength',
      reason: `${versus}: others rate it ${formatScore(-gap)} higher, at least ${formatScore(rules.hiddenStrengthGapInTopThird)}, and rank this theme in their top third (${place}).`,
    };
  }
  return null;
}

/** What others' own ranking of the theme says, when no reliable gap with self decides. */
function classifyByRank(
  themeId: string,
  others: string,
  place: string,
  rank: Rank,
  count: number,
  versusSelf: string,
  othersAgreement: number | null,
  rules: ClassificationRules,
): ThemeClassification {
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
      agreement === null ? 'their agreement is unknown' : `their agreement (rwg ${formatScore(agreement)}) is below ${formatScore(rules.strengthMinAgreement)}`;
    return { themeId, classification: 'neutral', reason: `Others ${others}, ${place}: in their top third, but ${why}.` };
  }
  if (rank.bottom) return { themeId, classification: 'development_area', reason: `Others ${others}, ${place}: in their bottom third.` };
  const unplaced = !rank.unplaced
    ? 'neither top nor bottom third'
    : count < 2
      ? 'the only theme others rated, so it cannot be ranked'
      : 'tied across the top and bottom thirds, so it cannot be placed';
  return { themeId, classification: 'neutral', reason: `Others ${others}, ${place}: ${unplaced}, and ${versusSelf}.` };
}
