import { ENGAGEMENT_PHASES } from './engagement.entity';
import { canMove, phaseAfterEvent, PHASE_TRANSITIONS } from './engagement-phase';

describe('engagement phases', () => {
  it('lists transitions for every phase, to known phases only; closed is final', () => {
    expect(Object.keys(PHASE_TRANSITIONS).sort()).toEqual([...ENGAGEMENT_PHASES].sort());
    for (const targets of Object.values(PHASE_TRANSITIONS)) for (const target of targets) expect(ENGAGEMENT_PHASES).toContain(target);
    expect(PHASE_TRANSITIONS.closed).toEqual([]);
    for (const phase of ENGAGEMENT_PHASES.filter((candidate) => candidate !== 'closed')) expect(canMove(phase, 'closed')).toBe(true);
  });

  it('moves by hand one step at a time, and between coaching and the mid review', () => {
    expect(canMove('contracting', 'assessment')).toBe(true);
    expect(canMove('contracting', 'coaching')).toBe(false);
    expect(canMove('coaching', 'mid_review')).toBe(true);
    expect(canMove('mid_review', 'coaching')).toBe(true);
    expect(canMove('closed', 'coaching')).toBe(false);
  });

  it('follows events forward only, and never out of closed', () => {
    expect(phaseAfterEvent('contracting', 'baseline_launched')).toBe('assessment');
    expect(phaseAfterEvent('assessment', 'program_saved')).toBe('coaching');
    expect(phaseAfterEvent('program_design', 'program_saved')).toBe('coaching');
    expect(phaseAfterEvent('mid_review', 'program_saved')).toBe('mid_review');
    expect(phaseAfterEvent('coaching', 'midpoint_launched')).toBe('mid_review');
    expect(phaseAfterEvent('mid_review', 'final_launched')).toBe('final_review');
    expect(phaseAfterEvent('final_review', 'baseline_launched')).toBe('final_review');
    expect(phaseAfterEvent('closed', 'final_launched')).toBe('closed');
  });
});
