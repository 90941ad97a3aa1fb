import type { RaterGroupId, SurveyGroup } from '../surveys/survey.types';

/**
 * The most answers one fold transaction takes, so that a backlog (after a long Redis outage)
 * never becomes one long transaction. At least twice the largest `minResponses` the survey
 * schema allows (50), so a split batch still leaves both halves at or above the threshold.
 */
export const MAX_FOLD_BATCH = 100;

/** An answer stored but not folded yet: all the planner may know about it. */
export interface WaitingAnswer {
  id: string;
  groupId: RaterGroupId;
  /** Entered by the coach from an interview they held. */
  interview?: boolean;
}

export interface FoldPlan {
  /** Answers to fold in this transaction, in no meaningful order. */
  fold: string[];
  /** Answers left waiting after it. */
  waiting: number;
  /** Whether another transaction right after this one would find a batch ready. */
  more: boolean;
}

/**
 * How many answers of a group fold together. Folding rewrites rows, and rows rewritten by one
 * transaction share its id and are written in random order, so an anonymous group's answers only
 * ever enter the aggregates (and the report) in batches of at least its `minResponses`: the order
 * in which they were folded then tells no more than the report itself. Identified groups (boss,
 * self) are named in the report anyway, so each of their answers folds at once.
 */
export function batchThreshold(groups: readonly SurveyGroup[], groupId: RaterGroupId): number {
  const group = groups.find((candidate) => candidate.id === groupId);
  // A group the snapshot does not know is treated as the strictest anonymous one.
  if (!group) return Math.max(1, ...groups.filter((candidate) => candidate.anonymous).map((candidate) => candidate.minResponses));
  return group.anonymous ? Math.max(1, group.minResponses) : 1;
}

/** How many of a group's `count` waiting answers to take when `room` answers still fit in this transaction. */
function takeFromGroup(count: number, threshold: number, room: number, flush: boolean): number {
  if (!flush && count < threshold) return 0;
  if (count <= room) return count;
  if (flush) return room;
  // Split a large batch so that what stays behind is still a whole batch.
  const take = Math.min(room, count - threshold);
  return take >= threshold ? take : 0;
}

/**
 * Which waiting answers of one campaign fold now: every group with at least its threshold of
 * rater answers waiting, or everything when `flush` (the campaign closed, or the longest wait
 * passed), at most `maxBatch` in one transaction. `shuffle` must be a CSPRNG shuffle: when a batch
 * is split, which answers go first must not follow the order they arrived in.
 *
 * Interviews fold as soon as they are seen and never count toward a batch: the coach who entered
 * them knows what they said, so a batch of one rater and two interviews would show the coach that
 * one rater's answers, and a batch of interviews alone tells the coach nothing new.
 */
export function planFold(
  waiting: readonly WaitingAnswer[],
  groups: readonly SurveyGroup[],
  options: { flush: boolean; shuffle: <T>(items: readonly T[]) => T[]; maxBatch?: number },
): FoldPlan {
  const maxBatch = options.maxBatch ?? MAX_FOLD_BATCH;
  const byGroup = new Map<RaterGroupId, { raters: string[]; interviews: string[] }>();
  for (const answer of options.shuffle(waiting)) {
    const group = byGroup.get(answer.groupId) ?? { raters: [], interviews: [] };
    (answer.interview ? group.interviews : group.raters).push(answer.id);
    byGroup.set(answer.groupId, group);
  }
  const fold: string[] = [];
  let more = false;
  for (const [groupId, { raters, interviews }] of [...byGroup.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const threshold = batchThreshold(groups, groupId);
    const interviewsTaken = Math.min(interviews.length, maxBatch - fold.length);
    fold.push(...interviews.slice(0, interviewsTaken));
    const ratersTaken = takeFromGroup(raters.length, threshold, maxBatch - fold.length, options.flush);
    fold.push(...raters.slice(0, ratersTaken));
    const ratersLeft = raters.length - ratersTaken;
    if (interviewsTaken < interviews.length || (ratersLeft > 0 && (options.flush || ratersLeft >= threshold))) more = true;
  }
  return { fold: options.shuffle(fold), waiting: waiting.length - fold.length, more };
}

/**
 * When answers left waiting are folded anyway: the end of the `maxWaitMs`-long window (counted
 * from the epoch) in which the first of them was seen. The stored time then says only which
 * window an answer arrived in, never its minute.
 */
export function flushDueAt(now: Date, maxWaitMs: number): Date {
  return new Date((Math.floor(now.getTime() / maxWaitMs) + 1) * maxWaitMs);
}
