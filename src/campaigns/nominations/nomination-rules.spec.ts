import type { SurveyGroup } from '../../surveys/survey.types';
import { checkNominees, LOCKED_MESSAGE, nominationRefusal, statusAfterLeaderEdit } from './nomination-rules';

const groups: SurveyGroup[] = [
  { id: 'self', label: 'Self', anonymous: false, minResponses: 1 },
  { id: 'boss', label: 'Manager', anonymous: false, minResponses: 1 },
  { id: 'peer', label: 'Peers', anonymous: true, minResponses: 3 },
];
const context = { groups, leaderEmail: 'Alex@Example.com', existingEmails: ['kept@example.com'] };

describe('checkNominees', () => {
  it('accepts a clean proposal, with emails in lower case and groups as the survey names them', () => {
    const { raters, problems } = checkNominees(
      [
        { name: ' Sam Lee ', email: 'Sam@Example.com', group: 'peer' },
        { name: 'Jo Boss', email: 'jo@example.com', group: 'Manager' },
      ],
      context,
    );
    expect(problems).toEqual([]);
    expect(raters).toEqual([
      { name: 'Sam Lee', email: 'sam@example.com', group: 'peer' },
      { name: 'Jo Boss', email: 'jo@example.com', group: 'boss' },
    ]);
  });

  it('names the field and the reason of each problem: bad email, unknown group, listed twice, already asked, the leader, self, no name', () => {
    const { problems } = checkNominees(
      [
        { name: 'A', email: 'not-an-email', group: 'peer' },
        { name: 'B', email: 'b@example.com', group: 'cousins' },
        { name: 'C', email: 'b@example.com', group: 'peer' },
        { name: 'D', email: 'kept@example.com', group: 'peer' },
        { name: 'E', email: 'alex@example.com', group: 'peer' },
        { name: 'F', email: 'f@example.com', group: 'self' },
        { name: ' ', email: 'g@example.com', group: 'peer' },
      ],
      context,
    );
    expect(problems).toEqual([
      'raters[0].email: “not-an-email” is not an email address',
      'raters[1].group: “cousins” is not a group of this survey (Manager, Peers)',
      'raters[2].email: is listed twice (also on raters[1])',
      'raters[3].email: is already a rater of this campaign',
      "raters[4].email: is the leader's email: the leader answers the self-assessment, added automatically",
      'raters[5].group: the leader answers as self, added automatically',
      'raters[6].name: has no name',
    ]);
  });
});

describe('nominationRefusal', () => {
  it('locks the list for everyone once the campaign is launched or closed', () => {
    for (const campaign of ['open', 'closed'] as const)
      for (const action of ['leader_edit', 'leader_submit', 'coach_edit', 'approve', 'return'] as const)
        expect(nominationRefusal(action, { campaign, nomination: 'submitted' })).toBe(LOCKED_MESSAGE);
  });

  it('lets the leader write and send a proposal until it is with the coach', () => {
    for (const nomination of [null, 'draft', 'returned', 'approved'] as const) {
      expect(nominationRefusal('leader_edit', { campaign: 'draft', nomination })).toBeNull();
      expect(nominationRefusal('leader_submit', { campaign: 'draft', nomination })).toBeNull();
    }
    expect(nominationRefusal('leader_edit', { campaign: 'draft', nomination: 'submitted' })).toMatch(/with your coach/);
  });

  it('lets the coach edit, approve or send back only a proposal the leader sent', () => {
    for (const action of ['coach_edit', 'approve', 'return'] as const) {
      expect(nominationRefusal(action, { campaign: 'draft', nomination: 'submitted' })).toBeNull();
      for (const nomination of [null, 'draft', 'returned', 'approved'] as const)
        expect(nominationRefusal(action, { campaign: 'draft', nomination })).toMatch(/no proposal waiting/);
    }
  });

  it('keeps a returned proposal returned while the leader corrects it, and starts a new one after an approval', () => {
    expect(statusAfterLeaderEdit('returned')).toBe('returned');
    expect(statusAfterLeaderEdit('approved')).toBe('draft');
    expect(statusAfterLeaderEdit(null)).toBe('draft');
  });
});
