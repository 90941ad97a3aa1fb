import type { OutcomeView } from '../engagements/engagements.service';
import type { GoalStatus } from '../reviews/goal-status';
import type { ReviewReport } from '../reviews/review-report';
import type { Milestone, ProgramGoal } from '../programs/program.types';
import type { SponsorShare } from './access.repository';

export type MeetingId = 'start' | 'middle' | 'end';
export const MEETING_IDS: readonly MeetingId[] = ['start', 'middle', 'end'];

export interface AgendaGoal {
  title: string;
  /** The goal in the leader's words: shown when the leader shares goals. */
  goal: string | null;
  target: number;
}

export interface AgendaProgress {
  title: string;
  target: number;
  baseline: number | null;
  /** Others' average at this meeting's review; null when not measured or withheld. */
  current: number | null;
  perceivedChange: { mean: number; improvedShare: number } | null;
  status: GoalStatus;
  statusReason: string;
}

export interface AgendaOutcome {
  text: string;
  measuredBy: string | null;
  /** Only for indicators on everyone's or others' figures: the sponsor never sees one group's scores. */
  met: boolean | null;
  note: string;
}

export interface Meeting {
  id: MeetingId;
  title: string;
  purpose: string;
  /** A date from the program's milestones, when one fits. */
  plannedFor: string | null;
  goals: AgendaGoal[] | null;
  intendedOutcomes: { text: string; measuredBy: string | null }[] | null;
  progress: AgendaProgress[] | null;
  outcomes: AgendaOutcome[] | null;
  notes: string[];
  questions: string[];
}

export interface SponsorAgenda {
  title: string;
  leader: string;
  sponsor: string | null;
  shared: SponsorShare;
  statusRule: string | null;
  meetings: Meeting[];
}

const GROUP_SOURCES = new Set(['boss', 'self']);

function progressAt(review: ReviewReport, round: 'midpoint' | 'final'): AgendaProgress[] {
  return review.goals.map((goal) => {
    const change = goal.perceivedChange[round];
    const at = goal.statusAt[round] ?? { status: 'not_measured' as const, reason: 'Not measured.' };
    return {
      title: goal.title,
      target: goal.target,
      baseline: goal.baseline?.mean ?? null,
      current: goal[round]?.mean ?? null,
      perceivedChange: change ? { mean: change.mean, improvedShare: change.improvedShare } : null,
      status: at.status,
      statusReason: at.reason,
    };
  });
}

function milestoneDate(milestones: readonly Milestone[], pattern: RegExp): string | null {
  return milestones.find((milestone) => pattern.test(milestone.title))?.dueOn ?? null;
}

/**
 * The sponsor's agenda for the three meetings with the leader: goals at the start, progress in
 * the middle, outcomes against intended ones at the end. It holds only what the leader chose to
 * share, built from released report versions, and never comments, single groups' scores
 * (including the boss's own, and the leader's), or the coach's notes.
 */
export function buildSponsorAgenda(input: {
  title: string;
  leader: string;
  sponsor: string | null;
  share: SponsorShare;
  goals: readonly ProgramGoal[] | null;
  milestones: readonly Milestone[];
  outcomes: readonly OutcomeView[];
  review: ReviewReport | null;
}): SponsorAgenda {
  const { share, review, leader } = input;
  const notShared = (what: string): string => `${leader} has not shared ${what} with you yet.`;
  const goals = share.goals && input.goals ? input.goals.map((goal) => ({ title: goal.title, goal: goal.goal, target: goal.target })) : null;
  const intended = share.goals ? input.outcomes.map((outcome) => ({ text: outcome.text, measuredBy: outcome.measuredBy })) : null;
  const mixNote = (round: 'midpoint' | 'final'): string[] =>
    review?.raterMix.changedAt[round] ? ['Not everyone who answered at the start answered again, so compare with care.'] : [];

  const middleProgress = share.progress && review?.rounds.midpoint ? progressAt(review, 'midpoint') : null;
  const endProgress = share.progress && review?.rounds.final ? progressAt(review, 'final') : null;
  const outcomes =
    share.progress && share.goals && review?.rounds.final
      ? review.outcomes.map((outcome): AgendaOutcome => {
          const bySingleGroup = outcome.indicator !== null && GROUP_SOURCES.has(outcome.indicator.source);
          return {
            text: outcome.text,
            measuredBy: outcome.measuredBy,
            met: bySingleGroup ? null : outcome.met,
            note: bySingleGroup ? `Measured on one person's ratings: ${leader} will talk you through it.` : outcome.note,
          };
        })
      : null;

  const middleNotes = !share.progress
    ? [notShared('progress')]
    : !review?.rounds.midpoint
      ? ['The mid-program review has not been shared yet.']
      : mixNote('midpoint');
  const endNotes = !share.progress
    ? [notShared('progress')]
    : !review?.rounds.final
      ? ['The final review has not been shared yet.']
      : [...mixNote('final'), ...(share.goals ? [] : [notShared('the goals and intended outcomes')])];
  return {
    title: input.title,
    leader,
    sponsor: input.sponsor,
    shared: { goals: share.goals, progress: share.progress },
    statusRule: share.progress ? (review?.rules.status ?? null) : null,
    meetings: [
      {
        id: 'start',
        title: 'Start of the program: goals',
        purpose: `${leader} shares the goals of the program and how progress will be measured.`,
        plannedFor: null,
        goals,
        intendedOutcomes: intended,
        progress: null,
        outcomes: null,
        notes: share.goals ? (input.goals ? [] : ['The program is not designed yet.']) : [notShared('the goals')],
        questions: ['What would success look like to you at the end of the program?', `How will you support ${leader} and notice the change?`],
      },
      {
        id: 'middle',
        title: 'Mid-program: progress',
        purpose: `${leader} shares the progress measured at the mid-program review.`,
        plannedFor: milestoneDate(input.milestones, /mid/i),
        goals,
        intendedOutcomes: null,
        progress: middleProgress,
        outcomes: null,
        notes: middleNotes,
        questions: ['What change have you noticed?', 'What should the second half of the program focus on?'],
      },
      {
        id: 'end',
        title: 'End of the program: outcomes against intended',
        purpose: `${leader} shares the outcomes of the final review against the intended outcomes.`,
        plannedFor: milestoneDate(input.milestones, /final|end/i),
        goals,
        intendedOutcomes: null,
        progress: endProgress,
        outcomes,
        notes: endNotes,
        questions: ['Which outcomes were reached, and which need more time?', `How will ${leader} keep the new habits going?`],
      },
    ],
  };
}
