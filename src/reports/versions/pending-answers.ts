import type { CampaignAggregates } from '../../aggregation/aggregate.types';
import type { FoldState } from '../../aggregation/aggregation.repository';
import type { RaterGroupId, SurveyDefinition } from '../../surveys/survey.types';
import type { PendingAnswers } from '../assembly/report.types';
import type { VersionHead } from './report-version.repository';
import { describeWaiting, planVersionStep } from './version-gate';

/**
 * Whether reads must not cut a version now: the campaign takes no more answers, yet some it
 * received are not folded (its close queued that fold). A version cut from part of them would
 * keep the rest out for good: a later version takes a group's newer answers only in steps of its
 * threshold, and no more answers will come to make up a step.
 */
export const holdsVersions = (fold: FoldState): boolean => fold.closedForAnswers && fold.unfolded > 0;

/** The answers received and not folded yet, in plain words: one campaign-wide count, no group. */
export function describeUnfolded(fold: FoldState): string[] {
  if (fold.unfolded <= 0) return [];
  const count = `${fold.unfolded} answer${fold.unfolded === 1 ? ' is' : 's are'} still being added to the report.`;
  return [
    holdsVersions(fold) ? `${count} The campaign is closed: the next version waits until they are all added, so that it leaves none of them out.` : count,
  ];
}

export interface PendingInput {
  survey: SurveyDefinition;
  /** The version the report serves, or null before the first one. */
  version: VersionHead | null;
  /** Whether that version is the campaign's latest (a read of an older one names what came after). */
  latest: boolean;
  current: CampaignAggregates;
  fold: FoldState;
}

const total = (counts: Partial<Record<RaterGroupId, number>>): number => Object.values(counts).reduce((sum, count) => sum + (count ?? 0), 0);

/** What newer answers a version leaves out, and why: counts per group, and one count for what is not folded yet. */
export function pendingAnswers({ survey, version, latest, current, fold }: PendingInput): PendingAnswers {
  const unfolded = fold.unfolded;
  if (!version) {
    const aggregated = total(current.responses);
    return {
      answers: aggregated,
      unfolded,
      notes: [...(aggregated === 0 ? ['No answers have been aggregated yet.'] : []), ...describeUnfolded(fold)],
      canPublish: false,
    };
  }
  const holding = holdsVersions(fold);
  const step = planVersionStep(survey, version.frozen, current);
  const groups = Object.keys(current.responses) as RaterGroupId[];
  const answers = groups.reduce((sum, group) => sum + Math.max(0, (current.responses[group] ?? 0) - (version.frozen.responses[group] ?? 0)), 0);
  const label = (group: RaterGroupId): string => survey.groups.find((candidate) => candidate.id === group)?.label ?? group;
  const labels = step.advancing.map(label).join(', ');
  const advancing =
    step.advancing.length === 0
      ? []
      : [
          holding && latest
            ? `Newer answers from ${labels} will be in version ${version.number + 1}.`
            : `Newer answers from ${labels} are in version ${version.number + 1} and later.`,
        ];
  return {
    answers,
    unfolded,
    // While answers are still folding, a group waiting for more may yet get them from the fold.
    notes: [...describeUnfolded(fold), ...advancing, ...describeWaiting(step.waiting, { closed: fold.closedForAnswers && !holding })],
    canPublish: !holding && step.advancing.length > 0,
  };
}
