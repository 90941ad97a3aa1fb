import type { ProgramView } from '../programs/program-view';
import type { GoalStatus } from '../reviews/goal-status';
import type { ReviewReport } from '../reviews/review-report';

const STATUS_WORDS: Record<GoalStatus, string> = { achieved: 'ACHIEVED', on_track: 'on track', behind: 'behind', not_measured: 'not measured' };

const score = (value: number | null | undefined, width = 6): string => (value === null || value === undefined ? '-' : value.toFixed(2)).padStart(width);
const signed = (value: number): string => `${value >= 0 ? '+' : ''}${value.toFixed(2)}`;

/** The program in a few lines: goals, what the plan holds, and what was done of it. */
export function summariseProgram(program: ProgramView): string[] {
  const kinds = (kind: string): number => program.plan.filter((entry) => entry.kind === kind).length;
  return [
    `Program for ${program.leader}: ${program.goals.length} goals, ${kinds('practice')} practices, ${kinds('exercise')} exercises, ${kinds('reading')} readings`,
    ...program.goals.map((goal) => `  ${goal.title}: from ${goal.baseline.mean.toFixed(2)} to ${goal.target.toFixed(1)} (${goal.practiceIds.join(', ')})`),
    `Check-ins: ${program.progress.sessions} sessions (${program.progress.sessionMinutes} minutes); done ${program.progress.done} of ${program.progress.planned} planned (${Math.round(program.progress.share * 100)}%)`,
  ];
}

/** The review in a table for the terminal: per goal the three rounds, target, change seen and status; then outcomes and rater-mix notes. */
export function summariseReview(review: ReviewReport): string[] {
  const width = Math.max('Goal'.length, ...review.goals.map((goal) => goal.title.length));
  const lines = [
    `Review for ${review.leader}: others' average (1-5) at baseline, midpoint and final; change others saw (-3..+3) and the share seeing improvement`,
    '',
    `  ${'Goal'.padEnd(width)} ${'Base'.padStart(6)} ${'Mid'.padStart(6)} ${'Final'.padStart(6)} ${'Target'.padStart(6)}  ${'Change seen'.padEnd(13)} Status`,
    ...review.goals.map((goal) => {
      const change = goal.perceivedChange.final ?? goal.perceivedChange.midpoint;
      const seen = change ? `${signed(change.mean)} (${Math.round(change.improvedShare * 100)}%)` : '-';
      return `  ${goal.title.padEnd(width)} ${score(goal.baseline?.mean)} ${score(goal.midpoint?.mean)} ${score(goal.final?.mean)} ${goal.target.toFixed(1).padStart(6)}  ${seen.padEnd(13)} ${STATUS_WORDS[goal.status]}`;
    }),
    `  Status rule: ${review.rules.status}`,
    '',
    'Intended outcomes:',
    ...review.outcomes.map((outcome) => {
      const mark = outcome.met === null ? '?' : outcome.met ? '✓' : '✗';
      const actual = outcome.actual === null ? '' : ` (${outcome.indicator?.measure === 'change' ? signed(outcome.actual) : outcome.actual.toFixed(2)})`;
      return `  ${mark} ${outcome.text}${outcome.measuredBy ? `: ${outcome.measuredBy}${actual}` : ''}. ${outcome.note}`;
    }),
  ];
  if (review.raterMix.changed) lines.push('', 'Compare with care, the rater mix changed:', ...review.raterMix.notes.map((note) => `  ${note}`));
  return lines;
}
