import { Injectable } from '@nestjs/common';
import type { CampaignPhase } from '../campaigns/campaign.entity';
import { CampaignRepository } from '../campaigns/campaign.repository';
import { DomainError, notFound } from '../common/domain-error';
import type { EngagementEntity } from '../engagements/engagement.entity';
import { EngagementsService } from '../engagements/engagements.service';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { CheckInsService } from '../programs/check-ins.service';
import { PracticeActionDto } from '../programs/dto/check-in.dto';
import { ProgramsService } from '../programs/programs.service';
import type { ProgramView } from '../programs/program-view';
import { ReportsService } from '../reports/reports.service';
import type { Report } from '../reports/assembly/report.types';
import type { ReviewReport } from '../reviews/review-report';
import { ReviewsService } from '../reviews/reviews.service';
import type { SponsorShare } from './access.repository';
import { type AccessSession, AccessService } from './access.service';
import { isValidCsrf } from './access-session';
import type { SponsorAgenda } from './sponsor-agenda';
import { SponsorService } from './sponsor.service';

export interface ReleasedReportSummary {
  campaignId: string;
  title: string;
  phase: CampaignPhase;
  version: number;
  releasedAt: string;
}

/**
 * What the leader reads: the report versions the coach released, the program without the coach's
 * private notes, and the review from released versions; and what the leader decides: what the
 * sponsor sees. Anything else of the engagement, or of another one, is "not found".
 */
@Injectable()
export class LeaderService {
  constructor(
    private readonly engagements: EngagementsService,
    private readonly campaigns: CampaignRepository,
    private readonly reports: ReportsService,
    private readonly programs: ProgramsService,
    private readonly reviews: ReviewsService,
    private readonly access: AccessService,
    private readonly checkIns: CheckInsService,
    private readonly sponsor: SponsorService,
  ) {}

  engagement(session: AccessSession): Promise<EngagementEntity> {
    return this.engagements.getById(session.engagementId);
  }

  async releasedReports(session: AccessSession): Promise<{ reports: ReleasedReportSummary[] }> {
    const campaigns = await this.campaigns.listForEngagement(session.engagementId);
    const reports: ReleasedReportSummary[] = [];
    for (const campaign of campaigns) {
      const report = await this.reports.released(campaign.id);
      if (report?.version?.releasedAt)
        reports.push({
          campaignId: campaign.id,
          title: report.surveyTitle,
          phase: campaign.phase,
          version: report.version.number,
          releasedAt: report.version.releasedAt,
        });
    }
    return { reports };
  }

  async report(session: AccessSession, campaignId: string): Promise<Report> {
    const campaign = await this.campaigns.findById(campaignId);
    const report = campaign && campaign.engagementId === session.engagementId ? await this.reports.released(campaign.id) : null;
    if (!report) throw notFound('Report');
    return report;
  }

  async program(session: AccessSession): Promise<ProgramView> {
    const program = await this.programs.forLeader(await this.engagement(session));
    if (!program) throw notFound('Program');
    return program;
  }

  async hasProgram(session: AccessSession): Promise<boolean> {
    return (await this.programs.find(session.engagementId)) !== null;
  }

  async review(session: AccessSession): Promise<ReviewReport> {
    const review = await this.reviews.released(await this.engagement(session));
    if (!review) throw notFound('Review');
    return review;
  }

  sharing(session: AccessSession): Promise<SponsorShare> {
    return this.access.share(session.engagementId);
  }

  /** The sharing form: two checkboxes, and the session's form token. */
  async setSharing(session: AccessSession, form: Record<string, unknown>): Promise<SponsorShare> {
    this.checkForm(session, form);
    const share = { goals: form.goals === 'on', progress: form.progress === 'on' };
    await this.access.setShare(session.engagementId, share);
    return share;
  }

  /** What the sponsor would see with the form's choices, before the leader saves them. */
  async previewSharing(session: AccessSession, form: Record<string, unknown>): Promise<{ agenda: SponsorAgenda; share: SponsorShare }> {
    this.checkForm(session, form);
    const share = { goals: form.goals === 'on', progress: form.progress === 'on' };
    return { agenda: await this.sponsor.agendaIfShared(session.engagementId, share), share };
  }

  /**
   * The leader records an entry of their plan they did. Checked as the coach's API checks it:
   * the problems per field, or null when it is recorded.
   */
  async logAction(session: AccessSession, form: Record<string, unknown>): Promise<Partial<Record<keyof PracticeActionDto, string>> | null> {
    this.checkForm(session, form);
    const text = (name: string): string => (typeof form[name] === 'string' ? form[name].slice(0, 2000) : '');
    const input = plainToInstance(PracticeActionDto, { practiceId: text('practiceId'), doneOn: text('doneOn').trim(), note: text('note') });
    const problems = await validate(input, { stopAtFirstError: true });
    if (problems.length > 0)
      return Object.fromEntries(problems.map((problem) => [problem.property, Object.values(problem.constraints ?? {})[0] ?? 'is not valid']));
    try {
      await this.checkIns.logActionOf(await this.engagement(session), input);
      return null;
    } catch (error) {
      if (error instanceof DomainError && error.code === 'InvalidInput') return { practiceId: 'is not in your plan' };
      throw error;
    }
  }

  async sendSponsorLink(session: AccessSession, form: Record<string, unknown>): Promise<void> {
    this.checkForm(session, form);
    await this.access.sendLink(await this.engagement(session), 'sponsor');
  }

  async signOut(session: AccessSession, form: Record<string, unknown>): Promise<void> {
    this.checkForm(session, form);
    await this.access.signOut(session);
  }

  private checkForm(session: AccessSession, form: Record<string, unknown> | undefined): void {
    if (!isValidCsrf(session.token, form?.csrf))
      throw new DomainError('Forbidden', 'This form expired or did not come from your page. Please open it again and resubmit.');
  }
}
