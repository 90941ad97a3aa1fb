import type { CampaignStatus } from './campaign.entity';

/**
 * Whether a campaign takes no more answers: closed by its coach, or past its close date (raters
 * are refused then too, before any sweep marks it closed). The same rule as the SQL of
 * AggregationRepository.foldState and of a submission's guard.
 */
export const closedForAnswers = ({ status, closesAt }: { status: CampaignStatus; closesAt: Date | null }, now = new Date()): boolean =>
  status === 'closed' || (closesAt !== null && closesAt.getTime() <= now.getTime());
