import { Injectable } from '@nestjs/common';
import type { Coach } from '../auth/auth.service';
import type { CampaignEntity } from '../campaigns/campaign.entity';
import { CampaignRepository } from '../campaigns/campaign.repository';
import { CampaignsService } from '../campaigns/campaigns.service';
import { today } from '../common/calendar-date';
import { DomainError, invalidInput } from '../common/domain-error';
import type { EngagementEntity } from '../engagements/engagement.entity';
import { EngagementsService } from '../engagements/engagements.service';
import { ReportsService } from '../reports/reports.service';
import type { Report } from '../reports/assembly/report.types';
import { SurveysService } from '../surveys/surveys.service';
import type { Practice } from '../surveys/survey.types';
import { CheckInRepository } from './check-in.repository';
import type { SaveProgramDto } from './dto/program.dto';
import { checkProgram } from './program-plan';
import { type ProgramProposal, proposeProgram } from './program-proposal';
import { buildProgramView, type ProgramView } from './program-view';
import { ProgramRepository } from './program.repository';
import type { StoredProgram } from './program.types';

interface Baseline {
  campaign: CampaignEntity;
  report: Report;
}

/**
 * Program design: from a released baseline report to focus themes, goals and a plan of
 * practices, exercises and reading. The program is built only on what the leader has been shown.
 */
@Injectable()
export class ProgramsService {
  constructor(
    private readonly programs: ProgramRepository,
    private readonly checkIns: CheckInRepository,
    private readonly engagements: EngagementsService,
    private readonly campaigns: CampaignsService,
    private readonly campaignRows: CampaignRepository,
    private readonly reports: ReportsService,
    private readonly surveys: SurveysService,
  ) {}

  async proposal(coach: Coach, engagementId: string, baselineCampaignId?: string): Promise<ProgramProposal> {
    const engagement = await this.engagements.getOwned(coach, engagementId);
    const baseline = await this.baseline(coach, engagement, baselineCampaignId);
    return proposeProgram({ campaignId: baseline.campaign.id, report: baseline.report, library: this.library(), startOn: today() });
  }

  async save(coach: Coach, engagementId: string, input: SaveProgramDto): Promise<ProgramView> {
    const engagement = await this.engagements.getOwned(coach, engagementId);
    this.engagements.assertOpen(engagement);
    const baseline = await this.baseline(coach, engagement, input.baselineCampaignId);
    const checked = checkProgram(input, {
      baselineCampaignId: baseline.campaign.id,
      baselineVersion: baseline.report.version?.number ?? 0,
      report: baseline.report,
      library: this.library(),
    });
    if ('problems' in checked) throw invalidInput(checked.problems);
    await this.programs.save(engagement.id, checked.content);
    await this.engagements.setFocusGoals(engagement, checked.content.goals);
    await this.engagements.recordEvent(engagement, 'program_saved');
    return this.get(coach, engagementId);
  }

  async get(coach: Coach, engagementId: string): Promise<ProgramView> {
    const engagement = await this.engagements.getOwned(coach, engagementId);
    return this.view(engagement, await this.required(engagement), 'coach');
  }

  /** The leader's view: the same program, without the coach's private notes. */
  async forLeader(engagement: EngagementEntity): Promise<ProgramView | null> {
    const program = await this.programs.find(engagement.id);
    return program ? this.view(engagement, program, 'leader') : null;
  }

  find(engagementId: string): Promise<StoredProgram | null> {
    return this.programs.find(engagementId);
  }

  async required(engagement: EngagementEntity): Promise<StoredProgram> {
    const program = await this.programs.find(engagement.id);
    if (!program)
      throw new DomainError(
        'NotFound',
        'This engagement has no program yet: see GET /api/engagements/:id/program/proposal, then PUT /api/engagements/:id/program',
      );
    return program;
  }

  private async view(engagement: EngagementEntity, program: StoredProgram, reader: 'coach' | 'leader'): Promise<ProgramView> {
    const [sessions, actions] = await Promise.all([this.checkIns.sessions(engagement.id), this.checkIns.actions(engagement.id)]);
    return buildProgramView({ program, leader: engagement.leaderName, sessions, actions, reader });
  }

  /**
   * The named baseline campaign's latest released report, or by default that of the baseline
   * campaign with the most themes (the full 360 rather than the boss's short survey).
   */
  private async baseline(coach: Coach, engagement: EngagementEntity, campaignId?: string): Promise<Baseline> {
    if (campaignId !== undefined) {
      const campaign = await this.campaigns.getOwned(coach, campaignId).catch((error: unknown) => {
        if (error instanceof DomainError && error.code === 'NotFound') return null;
        throw error;
      });
      if (!campaign || campaign.engagementId !== engagement.id || campaign.phase !== 'baseline')
        throw invalidInput(['baselineCampaignId: must be the id of a baseline campaign of this engagement']);
      const report = await this.reports.released(campaign.id);
      if (!report)
        throw new DomainError(
          'Conflict',
          'The program starts from a report the leader has seen: release the baseline report first (POST /api/campaigns/:id/report/release)',
        );
      return { campaign, report };
    }
    const candidates = (await this.campaignRows.listForEngagement(engagement.id))
      .filter((campaign) => campaign.phase === 'baseline')
      .sort((a, b) => b.surveySnapshot.themes.length - a.surveySnapshot.themes.length || b.createdAt.getTime() - a.createdAt.getTime());
    for (const campaign of candidates) {
      const report = await this.reports.released(campaign.id);
      if (report) return { campaign, report };
    }
    throw new DomainError(
      'Conflict',
      'The program starts from a report the leader has seen: release the baseline report first (POST /api/campaigns/:id/report/release)',
    );
  }

  private library(): Practice[] {
    return this.surveys.practices()?.practices ?? [];
  }
}
