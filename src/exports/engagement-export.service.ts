import { Injectable } from '@nestjs/common';
import type { Coach } from '../auth/auth.service';
import { CampaignsService, type CampaignView, type ProgressView, type RaterView } from '../campaigns/campaigns.service';
import { NominationsService, type NominationView } from '../campaigns/nominations/nominations.service';
import { EngagementsService, type EngagementView } from '../engagements/engagements.service';
import type { Report } from '../reports/assembly/report.types';
import { ReportsService } from '../reports/reports.service';
import type { SurveyDefinition } from '../surveys/survey.types';

/** Said in the export itself, so whoever opens the file later knows what it holds and what not. */
export const EXPORT_NOTES =
  'Everything stored about this engagement that its coach may read. Answers appear only as each campaign’s report, under the same anonymity rules as the report itself. ' +
  'Left out by design: single answers and the per-group totals reports are built from, comments other than as the report shows them, saved drafts (encrypted with each rater’s link), ' +
  'link tokens, and whether any given rater answered (progress counts per group say how many).';

export interface CampaignExport extends CampaignView {
  remindersSent: number;
  /** The survey definition the campaign was launched with. */
  survey: SurveyDefinition;
  /** Each rater with the delivery of their invitation; never whether they answered. */
  raters: RaterView[];
  progress: ProgressView;
  /** The raters the leader proposed and where that proposal stands. */
  nomination: NominationView;
  /** The report exactly as `GET /api/campaigns/:id/report` gives it. */
  report: Report;
}

export interface EngagementExport {
  exportedAt: string;
  notes: string;
  engagement: EngagementView;
  campaigns: CampaignExport[];
}

/**
 * The export of an engagement is assembled only from what the API already shows the coach, each
 * piece through the service that guards it: nothing here reads a response, an aggregate or a draft.
 */
@Injectable()
export class EngagementExportService {
  constructor(
    private readonly engagements: EngagementsService,
    private readonly campaigns: CampaignsService,
    private readonly reports: ReportsService,
    private readonly nominations: NominationsService,
  ) {}

  async export(coach: Coach, engagementId: string): Promise<EngagementExport> {
    const engagement = await this.engagements.get(coach, engagementId);
    const campaigns: CampaignExport[] = [];
    for (const view of await this.campaigns.listForEngagement(coach, engagement.id)) {
      const campaign = await this.campaigns.getOwned(coach, view.id);
      campaigns.push({
        ...view,
        remindersSent: campaign.reminderRounds,
        survey: campaign.surveySnapshot,
        raters: (await this.campaigns.listRaters(coach, view.id)).raters,
        progress: await this.campaigns.progress(coach, view.id),
        nomination: await this.nominations.forCoach(coach, view.id),
        report: await this.reports.report(coach, view.id),
      });
    }
    return { exportedAt: new Date().toISOString(), notes: EXPORT_NOTES, engagement, campaigns };
  }
}
