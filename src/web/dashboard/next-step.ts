import type { CampaignView, ProgressView } from '../../campaigns/campaigns.service';
import { addDays } from '../../common/calendar-date';
import type { EngagementView } from '../../engagements/engagements.service';
import type { Milestone } from '../../programs/program.types';
import { closingText, dayText, plural } from '../words';

export interface CampaignState {
  campaign: CampaignView;
  progress: ProgressView;
  /** Raters besides the leader (who is added as self). */
  raters: number;
  released: boolean;
  /** The leader sent a proposal of raters the coach has not decided on yet. */
  proposalWaiting?: boolean;
}

export interface NextStepInput {
  engagement: EngagementView;
  /** Oldest first. */
  campaigns: CampaignState[];
  program: { milestones: Milestone[] } | null;
  now: Date;
}

export interface NextStep {
  text: string;
  href: string;
}

/** How close a review must be before the dashboard says it is due. */
const DUE_WITHIN_DAYS = 14;

function reviewDue(round: 'mid' | 'final', milestones: readonly Milestone[], today: string): string | null {
  const pattern = round === 'mid' ? /mid/i : /final|end/i;
  const milestone = milestones.find((candidate) => pattern.test(candidate.title));
  if (!milestone) return null;
  return addDays(today, DUE_WITHIN_DAYS) >= milestone.dueOn ? milestone.dueOn : null;
}

/**
 * The one thing to do next in an engagement, in the coach's words: "add raters", "3 of 12
 * answered, closes Friday", "report ready to release", "mid review due". Counts only: never who.
 */
export function nextStep(input: NextStepInput): NextStep {
  const { engagement, campaigns, program, now } = input;
  const base = `/coach/engagements/${engagement.id}`;
  const campaignHref = (state: CampaignState): string => `/coach/campaigns/${state.campaign.id}`;
  if (engagement.phase === 'closed') return { text: 'Closed', href: base };

  const open = [...campaigns].reverse().find((state) => state.campaign.status === 'open');
  if (open) {
    const { invited, responded } = open.progress;
    const closes = open.campaign.closesAt ? `, ${closingText(open.campaign.closesAt, now)}` : '';
    return { text: `${responded} of ${invited} answered${closes}`, href: campaignHref(open) };
  }
  const draft = [...campaigns].reverse().find((state) => state.campaign.status === 'draft');
  if (draft) {
    if (draft.proposalWaiting) return { text: 'Review the raters the leader proposed', href: campaignHref(draft) };
    return draft.raters === 0
      ? { text: 'Add raters', href: campaignHref(draft) }
      : { text: `Launch the campaign (${plural(draft.raters, 'rater')} ready)`, href: `${campaignHref(draft)}/launch` };
  }
  const unreleased = [...campaigns].reverse().find((state) => state.campaign.status === 'closed' && !state.released);
  if (unreleased) return { text: 'Report ready to release', href: `${campaignHref(unreleased)}/versions` };

  const baselines = campaigns.filter((state) => state.campaign.phase === 'baseline');
  if (baselines.length === 0)
    return engagement.outcomes.length === 0
      ? { text: 'Agree the intended outcomes', href: `${base}/outcomes` }
      : { text: 'Create the baseline 360', href: `${base}/campaigns/new` };
  if (!program) return { text: 'Design the program', href: `${base}/program/edit` };

  const today = now.toISOString().slice(0, 10);
  const has = (phase: 'midpoint' | 'final'): boolean => campaigns.some((state) => state.campaign.phase === phase);
  if (!has('midpoint') && !has('final')) {
    const due = reviewDue('mid', program.milestones, today);
    return due ? { text: `Mid review due ${dayText(due)}`, href: base } : { text: 'Coaching: log sessions and actions', href: `${base}/check-ins` };
  }
  if (!has('final')) {
    const due = reviewDue('final', program.milestones, today);
    return due ? { text: `Final review due ${dayText(due)}`, href: base } : { text: 'Coaching: log sessions and actions', href: `${base}/check-ins` };
  }
  return { text: 'Read the review and close the engagement', href: `${base}/review` };
}
