import type { CampaignView } from '../../campaigns/campaigns.service';
import type { EngagementView } from '../../engagements/engagements.service';
import { formatDate } from './report-page.words';

export interface CampaignListView {
  coachName: string;
  signOut: boolean;
  engagements: {
    title: string;
    leader: string;
    campaigns: { title: string; phase: string; status: string; launched: string | null; reportHref: string; pdfHref: string }[];
  }[];
}

const STATUS: Record<string, string> = { draft: 'Draft, not launched', open: 'Open for answers', closed: 'Closed' };
const PHASE: Record<string, string> = { baseline: 'Baseline', midpoint: 'Mid-program review', final: 'Final review' };

/** The coach's landing page after signing in: every campaign, newest engagement first. */
export function campaignListView(
  entries: readonly { engagement: EngagementView; campaigns: readonly CampaignView[] }[],
  options: { coachName: string; signOut: boolean; reportPath: (campaignId: string) => string; pdfPath: (campaignId: string) => string },
): CampaignListView {
  return {
    coachName: options.coachName,
    signOut: options.signOut,
    engagements: entries.map(({ engagement, campaigns }) => ({
      title: engagement.title,
      leader: engagement.leader.name,
      campaigns: campaigns.map((campaign) => ({
        title: campaign.title,
        phase: PHASE[campaign.phase] ?? campaign.phase,
        status: STATUS[campaign.status] ?? campaign.status,
        launched: campaign.launchedAt ? formatDate(campaign.launchedAt) : null,
        reportHref: options.reportPath(campaign.id),
        pdfHref: options.pdfPath(campaign.id),
      })),
    })),
  };
}
