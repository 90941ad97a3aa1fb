import type { RaterGroupId } from '../surveys/survey.types';

export interface SampleRater {
  name: string;
  group: Exclude<RaterGroupId, 'self'>;
}

export const SAMPLE_LEADER = { name: 'Alex Morgan', role: 'VP Operations' };
export const SAMPLE_SPONSOR = { name: 'Jordan Lee' };

export const SAMPLE_OUTCOMES = [
  'Direct reports own the decisions in their area: delegation rated 4 or more by the final review',
  'Others rate communication and listening at 4.0 or more by the final review',
  'A successor for the operations team is identified and developing by the end of the program',
];

/** The same outcomes as agreed at contracting, each with the indicator that measures it. */
export const SAMPLE_MEASURED_OUTCOMES = [
  {
    text: 'People leave meetings with Alex feeling heard',
    indicator: { themeId: 'communication', source: 'others', measure: 'mean', operator: '>=', value: 3.6 },
  },
  {
    text: 'Jordan sees Alex hand over whole pieces of work',
    indicator: { itemId: 'developing-others.delegates', source: 'boss', measure: 'change', operator: '>=', value: 1 },
  },
  SAMPLE_OUTCOMES[2],
];

/**
 * How far the leader has grown on each focus theme, in scale points, as the raters see it at each
 * review: the first focus theme moves most, the last hardly at all, so the review shows every status.
 */
export const SAMPLE_GROWTH: Record<'midpoint' | 'final', readonly number[]> = {
  midpoint: [0.5, 0.3, 0.05],
  final: [1, 0.45, 0.1],
};

/** Does not answer the final review, so the review notes that the rater mix changed. */
export const FINAL_NON_RESPONDENT = 'Ben Carter';

/**
 * Around a dozen people, as in a typical baseline 360. Four peers so that the peer group still
 * clears its anonymity threshold with one of them unanswered.
 */
export const SAMPLE_RATERS: readonly SampleRater[] = [
  { name: 'Jordan Lee', group: 'boss' },
  { name: 'Priya Shah', group: 'peer' },
  { name: 'Marco Rossi', group: 'peer' },
  { name: 'Lena Fischer', group: 'peer' },
  { name: 'Tom Becker', group: 'peer' },
  { name: 'Aisha Khan', group: 'direct_report' },
  { name: 'Sam Wilson', group: 'direct_report' },
  { name: 'Nora Berg', group: 'direct_report' },
  { name: 'Luis Ortega', group: 'direct_report' },
  { name: 'Chloe Martin', group: 'other' },
  { name: 'Ben Carter', group: 'other' },
];

/** Left unanswered so that whoever runs the demo can open the link and answer by hand. */
export const LEFT_OPEN_RATER = 'Tom Becker';

/** Saves a draft, reopens the link and only then submits, as a rater on a phone might. */
export const DRAFTING_RATER = 'Aisha Khan';

/**
 * The run tag keeps this run's mail apart from earlier runs in the shared outbox; the `+tag`
 * sub-address keeps the addresses valid and obviously fake.
 */
export function sampleEmail(name: string, tag: string): string {
  return `${name.toLowerCase().replace(/[^a-z]+/g, '.')}+${tag}@example.com`;
}
