import { Injectable } from '@nestjs/common';
import type { Coach } from '../../auth/auth.service';
import { CampaignsService } from '../../campaigns/campaigns.service';
import { NominationsService } from '../../campaigns/nominations/nominations.service';
import { EngagementsService } from '../../engagements/engagements.service';
import { ReportsService } from '../../reports/reports.service';
import type { CoachPageContext } from '../coach-page';
import { pageTop } from '../page-top';
import { type AddRaterValues, campaignPageView, type CampaignPageView } from './campaign-page.view';
import { nominationSection, type NominationFormState } from './nomination.view';

/** Gathers a campaign's page through the services the API reads it through (the campaign first: another coach's is a 404). */
@Injectable()
export class CampaignPageLoader {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly engagements: EngagementsService,
    private readonly reports: ReportsService,
    private readonly nominations: NominationsService,
  ) {}

  async context(coach: Coach, campaignId: string) {
    const entity = await this.campaigns.getOwned(coach, campaignId);
    const [campaign, engagement] = await Promise.all([this.campaigns.get(coach, campaignId), this.engagements.get(coach, entity.engagementId)]);
    return { entity, campaign, engagement, survey: entity.surveySnapshot };
  }

  /** Breadcrumbs down to the campaign. */
  top(
    page: CoachPageContext,
    loaded: { engagement: { id: string; title: string }; campaign: { id: string; title: string } },
    options: { flash?: string | null; campaignCrumb?: boolean; problems?: string[] } = {},
  ) {
    return pageTop(page, {
      flash: options.flash ?? null,
      problems: options.problems ?? [],
      crumbs: [
        { href: `/coach/engagements/${loaded.engagement.id}`, label: loaded.engagement.title },
        ...(options.campaignCrumb ? [{ href: `/coach/campaigns/${loaded.campaign.id}`, label: loaded.campaign.title }] : []),
      ],
    });
  }

  async page(
    page: CoachPageContext,
    campaignId: string,
    options: {
      flash?: string | null;
      add?: { values: AddRaterValues; errors: Record<string, string> };
      fileError?: string;
      correction?: { raterId: string; value: string; error: string };
      nomination?: NominationFormState;
    } = {},
  ): Promise<CampaignPageView> {
    const loaded = await this.context(page.coach, campaignId);
    const [raters, progress, versions, nomination] = await Promise.all([
      this.campaigns.listRaters(page.coach, campaignId),
      this.campaigns.progress(page.coach, campaignId),
      this.reports.list(page.coach, campaignId),
      this.nominations.forCoach(page.coach, campaignId),
    ]);
    return campaignPageView({
      top: this.top(page, loaded, { flash: options.flash }),
      campaign: loaded.campaign,
      survey: loaded.survey,
      engagement: loaded.engagement,
      raters: raters.raters,
      progress,
      versions: versions.versions,
      add: options.add,
      fileError: options.fileError,
      correction: options.correction,
      nomination: nominationSection(nomination, loaded.engagement.leader.name, options.nomination),
      now: new Date(),
    });
  }
}
