import type { EngagementPhase } from './engagement.entity';

/**
 * Where an engagement may go next when the coach moves it by hand. Coaching alternates with the
 * mid-program review; any phase may end the engagement; a closed engagement stays closed.
 */
export const PHASE_TRANSITIONS: Readonly<Record<EngagementPhase, readonly EngagementPhase[]>> = {
  contracting: ['assessment', 'closed'],
  assessment: ['contracting', 'program_design', 'closed'],
  program_design: ['assessment', 'coaching', 'closed'],
  coaching: ['mid_review', 'final_review', 'closed'],
  mid_review: ['coaching', 'final_review', 'closed'],
  final_review: ['coaching', 'closed'],
  closed: [],
};

/** Things that happen in the product and imply a phase. */
export type PhaseEvent = 'baseline_launched' | 'program_saved' | 'midpoint_launched' | 'final_launched';

const EVENT_PHASE: Readonly<Record<PhaseEvent, EngagementPhase>> = {
  baseline_launched: 'assessment',
  program_saved: 'coaching',
  midpoint_launched: 'mid_review',
  final_launched: 'final_review',
};

const ORDER: readonly EngagementPhase[] = ['contracting', 'assessment', 'program_design', 'coaching', 'mid_review', 'final_review', 'closed'];

export function canMove(from: EngagementPhase, to: EngagementPhase): boolean {
  return PHASE_TRANSITIONS[from].includes(to);
}

/**
 * The phase after an event: events only move an engagement forward (editing the program during
 * the mid review does not send it back to coaching), and never reopen a closed one.
 */
export function phaseAfterEvent(current: EngagementPhase, event: PhaseEvent): EngagementPhase {
  const target = EVENT_PHASE[event];
  return ORDER.indexOf(target) > ORDER.indexOf(current) && current !== 'closed' ? target : current;
}
