import { Injectable } from '@nestjs/common';
import type { Coach } from '../auth/auth.service';
import type { CampaignEntity, CampaignPhase } from '../campaigns/campaign.entity';
import { CampaignRepository } from '../campaigns/campaign.repository';
import { asksForChange } from '../campaigns/review-snapshot';
import { DomainError } from '../common/domain-error';
import type { EngagementEntity } from '../engagements/engagement.entity';
import { EngagementsService } from '../engagements/engagements.service';
import { ProgramsService } from '../programs/programs.service';
import type { StoredProgram } from '../programs/program.types';
import { ReportsService } from '../reports/reports.service';
import type { Report } from '../reports/assembly/report.types';
import { type FollowUpSplit, followUpSplit } from './follow-up-split';
import { buildReview, type PulseInput, type ReviewReport, type ReviewRoundInput } from './review-report';

type ReadReport = (campaign: CampaignEntity, version?: number) => Promise<Report | null>;

/** The change question of each theme of a review's survey snapshot. */
function changeItemIds(campaign: CampaignEntity): Record<string, string> {
  return Object.fromEntries(
    campaign.surveySnapshot.themes.flatMap((theme) => theme.items.filter((item) => item.kind === 'change').map((item) => [theme.id, item.id] as const)),
  );
}

/**
 * The review report, built from report versions only: the coach reads the latest versions (as
 * the report routes do), the leader and the sponsor only versions the coach released.
 */
@Injectable()
export class ReviewsService {
  constructor(
    private readonly engagements: EngagementsService,
    private readonly programs: ProgramsService,
    private readonly campaigns: CampaignRepository,
    private readonly reports: ReportsService,
  ) {}

  async forCoach(coach: Coach, engagementId: string): Promise<ReviewReport> {
    const engagement = await this.engagements.getOwned(coach, engagementId);
    const program = await this.programs.required(engagement);
    const review = await this.build(engagement, program, async (campaign, version) => {
      try {
        return await this.reports.report(coach, campaign.id, version);
      } catch (error) {
        // A review launched but not answered yet has no report: it is simply not in the review.
        if (error instanceof DomainError && error.code === 'Conflict') return null;
        throw error;
      }
    });
    if (!review) throw new DomainError('Conflict', "The program's baseline report version cannot be read");
    return review;
  }

  /** From released versions only; null when there is no program or its baseline is not released. */
  async released(engagement: EngagementEntity): Promise<ReviewReport | null> {
    const program = await this.programs.find(engagement.id);
    if (!program) return null;
    return this.build(engagement, program, (campaign, version) => this.reports.released(campaign.id, version));
  }

  /**
   * The follow-up split of each goal, only from a pulse's last version: closed, every answer folded
   * and none left out of it (so no later version can ever publish another split to compare with). Read
   * through a released version, whose pending answers are not known here, it is not shown.
   */
  private async followUpSplits(campaign: CampaignEntity, report: Report, ids: Readonly<Record<string, string>>): Promise<Record<string, FollowUpSplit | null>> {
    const number = report.version?.number;
    if (campaign.status !== 'closed' || report.pending === null || report.pending.answers > 0 || report.pending.unfolded > 0 || number === undefined) return {};
    // Every answer is folded and in this version: a closed pulse can never cut another one.
    const [folded, progress] = await Promise.all([this.campaigns.aggregatedCount(campaign.id), this.campaigns.progress(campaign.id)]);
    const answered = progress.reduce((total, group) => total + group.responded, 0);
    if (report.aggregatedResponses !== folded || folded < answered) return {};
    const versions = await this.reports.frozenUpTo(campaign.id, number);
    return Object.fromEntries(Object.entries(ids).map(([themeId, itemId]) => [themeId, followUpSplit(campaign.surveySnapshot, itemId, versions)]));
  }

  private async build(engagement: EngagementEntity, program: StoredProgram, read: ReadReport): Promise<ReviewReport | null> {
    const campaigns = await this.campaigns.listForEngagement(engagement.id);
    const baselineCampaign = campaigns.find((campaign) => campaign.id === program.baselineCampaignId);
    const baselineReport = baselineCampaign ? await read(baselineCampaign, program.baselineVersion) : null;
    if (!baselineCampaign || !baselineReport) return null;
    const round = async (phase: CampaignPhase): Promise<ReviewRoundInput | null> => {
      // The latest launched review of that phase with a report to read.
      const candidates = campaigns
        .filter((campaign) => campaign.phase === phase && campaign.status !== 'draft' && asksForChange(campaign.surveySnapshot))
        .reverse();
      for (const campaign of candidates) {
        const report = await read(campaign);
        if (report) return { campaignId: campaign.id, report, changeItemIds: changeItemIds(campaign) };
      }
      return null;
    };
    // Every launched pulse with a report to read, in launch order, for the trend.
    const pulses: PulseInput[] = [];
    const launched = campaigns
      .filter((campaign) => campaign.phase !== 'baseline' && campaign.launchedAt !== null && asksForChange(campaign.surveySnapshot))
      .sort((a, b) => (a.launchedAt?.getTime() ?? 0) - (b.launchedAt?.getTime() ?? 0));
    for (const campaign of launched) {
      const report = await read(campaign);
      if (!report || campaign.phase === 'baseline') continue;
      const ids = changeItemIds(campaign);
      pulses.push({
        campaignId: campaign.id,
        report,
        changeItemIds: ids,
        phase: campaign.phase,
        launchedAt: campaign.launchedAt?.toISOString() ?? null,
        followUp: await this.followUpSplits(campaign, report, ids),
      });
    }
    const scopes = this.engagements.outcomeScopes();
    return buildReview({
      pulses,
      leader: engagement.leaderName,
      goals: program.goals,
      outcomes: engagement.outcomes,
      scopes,
      baseline: { campaignId: baselineCampaign.id, report: baselineReport, changeItemIds: {} },
      midpoint: await round('midpoint'),
      final: await round('final'),
    });
  }
}
