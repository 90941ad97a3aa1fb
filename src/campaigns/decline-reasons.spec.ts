import type { SurveyGroup } from '../surveys/survey.types';
import { declineReasonsToShow } from './decline-reasons';

const groups: SurveyGroup[] = [
  { id: 'boss', label: 'Manager', anonymous: false, minResponses: 1 },
  { id: 'peer', label: 'Peers', anonymous: true, minResponses: 3 },
  { id: 'direct_report', label: 'Direct reports', anonymous: true, minResponses: 3 },
];
const reasons = [
  { groupId: 'peer' as const, reason: 'On leave' },
  { groupId: 'peer' as const, reason: 'New to the team' },
  { groupId: 'direct_report' as const, reason: 'Too busy' },
  { groupId: 'boss' as const, reason: 'Already gave feedback in person' },
];
const reversed = <T>(items: readonly T[]): T[] => [...items].reverse();

describe('declineReasonsToShow', () => {
  it('shows nothing while the campaign is open, whatever the counts', () => {
    expect(declineReasonsToShow({ status: 'open', groups, declined: { peer: 5, direct_report: 5, boss: 1 }, reasons })).toEqual([]);
  });

  it("after the close, shows a group's reasons only once at least its threshold declined, and the identified boss's at once", () => {
    const shown = declineReasonsToShow({ status: 'closed', groups, declined: { peer: 3, direct_report: 2, boss: 1 }, reasons, shuffle: reversed });
    expect(shown).toEqual([
      { group: 'boss', reasons: ['Already gave feedback in person'] },
      { group: 'peer', reasons: ['New to the team', 'On leave'] },
    ]);
  });

  it('shuffles each time it is read, with the CSPRNG by default', () => {
    const many = Array.from({ length: 12 }, (_, index) => ({ groupId: 'peer' as const, reason: `reason ${index}` }));
    const orders = new Set(
      Array.from({ length: 5 }, () => declineReasonsToShow({ status: 'closed', groups, declined: { peer: 12 }, reasons: many })[0].reasons.join('|')),
    );
    expect(orders.size).toBeGreaterThan(1);
  });
});
