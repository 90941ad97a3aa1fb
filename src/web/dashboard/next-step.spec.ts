import type { CampaignPhase, CampaignStatus } from '../../campaigns/campaign.entity';
import type { CampaignView, ProgressView } from '../../campaigns/campaigns.service';
import type { EngagementView } from '../../engagements/engagements.service';
import { type CampaignState, nextStep } from './next-step';

const NOW = new Date('2026-03-02T09:00:00Z'); // a Monday

const engagement = (overrides: Partial<EngagementView> = {}): EngagementView => ({
  id: 'e-1',
  title: 'Alex',
  leader: { name: 'Alex Morgan', email: 'alex@example.com' },
  sponsor: null,
  outcomes: [{ text: 'Heard as a listener', indicator: null, measuredBy: null }],
  phase: 'contracting',
  nextPhases: ['assessment', 'closed'],
  focusThemeIds: [],
  createdAt: '2026-01-01T00:00:00Z',
  ...overrides,
});

function campaign(
  status: CampaignStatus,
  overrides: { phase?: CampaignPhase; closesAt?: string | null; invited?: number; responded?: number; raters?: number; released?: boolean } = {},
): CampaignState {
  const view: CampaignView = {
    id: `c-${status}-${overrides.phase ?? 'baseline'}`,
    engagementId: 'e-1',
    surveyId: 'leadership-360',
    surveyVersion: 1,
    title: 'Leadership 360',
    phase: overrides.phase ?? 'baseline',
    status,
    closesAt: overrides.closesAt ?? null,
    launchedAt: null,
    closedAt: null,
  };
  const progress: ProgressView = {
    status,
    invited: overrides.invited ?? 0,
    responded: overrides.responded ?? 0,
    aggregated: 0,
    declined: 0,
    interviews: {},
    groups: {},
    declineReasons: [],
  };
  return { campaign: view, progress, raters: overrides.raters ?? 0, released: overrides.released ?? false };
}

const step = (
  campaigns: CampaignState[],
  options: { outcomes?: boolean; program?: { title: string; dueOn: string }[] | null; phase?: EngagementView['phase'] } = {},
) =>
  nextStep({
    engagement: engagement({ phase: options.phase ?? 'contracting', ...(options.outcomes === false ? { outcomes: [] } : {}) }),
    campaigns,
    program: options.program ? { milestones: options.program.map((milestone) => ({ ...milestone, themeId: null })) } : null,
    now: NOW,
  });

describe('nextStep', () => {
  it('starts from the outcomes, then the baseline 360', () => {
    expect(step([], { outcomes: false })).toEqual({ text: 'Agree the intended outcomes', href: '/coach/engagements/e-1/outcomes' });
    expect(step([])).toEqual({ text: 'Create the baseline 360', href: '/coach/engagements/e-1/campaigns/new' });
  });

  it('asks for raters, then the launch', () => {
    expect(step([campaign('draft')]).text).toBe('Add raters');
    expect(step([campaign('draft', { raters: 12 })])).toEqual({
      text: 'Launch the campaign (12 raters ready)',
      href: '/coach/campaigns/c-draft-baseline/launch',
    });
  });

  it("asks to review the leader's proposal of raters before anything else of the draft", () => {
    const waiting = { ...campaign('draft', { raters: 3 }), proposalWaiting: true };
    expect(step([waiting])).toEqual({ text: 'Review the raters the leader proposed', href: '/coach/campaigns/c-draft-baseline' });
  });

  it('counts answers of an open campaign and says when it closes, in words', () => {
    expect(step([campaign('open', { invited: 12, responded: 3, closesAt: '2026-03-06T23:59:59Z' })]).text).toBe('3 of 12 answered, closes Friday');
    expect(step([campaign('open', { invited: 12, responded: 3, closesAt: '2026-03-02T23:59:59Z' })]).text).toBe('3 of 12 answered, closes today');
    expect(step([campaign('open', { invited: 12, responded: 3, closesAt: '2026-04-20T23:59:59Z' })]).text).toBe('3 of 12 answered, closes 20 Apr 2026');
    expect(step([campaign('open', { invited: 5, responded: 0 })]).text).toBe('0 of 5 answered');
  });

  it('asks to release a closed report, then to design the program', () => {
    expect(step([campaign('closed')])).toEqual({ text: 'Report ready to release', href: '/coach/campaigns/c-closed-baseline/versions' });
    expect(step([campaign('closed', { released: true })]).text).toBe('Design the program');
  });

  it('says a review is due from the milestones of the program', () => {
    const released = campaign('closed', { released: true });
    expect(step([released], { program: [{ title: 'Mid-program review', dueOn: '2026-03-10' }], phase: 'coaching' }).text).toBe('Mid review due 10 Mar 2026');
    expect(step([released], { program: [{ title: 'Mid-program review', dueOn: '2026-06-01' }], phase: 'coaching' }).text).toBe(
      'Coaching: log sessions and actions',
    );
    const mid = campaign('closed', { phase: 'midpoint', released: true });
    expect(step([released, mid], { program: [{ title: 'Final review', dueOn: '2026-03-01' }], phase: 'mid_review' }).text).toBe('Final review due 1 Mar 2026');
  });

  it('has nothing left to do in a closed engagement', () => {
    expect(step([campaign('open', { invited: 3 })], { phase: 'closed' }).text).toBe('Closed');
  });
});
