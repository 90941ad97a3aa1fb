import { Injectable } from '@nestjs/common';
import { AggregationRepository } from '../aggregation/aggregation.repository';
import type { Coach } from '../auth/auth.service';
import { CampaignsService } from '../campaigns/campaigns.service';
import { EngagementsService } from '../engagements/engagements.service';
import { buildReport } from './report.builder';
import type { Report } from './report.types';

/** Builds the report from aggregates and unlinked comments, never from individual answers. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly engagements: EngagementsService,
    private readonly aggregates: AggregationRepository,
  ) {}

  async report(coach: Coach, campaignId: string): Promise<Report> {
    const campaign = await this.campaigns.getOwned(coach, campaignId);
    const engagement = await this.engagements.getOwned(coach, campaign.engagementId);
    const [aggregates, comments] = await Promise.all([this.aggregates.loadAggregates(campaign.id), this.aggregates.loadComments(campaign.id)]);
    return buildReport({ campaignId: campaign.id, survey: campaign.surveySnapshot, leaderName: engagement.leaderName, aggregates, comments });
  }
}
