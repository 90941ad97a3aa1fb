import { meetsThreshold } from '../../aggregation/answer-counts';
import type { RaterGroupId, SurveyGroup } from '../../surveys/survey.types';
import type { ReportBucket } from '../assembly/report.types';

export interface PlannedBucket extends ReportBucket {
  /** The largest minResponses of its groups: an anonymous bucket shows no figure from fewer raters. */
  threshold: number;
}

export interface BucketPlan {
  /**
   * Every rater group but self, in survey order of each bucket's first group. A group nobody
   * answered is listed as an empty bucket (`responses: 0, shown: false`), so the coach can tell
   * "nobody answered" from "not asked".
   */
  buckets: PlannedBucket[];
  /** Anonymous groups that answered but can be shown nowhere: they count only inside "others". */
  hiddenGroups: RaterGroupId[];
  /** Why groups were merged or hidden, in words a coach can read out. */
  mergeNotes: string[];
}

interface Candidate {
  groups: SurveyGroup[];
  responses: number;
  /** Of `responses`, interviews the coach entered. */
  interviews: number;
  threshold: number;
}

const meetsItsThreshold = (candidate: Candidate): boolean =>
  meetsThreshold({ all: candidate.responses, interviews: candidate.interviews }, candidate.threshold);

const lowerFirst = (label: string): string => label.charAt(0).toLowerCase() + label.slice(1);

/** "Peers", "Peers and others", "Peers, direct reports and others". */
function joinLabels(labels: readonly string[]): string {
  const [first, ...rest] = labels;
  if (rest.length === 0) return first;
  const tail = rest.map(lowerFirst);
  return `${[first, ...tail.slice(0, -1)].join(', ')} and ${tail[tail.length - 1]}`;
}

function merged(parts: readonly Candidate[], order: readonly RaterGroupId[]): Candidate {
  const groups = parts.flatMap((part) => part.groups).sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  return {
    groups,
    responses: parts.reduce((total, part) => total + part.responses, 0),
    interviews: parts.reduce((total, part) => total + part.interviews, 0),
    threshold: Math.max(...parts.map((part) => part.threshold)),
  };
}

function toBucket(candidate: Candidate, shown: boolean): PlannedBucket {
  return {
    id: candidate.groups.map((group) => group.id).join('+'),
    label: joinLabels(candidate.groups.map((group) => group.label)),
    groups: candidate.groups.map((group) => group.id),
    responses: candidate.responses,
    shown,
    anonymous: candidate.groups.every((group) => group.anonymous),
    threshold: candidate.threshold,
  };
}

/**
 * The buckets anonymous raters are shown in, so that every shown bucket meets its threshold:
 *
 * 1. A group that meets its own threshold is its own bucket.
 * 2. Groups below their threshold are merged together, in survey order; the merged bucket is
 *    shown when it meets the largest threshold of its groups.
 * 3. If it does not, it is merged into the smallest shown bucket, then the next smallest, until
 *    the result meets its threshold (more than one step is needed only when the small groups
 *    demand a higher threshold than the bucket they join).
 * 4. If even that fails, no anonymous bucket is shown at all: every anonymous group that answered
 *    is hidden and counts only inside "others". Showing the large groups while hiding the small
 *    ones would label every unattributed comment as coming from the small ones.
 *
 * Identified groups (the boss) are their own bucket, shown from one answer. Self is never a
 * bucket: the report shows it as "self".
 *
 * "Meets its threshold" counts all answers, and the rater answers among them unless there are
 * none (`interviews`: the coach's interviews per group; see answer-counts.ts).
 *
 * `keepTogether` lists groups an earlier version of the report showed (or hid) together: they stay
 * together, merged further if need be but never split, so that versions compare like with like
 * and "peers and others" then "peers" cannot be subtracted to give the others.
 */
