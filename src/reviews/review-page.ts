import { join } from 'node:path';
import { compileTemplates } from '../common/template-renderer';
import { formatScore, formatSigned } from '../reports/assembly/score-format';
import type { GoalStatus } from './goal-status';
import type { FollowUpSplit } from './follow-up-split';
import type { PerceivedChange } from './review-figures';
import type { PulsePoint, ReviewReport } from './review-report';

const render = compileTemplates(join(__dirname, 'templates'));

export const STATUS_LABELS: Record<GoalStatus, string> = { achieved: 'Achieved', on_track: 'On track', behind: 'Behind', not_measured: 'Not measured' };

const shown = (value: number | null | undefined): string => (value === null || value === undefined ? '—' : formatScore(value));
const percent = (share: number): string => `${Math.round(share * 100)}%`;

/** How a pulse's change reads in a table cell: the net score first, as coaches quote it. */
function changeText(change: PerceivedChange | null): string {
  if (!change) return 'not shown';
  return `net ${formatSigned(change.netScore)}; ${percent(change.improvedShare)} saw improvement, ${percent(change.worseShare)} a decline (${change.n} raters)`;
}

/** The split by follow-up, where the review may show it. */
function followUpText(split: FollowUpSplit | null): string {
  if (!split) return '';
  const half = (side: FollowUpSplit['followedUp']): string =>
    `net ${formatSigned(side.netScore)}, ${percent(side.improvedShare)} saw improvement (${side.n} raters)`;
  return `. Followed up a few times or regularly: ${half(split.followedUp)}; never or once: ${half(split.notFollowedUp)}`;
}

const pulseLabel = (point: PulsePoint, index: number): string =>
  `Pulse ${index + 1} (${point.phase === 'final' ? 'final' : 'progress'}${point.launchedAt ? `, ${point.launchedAt.slice(0, 10)}` : ''})`;

/** The review report as an HTML page, for the leader (and a PDF renderer as it is). */
export function renderReviewPage(review: ReviewReport, options: { backLink: string | null }): string {
  const rounds = [review.rounds.midpoint ? 'the mid-program review' : null, review.rounds.final ? 'the final review' : null].filter((round) => round !== null);
  return render('review', {
    title: `${review.leader}: progress review`,
    leader: review.leader,
    backLink: options.backLink,
    roundsText: rounds.length > 0 ? `The baseline 360 compared with ${rounds.join(' and ')}.` : 'No review has been shared yet: these are the baselines.',
    goals: review.goals.map((goal) => {
      const change = goal.perceivedChange.final ?? goal.perceivedChange.midpoint;
      return {
        title: goal.title,
        goal: goal.goal,
        baseline: shown(goal.baseline?.mean),
        midpoint: shown(goal.midpoint?.mean),
        final: shown(goal.final?.mean),
        target: goal.target.toFixed(1),
        change: change ? `${formatSigned(change.mean)}; net ${formatSigned(change.netScore)}; ${percent(change.improvedShare)} saw improvement` : '—',
        status: goal.status,
        statusLabel: STATUS_LABELS[goal.status],
        statusReason: goal.statusReason,
      };
    }),
    pulses: (review.goals[0]?.trend ?? []).map(pulseLabel),
    trend: review.goals.map((goal) => ({ title: goal.title, points: goal.trend.map((point) => changeText(point.change) + followUpText(point.followUp)) })),
    rules: review.rules,
    outcomes: review.outcomes.map((outcome) => {
      const latest = outcome.measuredAt ? outcome.values[outcome.measuredAt] : null;
      return {
        text: outcome.text,
        measuredBy: outcome.measuredBy ?? 'no indicator agreed',
        baseline: shown(outcome.values.baseline),
        latest: shown(latest),
        result: outcome.met === null ? 'Not measured' : outcome.met ? 'Met' : 'Not met',
        resultClass: outcome.met === null ? 'unknown' : outcome.met ? 'met' : 'not_met',
        note: outcome.note,
      };
    }),
    raterMix: review.raterMix,
  });
}
