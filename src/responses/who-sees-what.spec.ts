import { surveyFactory } from '../../test/factories/survey.factory';
import { buildQuestionnaire } from './questionnaire';
import { beforeYouStart } from './who-sees-what';

describe('what a rater reads before the first question', () => {
  const survey = surveyFactory();

  it('gives the close date in words and says, group by group, who is anonymous and from how many answers', () => {
    const q = buildQuestionnaire({ survey, groupId: 'peer', leaderName: 'Alex', closesAt: new Date('2026-12-18T17:00:00Z'), draft: null });
    const said = beforeYouStart(q);
    expect(said.deadline).toContain('Please answer by Friday 18 December 2026 at 17:00 UTC.');
    expect(said.groups.map((group) => group.label)).toEqual(['Alex (self-assessment)', 'Manager', 'Peers', 'Direct reports', 'Others']);
    const byLabel = new Map(said.groups.map((group) => [group.label, group]));
    expect(byLabel.get('Peers')).toMatchObject({ yours: true, rule: expect.stringMatching(/^anonymous\. .*only once at least 3 of them have answered/) });
    expect(byLabel.get('Manager')).toMatchObject({ yours: false, rule: 'not anonymous: Alex and the coach see these answers as theirs.' });
    expect(byLabel.get('Alex (self-assessment)')?.rule).toBe("not anonymous: shown as Alex's own view, next to what others said.");
    expect(said.readers).toContain('never anyone');
  });

  it('follows the thresholds of the survey, not a fixed number, and says when there is no close date', () => {
    const strict = surveyFactory({ groups: survey.groups.map((group) => (group.id === 'direct_report' ? { ...group, minResponses: 5 } : group)) });
    const q = buildQuestionnaire({ survey: strict, groupId: 'boss', leaderName: 'Alex', closesAt: null, draft: null });
    const said = beforeYouStart(q);
    expect(said.groups.find((group) => group.label === 'Direct reports')?.rule).toContain('at least 5 of them');
    expect(said.groups.find((group) => group.label === 'Manager')?.yours).toBe(true);
    expect(said.deadline).toMatch(/^There is no fixed deadline/);
  });
});
