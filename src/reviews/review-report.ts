import type { IntendedOutcome, OutcomeScopes } from '../engagements/intended-outcome';
import type { ProgramGoal } from '../programs/program.types';
import type { Report } from '../reports/assembly/report.types';
import { goalStatus, type GoalStatus, STATUS_RULE } from './goal-status';
import { OUTCOME_RULE, type OutcomeReview, reviewOutcomes } from './outcome-review';
import { compareRaterMix, type RaterMix } from './rater-mix';
import { othersThemeFigure, type PerceivedChange, perceivedChange, type RoundFigure } from './review-figures';

export const PERCEIVED_CHANGE_RULE =
  "Others' mean on the theme's question 'how much has the leader changed' (-3 much worse to +3 much better), and the share of those raters who answered +1 or more; " +
  'shown only where the report shows that question.';

/** One round of the review, read from a frozen report version. */
export interface ReviewRoundInput {
  campaignId: string;
  report: Report;
  /** The change question of each focus theme in the round's survey (progress-pulse). */
  changeItemIds: Readonly<Record<string, string>>;
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
  rules: { status: string; perceivedChange: string; outcomes: string };
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
}): ReviewReport {
  const { baseline, midpoint, final } = input;
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
      status,
      statusReason: reason,
      statusAt: { midpoint: atMidpoint, final: final ? { status, reason } : null },
    };
  });
  const reports = { baseline: baseline.report, midpoint: midpoint?.report ?? null, final: final?.report ?? null };
  return {
    leader: input.leader,
    rounds: { baseline: roundInfo(baseline), midpoint: midpoint ? roundInfo(midpoint) : null, final: final ? roundInfo(final) : null },
    rules: { status: STATUS_RULE, perceivedChange: PERCEIVED_CHANGE_RULE, outcomes: OUTCOME_RULE },
    goals,
    outcomes: reviewOutcomes(input.outcomes, reports, input.scopes),
    raterMix: compareRaterMix(reports),
  };
}
