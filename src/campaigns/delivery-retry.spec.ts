import { LONGEST_RETRY_DELAY_MS, MAX_DELIVERY_ROUNDS, retryDelayAfter } from './delivery-retry';

describe('retryDelayAfter', () => {
  const minute = 60_000;

  it('waits longer after each round, up to 12 hours, and stops after the last round', () => {
    const delays = Array.from({ length: MAX_DELIVERY_ROUNDS + 2 }, (_, round) => retryDelayAfter(round, 15 * minute));
    expect(delays.slice(0, 7)).toEqual([15, 30, 60, 120, 240, 480, 720].map((minutes) => minutes * minute));
    expect(delays.slice(7, MAX_DELIVERY_ROUNDS)).toEqual([LONGEST_RETRY_DELAY_MS, LONGEST_RETRY_DELAY_MS, LONGEST_RETRY_DELAY_MS]);
    expect(delays.slice(MAX_DELIVERY_ROUNDS)).toEqual([null, null]);
    const horizonHours = (delays.filter((delay): delay is number => delay !== null).reduce((total, delay) => total + delay, 0) / 3_600_000).toFixed(1);
    expect(horizonHours).toBe('63.8');
  });

  it('keeps a first delay longer than the cap as it is', () => {
    expect(retryDelayAfter(3, 24 * 3_600_000)).toBe(24 * 3_600_000);
  });
});
