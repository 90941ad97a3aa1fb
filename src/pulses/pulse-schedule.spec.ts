import { addMonths, isDue } from './pulse-schedule';

describe('pulse dates', () => {
  it('adds calendar months, keeping the day or falling back to the last day of a shorter month', () => {
    expect([addMonths('2026-01-15', 3), addMonths('2026-01-15', 6), addMonths('2026-01-15', 12)]).toEqual(['2026-04-15', '2026-07-15', '2027-01-15']);
    expect(addMonths('2026-05-31', 1)).toBe('2026-06-30');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2026-12-31', 2)).toBe('2027-02-28');
  });

  it('is due from the start of its day (UTC) on, never before', () => {
    expect(isDue('2026-04-15', new Date('2026-04-14T23:59:59Z'))).toBe(false);
    expect(isDue('2026-04-15', new Date('2026-04-15T00:00:00Z'))).toBe(true);
    expect(isDue('2026-04-15', new Date('2026-09-01T12:00:00Z'))).toBe(true);
  });
});
