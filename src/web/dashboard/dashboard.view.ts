import type { EngagementView } from '../../engagements/engagements.service';
import type { PageTop } from '../page-top';
import { ENGAGEMENT_PHASE_LABELS } from '../words';
import type { NextStep } from './next-step';

export interface DashboardView {
  top: PageTop;
  engagements: { title: string; href: string; leader: string; phase: string; next: NextStep }[];
}

/** Messages after a form, by a fixed key in the address: never text from the address itself. */
export const DASHBOARD_FLASH: Record<string, string> = {
  welcome: 'Welcome: your coach account is ready. Start with your first engagement.',
  password: 'Your new password is saved, and every other session of your account has ended.',
  deleted: 'The engagement and everything stored about it were deleted.',
};

export function dashboardView(top: PageTop, entries: readonly { engagement: EngagementView; next: NextStep }[]): DashboardView {
  return {
    top,
    engagements: entries.map(({ engagement, next }) => ({
      title: engagement.title,
      href: `/coach/engagements/${engagement.id}`,
      leader: engagement.leader.name,
      phase: ENGAGEMENT_PHASE_LABELS[engagement.phase],
      next,
    })),
  };
}
