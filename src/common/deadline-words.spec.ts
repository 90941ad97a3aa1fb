import { deadlineInWords } from './deadline-words';

describe('deadlineInWords', () => {
  it('says the day, the date and the time in UTC', () => {
    expect(deadlineInWords(new Date('2026-12-18T17:00:00Z'))).toBe('Friday 18 December 2026 at 17:00 UTC');
    expect(deadlineInWords(new Date('2027-01-03T08:05:00Z'))).toBe('Sunday 3 January 2027 at 08:05 UTC');
    expect(deadlineInWords(new Date('2026-12-18T17:00:00Z'), 'fr')).toBe('vendredi 18 décembre 2026 à 17 h 00 UTC');
  });
});
