import type { RaterGroupId } from '../surveys/survey.types';
import type { CampaignAggregates, CellAggregate } from './aggregate.types';

/**
 * The answers behind a figure: all of them, and how many of those were interviews the coach
 * entered. Readers of a report see only the total. The coach, who held the interviews and typed
 * them in, knows what they said and can take them back out of any figure, leaving the raters'
 * answers alone. So every anonymity threshold is checked twice: on all answers, which protects
 * raters and interviewees from readers, and on the rater answers, which protects raters from the
 * coach. Rater answers need either to be none (the coach then learns nothing new) or to reach the
 * threshold themselves.
 */
export interface AnswerCount {
  all: number;
  interviews: number;
}

export const NO_ANSWERS: AnswerCount = { all: 0, interviews: 0 };

/** Answers that are not interviews: what the coach does not already know. */
export const raterAnswers = (count: AnswerCount): number => count.all - count.interviews;

export const countOfCell = (cell: CellAggregate | undefined): AnswerCount => ({ all: cell?.raters ?? 0, interviews: cell?.interviews ?? 0 });

export const countOfGroup = (aggregates: Pick<CampaignAggregates, 'responses' | 'interviews'>, groupId: RaterGroupId): AnswerCount => ({
  all: aggregates.responses[groupId] ?? 0,
  interviews: aggregates.interviews?.[groupId] ?? 0,
});

export const addCounts = (a: AnswerCount, b: AnswerCount): AnswerCount => ({ all: a.all + b.all, interviews: a.interviews + b.interviews });

export const subtractCounts = (a: AnswerCount, b: AnswerCount): AnswerCount => ({ all: a.all - b.all, interviews: a.interviews - b.interviews });

/** Whether a figure of these answers may be shown under `threshold`, to readers and to the coach. */
export function meetsThreshold(count: AnswerCount, threshold: number): boolean {
  const raters = raterAnswers(count);
  return count.all >= threshold && (raters === 0 || raters >= threshold);
}

/** Whether a figure (or a difference of figures) of these answers would single someone out: it holds someone, yet too few. */
export function singlesOut(count: AnswerCount, threshold: number): boolean {
  return count.all > 0 && !meetsThreshold(count, threshold);
}
