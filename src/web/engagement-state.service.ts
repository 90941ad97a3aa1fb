import { Injectable } from '@nestjs/common';
import type { Coach } from '../auth/auth.service';
import { CampaignsService } from '../campaigns/campaigns.service';
import { NominationsService } from '../campaigns/nominations/nominations.service';
import { ProgramsService } from '../programs/programs.service';
import type { StoredProgram } from '../programs/program.types';
import { ReportsService } from '../reports/reports.service';
import type { CampaignState } from './dashboard/next-step';

/**
 * What the coach's pages show of an engagement's campaigns: each with its progress counts, how
 * many raters besides the leader it asks, whether the leader's proposal of raters waits for the
 * coach, and whether a report version was released. Read through
 * the services the API reads through, so the same ownership checks apply.
 */
@Injectable()
export class EngagementStateService {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly reports: ReportsService,
    private readonly programs: ProgramsService,
    private readonly nominations: NominationsService,
  ) {}

  async campaignStates(coach: Coach, engagementId: string): Promise<CampaignState[]> {
    const campaigns = await this.campaigns.listForEngagement(coach, engagementId);
    return Promise.all(
      campaigns.map(async (campaign) => {
        const [progress, raters, versions, nomination] = await Promise.all([
          this.campaigns.progress(coach, campaign.id),
          this.campaigns.listRaters(coach, campaign.id),
          this.reports.list(coach, campaign.id),
          this.nominations.forCoach(coach, campaign.id),
        ]);
        return {
          campaign,
          progress,
          raters: raters.raters.filter((rater) => rater.group !== 'self').length,
          released: versions.versions.some((version) => version.releasedAt !== null),
          proposalWaiting: nomination.status === 'submitted' && !nomination.locked,
        };
      }),
    );
  }

  /** How many sessions and leader's actions an owned engagement's program holds, or null without one. */
  async checkInCounts(coach: Coach, engagementId: string): Promise<{ sessions: number; actions: number } | null> {
    if (!(await this.programs.find(engagementId))) return null;
    const view = await this.programs.get(coach, engagementId);
    return { sessions: view.sessions.length, actions: view.plan.reduce((total, entry) => total + entry.done, 0) };
  }

  /** The saved program of an engagement the caller already owns, or null. */
  program(engagementId: string): Promise<StoredProgram | null> {
    return this.programs.find(engagementId);
  }
}
