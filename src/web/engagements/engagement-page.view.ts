import type { EngagementView } from '../../engagements/engagements.service';
import type { StoredProgram } from '../../programs/program.types';
import type { CampaignState, NextStep } from '../dashboard/next-step';
import type { PageTop } from '../page-top';
import { CAMPAIGN_PHASE_LABELS, CAMPAIGN_STATUS_LABELS, ENGAGEMENT_PHASE_LABELS, plural } from '../words';

export interface EngagementPageView {
  top: PageTop;
  id: string;
  title: string;
  leader: { name: string; email: string };
  sponsor: { name: string; email: string } | null;
  phase: string;
  next: NextStep;
  moves: { value: string; label: string }[];
  outcomes: { text: string; measuredBy: string }[];
  campaigns: { href: string; title: string; phase: string; status: string; progress: string }[];
  program: { page: string; edit: string; checkIns: string; review: string; pulses: string; updatedOn: string } | null;
  /** The program can be designed once a baseline report was released to the leader. */
  canDesign: boolean;
  reviews: { value: 'midpoint' | 'final'; label: string }[];
}

export const ENGAGEMENT_FLASH: Record<string, string> = {
  created: 'The engagement is created. Next: create its baseline 360.',
  outcomes: 'The intended outcomes are saved.',
  phase: 'The phase is changed.',
  'leader-link': 'A one-time sign-in link is on its way to the leader (it works for an hour).',
  'sponsor-link': 'A one-time sign-in link is on its way to the sponsor (it works for an hour).',
  program: 'The program is saved, and the engagement is in coaching.',
};

const progressText = (state: CampaignState): string =>
  state.campaign.status === 'draft'
    ? `${plural(state.raters, 'rater')} besides the leader, not launched`
    : `${state.progress.responded} of ${state.progress.invited} answered${state.released ? ', report released' : ''}`;

export function engagementPageView(input: {
  top: PageTop;
  engagement: EngagementView;
  campaigns: readonly CampaignState[];
  program: StoredProgram | null;
  next: NextStep;
}): EngagementPageView {
  const { engagement, campaigns, program } = input;
  const base = `/coach/engagements/${engagement.id}`;
  const launched = (phase: string): boolean => campaigns.some((state) => state.campaign.phase === phase);
  return {
    top: input.top,
    id: engagement.id,
    title: engagement.title,
    leader: engagement.leader,
    sponsor: engagement.sponsor,
    phase: ENGAGEMENT_PHASE_LABELS[engagement.phase],
    next: input.next,
    moves: engagement.nextPhases.map((phase) => ({
      value: phase,
      label: phase === 'closed' ? 'Close the engagement' : `Move to ${ENGAGEMENT_PHASE_LABELS[phase].toLowerCase()}`,
    })),
    outcomes: engagement.outcomes.map((outcome) => ({
      text: outcome.text,
      measuredBy: outcome.measuredBy ? `Measured by ${outcome.measuredBy}` : 'No indicator: discussed, not measured',
    })),
    campaigns: campaigns.map((state) => ({
      href: `/coach/campaigns/${state.campaign.id}`,
      title: state.campaign.title,
      phase: CAMPAIGN_PHASE_LABELS[state.campaign.phase] ?? state.campaign.phase,
      status: CAMPAIGN_STATUS_LABELS[state.campaign.status] ?? state.campaign.status,
      progress: progressText(state),
    })),
    program: program
      ? {
          page: `${base}/program`,
          edit: `${base}/program/edit`,
          checkIns: `${base}/check-ins`,
          review: `${base}/review`,
          pulses: `${base}/pulses`,
          updatedOn: program.updatedAt.toISOString().slice(0, 10),
        }
      : null,
    canDesign: campaigns.some((state) => state.campaign.phase === 'baseline' && state.released),
    reviews:
      program && engagement.phase !== 'closed'
        ? [
            ...(launched('midpoint') ? [] : [{ value: 'midpoint' as const, label: 'Prepare the mid-program review' }]),
            ...(launched('final') ? [] : [{ value: 'final' as const, label: 'Prepare the final review' }]),
          ]
        : [],
  };
}

/** What deleting an engagement purges, in counts, for the confirmation. */
export function purgeSummary(campaigns: readonly CampaignState[], program: { sessions: number; actions: number } | null): string[] {
  const raters = campaigns.reduce((total, state) => total + state.raters, 0);
  const answers = campaigns.reduce((total, state) => total + state.progress.responded, 0);
  return [
    `${plural(campaigns.length, 'campaign')}, with ${plural(raters, 'rater')} besides the leader and every invitation and link sent to them`,
    `${plural(answers, 'answer')}, every saved draft, every comment and every figure of the reports, released versions included`,
    program
      ? `the development program, ${plural(program.sessions, 'coaching session')} with your private notes, and ${plural(program.actions, 'recorded action')} of the leader`
      : 'no program yet',
    "the leader's and sponsor's sign-in links and what the leader chose to share",
  ];
}
