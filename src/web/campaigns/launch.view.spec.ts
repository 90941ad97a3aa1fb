import type { CampaignView, RaterView } from '../../campaigns/campaigns.service';
import type { SurveyDefinition } from '../../surveys/survey.types';
import { launchView } from './launch.view';

const survey = {
  title: 'Leadership 360',
  groups: [
    { id: 'self', label: 'Self', anonymous: false, minResponses: 1 },
    { id: 'boss', label: 'Manager', anonymous: false, minResponses: 1 },
    { id: 'peer', label: 'Peers', anonymous: true, minResponses: 3 },
    { id: 'direct_report', label: 'Direct reports', anonymous: true, minResponses: 3 },
  ],
} as unknown as SurveyDefinition;
const campaign: CampaignView = {
  id: 'c-1',
  engagementId: 'e-1',
  surveyId: 'leadership-360',
  surveyVersion: 1,
  title: 'Leadership 360',
  phase: 'baseline',
  status: 'draft',
  closesAt: '2026-03-06T23:59:59Z',
  launchedAt: null,
  closedAt: null,
};
const rater = (group: RaterView['group'], index: number): RaterView => ({
  id: `${group}-${index}`,
  name: `${group} ${index}`,
  email: `${group}-${index}@example.com`,
  group,
  language: null,
  delivery: { status: 'not_invited', error: null, deliveredAt: null, nextAttemptAt: null, retriesLeft: null },
});

describe('launchView', () => {
  it('shows the invitation each group with raters will get, with placeholders instead of anyone’s name or link, and warns of a small group', () => {
    const view = launchView({
      campaign,
      survey,
      raters: [rater('self', 1), rater('boss', 1), rater('peer', 1), rater('peer', 2)],
      leaderName: 'Alex Morgan',
      coachName: 'Dana Coach',
      publicUrl: 'https://feedback.example',
      now: new Date('2026-03-02T09:00:00Z'),
    });
    expect(view.mails.map((mail) => [mail.label, mail.count])).toEqual([
      ['Self: Alex Morgan', '1 rater'],
      ['Manager', '1 rater'],
      ['Peers', '2 raters'],
    ]);
    const peers = view.mails[2];
    expect(peers.subject).toBe('Your feedback on Alex Morgan: Leadership 360');
    expect(peers.text).toContain('Dear [the rater’s name],');
    expect(peers.text).toContain('Your answers are anonymous. You are one of the Peers.');
    expect(peers.text).toContain('https://feedback.example/r/[a personal link for each rater]');
    expect(view.mails[1].text).toContain('Your answers are not anonymous');
    expect(view.closes).toBe('closes Friday');
    expect(view.warnings).toEqual([expect.stringMatching(/^Peers: 2 of at least 3\./)]);
  });

  it('says when only the leader is asked', () => {
    const view = launchView({ campaign, survey, raters: [rater('self', 1)], leaderName: 'Alex', coachName: 'Dana', publicUrl: 'http://x', now: new Date() });
    expect(view.warnings).toEqual(['Only the leader is asked so far: add at least one rater before launching.']);
  });

  it('says how many raters get the invitation in the language the coach set, when the survey is translated into it', () => {
    const french = (group: RaterView['group'], index: number): RaterView => ({ ...rater(group, index), language: 'fr' });
    const raters = [rater('self', 1), french('boss', 1), french('peer', 1), french('peer', 2), rater('peer', 3)];
    const input = { campaign, raters, leaderName: 'Alex', coachName: 'Dana', publicUrl: 'http://x', now: new Date() };
    const translated = { ...survey, translations: { fr: {} } } as unknown as SurveyDefinition;
    expect(launchView({ ...input, survey: translated }).languages).toEqual(['3 raters get the same invitation in Français, as you set for them.']);
    expect(launchView({ ...input, survey, raters: [french('boss', 1)] }).languages).toEqual([]);
  });
});
