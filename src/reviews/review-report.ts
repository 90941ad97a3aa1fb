import type { IntendedOutcome, OutcomeScopes } from '../engagements/intended-outcome';
import type { ProgramGoal } from '../programs/program.types';
import type { Report } from '../reports/assembly/report.types';
import { FOLLOW_UP_RULE, type FollowUpSplit } from './follow-up-split';
import { goalStatus, type GoalStatus, STATUS_RULE } from './goal-status';
import { OUTCOME_RULE, type OutcomeReview, reviewOutcomes } from './outcome-review';
import { compareRaterMix, type RaterMix } from './rater-mix';
import { othersThemeFigure, type PerceivedChange, perceivedChange, type RoundFigure } from './review-figures';

export const PERCEIVED_CHANGE_RULE =
  "Others' mean on the goal's question 'how much more or less effective has the leader become' (-3 much worse to +3 much better), the share of those raters who answered +1 or more, " +
  'and the net score: the share who answered +1 or more minus the share who answered -1 or less; shown only where the report shows that question.';

export const TREND_RULE =
  'Every pulse of the program in the order it was launched, each read from its own report version as it shows the goal: nothing is pooled or subtracted across pulses.';

/** One round of the review, read from a frozen report version. */
export interface ReviewRoundInput {
  campaignId: string;
  report: Report;
  /** The change question of each focus theme in the round's survey (progress-pulse). */
  changeItemIds: Readonly<Record<string, string>>;
}

/** A launched pulse of the program, for the trend. */
export interface PulseInput extends ReviewRoundInput {
  phase: 'midpoint' | 'final';
  launchedAt: string | null;
  /** Per focus theme, the follow-up split where the pulse may show it (see follow-up-split.ts). */
  followUp?: Readonly<Record<string, FollowUpSplit | null>>;
}

/** What one pulse showed about a goal; `change` is null where its report withholds the figure. */
export interface PulsePoint {
  campaignId: string;
  phase: 'midpoint' | 'final';
  launchedAt: string | null;
  version: number | null;
  change: PerceivedChange | null;
  /** Improvement where the leader followed up against where they did not; null until the rule allows it. */
  followUp: FollowUpSplit | null;
}

export interface GoalReview {
  themeId: string;
  title: string;
  goal: string;
  target: number;
  baseline: RoundFigure | null;
  midpoint: RoundFigure | null;
  final: RoundFigure | null;
  perceivedChange: { midpoint: PerceivedChange | null; final: PerceivedChange | null };
  /** The change seen in every pulse, oldest first. */
  trend: PulsePoint[];
  /** As of the latest review. */
  status: GoalStatus;
  statusReason: string;
  /** As each review stood when it was held, for the meetings about it. */
  statusAt: { midpoint: { status: GoalStatus; reason: string } | null; final: { status: GoalStatus; reason: string } | null };
}

export interface RoundInfo {
  campaignId: string;
  version: number | null;
  releasedAt: string | null;
  responses: number;
}

export interface ReviewReport {
  leader: string;
  rounds: { baseline: RoundInfo; midpoint: RoundInfo | null; final: RoundInfo | null };
  rules: { status: string; perceivedChange: string; trend: string; followUp: string; outcomes: string };
  goals: GoalReview[];
  outcomes: OutcomeReview[];
  raterMix: RaterMix;
}

const roundInfo = (round: ReviewRoundInput): RoundInfo => ({
  campaignId: round.campaignId,
  version: round.report.version?.number ?? null,
  releasedAt: round.report.version?.releasedAt ?? null,
  responses: round.report.aggregatedResponses,
});

/**
 * The mid and final review: per goal, others' average at baseline, midpoint and final against the
 * target, what others perceived as change, and a status under a stated rule; each intended
 * outcome against its indicator; and whether the rater mix changed between rounds. Every figure
 * is one the report versions show, so the anonymity rules of the reports hold here too.
 */
export function buildReview(input: {
  leader: string;
  goals: readonly ProgramGoal[];
  outcomes: readonly IntendedOutcome[];
  scopes: Pick<OutcomeScopes, 'themes' | 'items'>;
  baseline: ReviewRoundInput;
  midpoint: ReviewRoundInput | null;
  final: ReviewRoundInput | null;
  /** Every launched pulse with a report to read, oldest first (the midpoint and final rounds among them); by default those two. */
  pulses?: readonly PulseInput[];
}): ReviewReport {
  const { baseline, midpoint, final } = input;
  const pulses = input.pulses ?? [
    ...(midpoint ? [{ ...midpoint, phase: 'midpoint' as const, launchedAt: null }] : []),
    ...(final ? [{ ...final, phase: 'final' as const, launchedAt: null }] : []),
  ];
  const goals = input.goals.map((goal): GoalReview => {
    const figures = {
      baseline: othersThemeFigure(baseline.report, goal.themeId),
      midpoint: midpoint ? othersThemeFigure(midpoint.report, goal.themeId) : null,
      final: final ? othersThemeFigure(final.report, goal.themeId) : null,
    };
    const { status, reason } = goalStatus({ ...figures, target: goal.target, midpointHeld: midpoint !== null, finalHeld: final !== null });
    const atMidpoint = midpoint ? goalStatus({ ...figures, final: null, target: goal.target, midpointHeld: true, finalHeld: false }) : null;
    return {
      themeId: goal.themeId,
      title: goal.title,
      goal: goal.goal,
      target: goal.target,
      ...figures,
      perceivedChange: {
        midpoint: midpoint ? perceivedChange(midpoint.report, midpoint.changeItemIds[goal.themeId]) : null,
        final: final ? perceivedChange(final.report, final.changeItemIds[goal.themeId]) : null,
      },
      trend: pulses.map((pulse) => ({
        campaignId: pulse.campaignId,
        phase: pulse.phase,
        launchedAt: pulse.launchedAt,
        version: pulse.report.version?.number ?? null,
        change: perceivedChange(pulse.report, pulse.changeItemIds[goal.themeId]),
        followUp: pulse.followUp?.[goal.themeId] ?? null,
      })),
      status,
      statusReason: reason,
      statusAt: { midpoint: atMidpoint, final: final ? { status, reason } : null },
    };
  });
  const reports = { baseline: baseline.report, midpoint: midpoint?.report ?? null, final: final?.report ?? null };
  return {
    leader: input.leader,
    rounds: { baseline: roundInfo(baseline), midpoint: midpoint ? roundInfo(midpoint) : null, final: final ? roundInfo(final) : null },
    rules: { status: STATUS_RULE, perceivedChange: PERCEIVED_CHANGE_RULE, trend: TREND_RULE, followUp: FOLLOW_UP_RULE, outcomes: OUTCOME_RULE },
    goals,
    outcomes: reviewOutcomes(input.outcomes, reports, input.scopes),
    raterMix: compareRaterMix(reports),
  };
}
