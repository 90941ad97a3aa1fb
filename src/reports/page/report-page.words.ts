import type { ClassificationRules, SurveyGroup } from '../../surveys/survey.types';
import type { Classification } from '../assembly/report.types';
import { formatScore } from '../assembly/score-format';

/** Below this agreement, others' ratings are more spread than agreed: the mean alone would read as a consensus. */
export const VIEWS_DIFFER_BELOW = 0.5;

/** The survey's rules the page explains: thresholds and classification, from the campaign's snapshot. */
export interface ReportRules {
  groups: readonly SurveyGroup[];
  classification: ClassificationRules;
  notObserved: string;
}

export const CLASSIFICATION_LABELS: Record<Classification, string> = {
  strength: 'Strength',
  development_area: 'Development area',
  blind_spot: 'Blind spot',
  hidden_strength: 'Hidden strength',
  neutral: 'Neutral',
};

export interface ClassificationView {
  label: string;
  /** A CSS class: one of a fixed set, never derived from report text. */
  css: string;
}

const CLASSIFICATION_CSS: Record<Classification, string> = {
  strength: 'c-strength',
  development_area: 'c-development',
  blind_spot: 'c-blind-spot',
  hidden_strength: 'c-hidden-strength',
  neutral: 'c-neutral',
};

export const classificationView = (classification: Classification): ClassificationView => ({
  label: CLASSIFICATION_LABELS[classification],
  css: CLASSIFICATION_CSS[classification],
});

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "12 March 2026"; an unreadable date is shown as given rather than as "Invalid Date". */
export function formatDate(value: string | Date): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? String(value) : DATE.format(date);
}

export const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** "French" for `fr`; the code itself for one that has no English name. */
export function languageName(code: string): string {
  try {
    return LANGUAGE_NAMES.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Peers, Direct reports and Others". */
export function listInWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** The rules behind what is shown and how themes are labelled, in sentences a leader can follow. */
export function thresholdSentences(rules: ReportRules): string[] {
  const anonymous = rules.groups.filter((group) => group.anonymous);
  const identified = rules.groups.filter((group) => !group.anonymous);
  const minima = [...new Set(anonymous.map((group) => group.minResponses))];
  const c = rules.classification;
  const sentences: string[] = [];
  if (anonymous.length > 0) {
    const least =
      minima.length === 1
        ? `at least ${minima[0]} people`
        : `enough people (${listInWords(anonymous.map((group) => `${group.label}: ${group.minResponses}`))})`;
    sentences.push(
      `${listInWords(anonymous.map((group) => group.label))} answer anonymously. A figure from an anonymous group is shown only when ${least} of it answered, for the report as a whole and for every theme and item; smaller groups are shown together with another group, or counted only within all others.`,
    );
  }
  if (identified.length > 0)
    sentences.push(`${listInWords(identified.map((group) => group.label))}: these answers are not anonymous and are shown as they are.`);
  sentences.push(
    `Blind spot: the leader's own rating is more than ${formatScore(c.blindSpotGap)} above others', or at least ${formatScore(c.blindSpotGapInBottomThird)} above where others rank the theme in their bottom third.`,
    `Hidden strength: others rate the theme more than ${formatScore(c.hiddenStrengthGap)} above the leader's own rating, or at least ${formatScore(c.hiddenStrengthGapInTopThird)} above where they rank it in their top third.`,
    `Strength: among the third of themes others rate highest, with agreement (rwg) of at least ${formatScore(c.strengthMinAgreement)}. Development area: among the third others rate lowest.`,
    `Agreement (rwg) runs from 0 (others disagree as much as random answers would) to 1 (they all gave the same rating). Below ${formatScore(VIEWS_DIFFER_BELOW)} it reads "views differ": the mean hides a split. Items below ${formatScore(c.mixedViewsBelowAgreement)} are listed as mixed views.`,
    `Under each theme's mean is its 90 % interval: with this many raters, the range the mean would likely fall in if others like them were asked. Fewer raters, or raters who disagree, make it wider.`,
    `A gap between the leader's own rating and others' is relied on only when its 90 % interval excludes no gap at all and it is at least a third of a scale point; a gap that would otherwise be called a blind spot or hidden strength is marked "uncertain" and the theme is classified by others' ratings alone.`,
  );
  return sentences;
}
