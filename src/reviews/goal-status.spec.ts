import { goalStatus } from './goal-status';

const figure = (mean: number) => ({ mean, n: 6 });
const base = { baseline: figure(3), target: 4, midpointHeld: true, finalHeld: false, midpoint: null, final: null };

describe('goalStatus', () => {
  it('is achieved only at the final review, at or beyond the target', () => {
    expect(goalStatus({ ...base, finalHeld: true, midpoint: figure(3.2), final: figure(4) })).toEqual({
      status: 'achieved',
      reason: "The final review's 4.00 is at or beyond the target 4.00 (baseline 3.00).",
    });
    expect(goalStatus({ ...base, midpoint: figure(4.2) }).status).toBe('on_track');
  });

  it('is on track from half-way, behind below it or when moving away', () => {
    expect(goalStatus({ ...base, midpoint: figure(3.5) })).toEqual({
      status: 'on_track',
      reason: "The midpoint's 3.50 has moved +0.50 from the baseline 3.00, at least half of the +1.00 needed to reach 4.00.",
    });
    expect(goalStatus({ ...base, midpoint: figure(3.49) })).toEqual({
      status: 'behind',
      reason: "The midpoint's 3.49 has moved +0.49 from the baseline 3.00, less than half of the +1.00 needed to reach 4.00.",
    });
    expect(goalStatus({ ...base, midpoint: figure(2.8) }).status).toBe('behind');
    expect(goalStatus({ ...base, finalHeld: true, midpoint: figure(3.9), final: figure(3.7) }).status).toBe('on_track');
  });

  it('works the same way for a target below the baseline', () => {
    expect(goalStatus({ ...base, baseline: figure(4), target: 3, midpoint: figure(3.5) }).status).toBe('on_track');
    expect(goalStatus({ ...base, baseline: figure(4), target: 3, finalHeld: true, final: figure(2.9) }).status).toBe('achieved');
    expect(goalStatus({ ...base, baseline: figure(4), target: 3, midpoint: figure(4.1) }).status).toBe('behind');
  });

  it('is not measured before a review, or when the figures are withheld', () => {
    expect(goalStatus({ ...base, midpointHeld: false })).toEqual({ status: 'not_measured', reason: 'No review yet.' });
    expect(goalStatus(base)).toEqual({ status: 'not_measured', reason: 'The review withholds this figure: too few raters answered for it to be shown.' });
    expect(goalStatus({ ...base, baseline: null, midpoint: figure(4) }).status).toBe('not_measured');
  });

  it('falls back to the midpoint when the final review withholds the figure', () => {
    expect(goalStatus({ ...base, finalHeld: true, midpoint: figure(3.6), final: null })).toMatchObject({
      status: 'on_track',
      reason: expect.stringMatching(/^The midpoint's 3\.60/),
    });
  });
});
