import type { RaterGroupId, SurveyGroup } from '../surveys/survey.types';
import type { ReportBucket } from './report.types';

export interface PlannedBucket extends ReportBucket {
  /** The largest minResponses among its groups: the bucket shows figures only from this many raters. */
  threshold: number;
}

export interface BucketPlan {
  /** Every rater group but self, in buckets; `shown: false` ones count only inside "others". */
  buckets: PlannedBucket[];
  /** Why groups were merged or hidden, in words a coach can read out. */
  mergeNotes: string[];
}

interface Candidate {
  groups: SurveyGroup[];
  responses: number;
  threshold: number;
}

function joinLabels(labels: string[]): string {
  const [first, ...rest] = labels;
  const tail = rest.map((label) => label.charAt(0).toLowerCase() + label.slice(1));
  return tail.length === 0 ? first : `${[first, ...tail.slice(0, -1)].join(', ')} and ${tail[tail.length - 1]}`;
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

function merge(a: Candidate, b: Candidate, order: RaterGroupId[]): Candidate {
  const groups = [...a.groups, ...b.groups].sort((x, y) => order.indexOf(x.id) - order.indexOf(y.id));
  return { groups, responses: a.responses + b.responses, threshold: Math.max(a.threshold, b.threshold) };
}

/**
 * Groups anonymous raters into buckets that each meet their threshold. A group too small to
 * show is merged first with other small groups, then into the smallest bucket that can be shown;
 * only when no anonymous bucket can be shown at all do the groups stay hidden inside "others".
 * Identified groups (the boss) are their own bucket. Self is not a bucket: it is shown as "self".
 */
export function planBuckets(groups: SurveyGroup[], responses: Partial<Record<RaterGroupId, number>>): BucketPlan {
  const order = groups.map((group) => group.id);
  const count = (group: SurveyGroup): number => responses[group.id] ?? 0;
  const raters = groups.filter((group) => group.id !== 'self');
  const identified = raters.filter((group) => !group.anonymous).map((group) => toBucket({ groups: [group], responses: count(group), threshold: group.minResponses }, count(group) >= 1));
  const silent = raters.filter((group) => group.anonymous && count(group) === 0).map((group) => toBucket({ groups: [group], responses: 0, threshold: group.minResponses }, false));

  let candidates: Candidate[] = raters.filter((group) => group.anonymous && count(group) > 0).map((group) => ({ groups: [group], responses: count(group), threshold: group.minResponses }));
  const mergeNotes: string[] = [];
  let hidden: Candidate | null = null;
  for (;;) {
    const below = candidates.filter((candidate) => candidate.responses < candidate.threshold).sort((a, b) => a.responses - b.responses);
    if (below.length === 0) break;
    if (candidates.length === 1) {
      hidden = candidates[0];
      candidates = [];
      break;
    }
    const smallest = below[0];
    const partner = below[1] ?? [...candidates].filter((candidate) => candidate !== smallest).sort((a, b) => a.responses - b.responses)[0];
    candidates = [...candidates.filter((candidate) => candidate !== smallest && candidate !== partner), merge(smallest, partner, order)];
  }

  const merged = candidates.filter((candidate) => candidate.groups.length > 1);
  for (const candidate of merged) {
    mergeNotes.push(`${joinLabels(candidate.groups.map((group) => group.label))} are shown together so that no group of fewer than ${candidate.threshold} can be singled out.`);
  }
  if (hidden) {
    mergeNotes.push(`${joinLabels(hidden.groups.map((group) => group.label))} (${hidden.responses} answer${hidden.responses === 1 ? '' : 's'}) are counted only within all others, as fewer than ${hidden.threshold} answered.`);
  }
  const anonymousBuckets = [...candidates.map((candidate) => toBucket(candidate, true)), ...(hidden ? [toBucket(hidden, false)] : [])];
  const position = (bucket: PlannedBucket): number => order.indexOf(bucket.groups[0]);
  return { buckets: [...identified, ...anonymousBuckets, ...silent].sort((a, b) => position(a) - position(b)), mergeNotes };
}
