import type { CampaignPhase } from '../campaigns/campaign.entity';
import type { EngagementPhase } from '../engagements/engagement.entity';

/** How the coach's pages name things: plain words, never the API's identifiers. */
export const ENGAGEMENT_PHASE_LABELS: Record<EngagementPhase, string> = {
  contracting: 'Contracting',
  assessment: 'Assessment (baseline 360)',
  program_design: 'Program design',
  coaching: 'Coaching',
  mid_review: 'Mid-program review',
  final_review: 'Final review',
  closed: 'Closed',
};

export const CAMPAIGN_PHASE_LABELS: Record<CampaignPhase, string> = { baseline: 'Baseline 360', midpoint: 'Mid-program review', final: 'Final review' };

export const CAMPAIGN_STATUS_LABELS: Record<string, string> = { draft: 'Draft: not launched yet', open: 'Open for answers', closed: 'Closed' };

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "12 Mar 2026" (UTC), from an ISO time or a YYYY-MM-DD day. */
export function dayText(iso: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** A close date as people say it: "today", "Friday" within the week, else the date (UTC). */
export function closingText(closesAt: string, now: Date): string {
  const day = (time: number): number => Math.floor(time / 86_400_000);
  const days = day(Date.parse(closesAt)) - day(now.getTime());
  if (days < 0) return `closed for answers on ${dayText(closesAt)}`;
  if (days === 0) return 'closes today';
  if (days === 1) return 'closes tomorrow';
  if (days < 7) return `closes ${WEEKDAYS[new Date(closesAt).getUTCDay()]}`;
  return `closes ${dayText(closesAt)}`;
}

export const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;