export function planBuckets(
  groups: readonly SurveyGroup[],
  responses: Partial<Record<RaterGroupId, number>>,
  keepTogether: readonly (readonly RaterGroupId[])[] = [],
  interviews: Partial<Record<RaterGroupId, number>> = {},
): BucketPlan {
  const order = groups.map((group) => group.id);
  const count = (group: SurveyGroup): number => Math.max(0, responses[group.id] ?? 0);
  const single = (group: SurveyGroup): Candidate => ({
    groups: [group],
    responses: count(group),
    interviews: Math.min(count(group), Math.max(0, interviews[group.id] ?? 0)),
    threshold: Math.max(1, group.minResponses),
  });
  const raters = groups.filter((group) => group.id !== 'self');
  const together = new Map(keepTogether.flatMap((set, index) => set.map((groupId) => [groupId, index] as const)));
  const units = new Map<string, Candidate[]>();
  for (const group of raters.filter((candidate) => candidate.anonymous && count(candidate) > 0)) {
    const key = together.has(group.id) ? `set ${together.get(group.id)}` : group.id;
    units.set(key, [...(units.get(key) ?? []), single(group)]);
  }
  const answered = [...units.values()].map((parts) => (parts.length === 1 ? parts[0] : merged(parts, order)));

  let shown = answered.filter(meetsItsThreshold);
  const small = answered.filter((candidate) => !meetsItsThreshold(candidate));
  let hidden: Candidate | null = null;
  if (small.length > 0) {
    let pool = merged(small, order);
    const absorbers = [...shown].sort((a, b) => a.responses - b.responses || order.indexOf(a.groups[0].id) - order.indexOf(b.groups[0].id));
    while (!meetsItsThreshold(pool) && absorbers.length > 0) {
      const absorber = absorbers.shift() as Candidate;
      shown = shown.filter((candidate) => candidate !== absorber);
      pool = merged([pool, absorber], order);
    }
    if (meetsItsThreshold(pool)) shown = [...shown, pool];
    else hidden = pool;
  }

  const mergeNotes: string[] = [];
  for (const candidate of shown.filter((bucket) => bucket.groups.length > 1).sort((a, b) => order.indexOf(a.groups[0].id) - order.indexOf(b.groups[0].id))) {
    mergeNotes.push(
      `${joinLabels(candidate.groups.map((group) => group.label))} are shown together so that no group of fewer than ${candidate.threshold} can be singled out.`,
    );
  }
  if (hidden) {
    const answers = `${hidden.responses} answer${hidden.responses === 1 ? '' : 's'}`;
    // Where interviews are among the answers, a count does not tell when the bucket can be shown;
    // the note says no more than that it waits, and nothing of the interviews, since readers see it too.
    const why = hidden.interviews === 0 ? `as fewer than ${hidden.threshold} answered` : 'until more of them have answered';
    mergeNotes.push(`${joinLabels(hidden.groups.map((group) => group.label))} (${answers}) are counted only within all others, ${why}.`);
  }

  const inBucket = new Set([...shown, ...(hidden ? [hidden] : [])].flatMap((candidate) => candidate.groups.map((group) => group.id)));
  const buckets: PlannedBucket[] = [
    ...raters.filter((group) => !group.anonymous).map((group) => toBucket(single(group), count(group) >= 1)),
    ...shown.map((candidate) => toBucket(candidate, true)),
    ...(hidden ? [toBucket(hidden, false)] : []),
    ...raters.filter((group) => group.anonymous && !inBucket.has(group.id)).map((group) => toBucket(single(group), false)),
  ];
  const position = (bucket: PlannedBucket): number => order.indexOf(bucket.groups[0]);
  return {
    buckets: buckets.sort((a, b) => position(a) - position(b)),
    hiddenGroups: hidden ? hidden.groups.map((group) => group.id) : [],
    mergeNotes,
  };
}

/** The groups a report showed or hid together, for the next version to keep together. */
export function groupsKeptTogether(buckets: readonly ReportBucket[]): RaterGroupId[][] {
  return buckets.filter((bucket) => bucket.anonymous && bucket.responses > 0 && bucket.groups.length > 1).map((bucket) => [...bucket.groups]);
}
