import { Inject, Injectable, Logger } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { Coach } from '../auth/auth.service';
import { DomainError, invalidInput, notFound } from '../common/domain-error';
import { JobName } from '../queue/jobs';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { EngagementsService } from '../engagements/engagements.service';
import { MAX_DELIVERY_ROUNDS } from './delivery-retry';
import { JobQueueService } from '../queue/job-queue.service';
import { SurveysService } from '../surveys/surveys.service';
import type { RaterGroupId, SurveyDefinition } from '../surveys/survey.types';
import type { PhaseEvent } from '../engagements/engagement-phase';
import type { EngagementEntity } from '../engagements/engagement.entity';
import type { CampaignEntity, CampaignPhase, CampaignStatus } from './campaign.entity';
import { CampaignClosed } from './campaign.events';
import { declineReasonsToShow, type ShownDeclineReasons } from './decline-reasons';
import { CampaignRepository, type NewRater, type RaterWithDelivery } from './campaign.repository';
import { type ReminderRound, ReminderRoundRepository } from './reminder-round.repository';
import type { AddRatersDto, CreateCampaignDto, RaterDto, UpdateRaterDto } from './dto/campaign.dto';
import { asksForChange, type FocusGoal, ratersToAskAgain, restrictToFocusThemes } from './review-snapshot';

export interface CampaignView {
  id: string;
  engagementId: string;
  surveyId: string;
  surveyVersion: number;
  title: string;
  phase: CampaignPhase;
  status: CampaignStatus;
  closesAt: string | null;
  launchedAt: string | null;
  closedAt: string | null;
}

export interface RaterView {
  id: string;
  name: string;
  email: string;
  group: RaterGroupId;
  /** The language the coach set for the rater's mail and form; null: none, the form follows the browser. */
  language: string | null;
  /**
   * Whether the invitation reached the mail server: 'not_invited' before launch. When it failed:
   * the reason, when the next round of attempts starts (null while one is under way) and how many
   * rounds are left after it; 0 without a next attempt: the last round is under way or over.
   */
  delivery: {
    status: 'not_invited' | 'queued' | 'sent' | 'failed' | 'refused';
    error: string | null;
    deliveredAt: string | null;
    nextAttemptAt: string | null;
    retriesLeft: number | null;
  };
}

export interface ProgressView {
  status: CampaignStatus;
  invited: number;
  responded: number;
  /** Answers already folded into the aggregates the report is built from (interviews included). */
  aggregated: number;
  /** Raters who chose not to answer, in counts only. */
  declined: number;
  /** notDelivered: invitations of the group whose mail failed or whose address was refused, as the rater list shows them. */
  groups: Partial<Record<RaterGroupId, { invited: number; responded: number; declined: number; notDelivered: number }>>;
  /** Reasons raters gave for declining, once the campaign is closed and only where a group reached its threshold of declines (see declineReasonsToShow). */
  declineReasons: ShownDeclineReasons[];
  /** Interviews the coach entered, per group (groups with none left out): the coach's own entries, never counted as invited or answered. */
  interviews: Partial<Record<RaterGroupId, number>>;
}

const toCampaignView = (campaign: CampaignEntity): CampaignView => ({
  id: campaign.id,
  engagementId: campaign.engagementId,
  surveyId: campaign.surveyId,
  surveyVersion: campaign.surveyVersion,
  title: campaign.surveySnapshot.title,
  phase: campaign.phase,
  status: campaign.status,
  closesAt: campaign.closesAt?.toISOString() ?? null,
  launchedAt: campaign.launchedAt?.toISOString() ?? null,
  closedAt: campaign.closedAt?.toISOString() ?? null,
});

const toRaterView = (rater: RaterWithDelivery): RaterView => ({
  id: rater.id,
  name: rater.name,
  email: rater.email,
  group: rater.groupId,
  language: rater.language,
  delivery: {
    status: rater.deliveryStatus ?? 'not_invited',
    error: rater.deliveryError,
    deliveredAt: rater.deliveredAt?.toISOString() ?? null,
    nextAttemptAt: rater.deliveryStatus === 'failed' ? (rater.retryAt?.toISOString() ?? null) : null,
    retriesLeft: rater.deliveryStatus === 'failed' ? Math.max(0, MAX_DELIVERY_ROUNDS - (rater.deliveryRound ?? 0) - (rater.retryAt ? 1 : 0)) : null,
  },
});

const LAUNCH_EVENT: Record<CampaignPhase, PhaseEvent> = { baseline: 'baseline_launched', midpoint: 'midpoint_launched', final: 'final_launched' };

/** One job per invitation and delivery round (0: the launch), so that a round is never queued twice. */
export const invitationJobId = (invitationId: string, round = 0): string => (round === 0 ? `invite-${invitationId}` : `invite-${invitationId}-r${round}`);
export const reminderJobId = (invitationId: string, round: number): string => `remind-${invitationId}-${round}`;

/** The focus goals as the program words them; a theme saved before goals were kept with it is asked about by its title. */
function focusGoalsOf(engagement: EngagementEntity): FocusGoal[] {
  return engagement.focusThemeIds.map((themeId) => ({ themeId, goal: engagement.focusGoals.find((goal) => goal.themeId === themeId)?.goal ?? '' }));
}

@Injectable()
export class CampaignsService {
  private readonly logger = new Logger(CampaignsService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly campaigns: CampaignRepository,
    private readonly reminderRounds: ReminderRoundRepository,
    private readonly engagements: EngagementsService,
    private readonly surveys: SurveysService,
    private readonly jobs: JobQueueService,
    private readonly events: EventEmitter2,
  ) {}

  /**
   * A draft campaign. A midpoint or final review of a survey asking about change (progress-pulse)
   * covers the program's focus themes only, and asks the baseline raters again unless `raters`
   * names others; the leader is added as self whenever the survey has a self group.
   */
  async create(coach: Coach, engagementId: string, input: CreateCampaignDto): Promise<CampaignView> {
    const engagement = await this.engagements.getOwned(coach, engagementId);
    this.engagements.assertOpen(engagement);
    const found = this.surveys.find(input.surveyId);
    if (!found) throw invalidInput([`surveyId: no survey '${input.surveyId}' (see GET /api/surveys)`]);
    const phase = input.phase ?? 'baseline';
    let survey = found;
    if (phase !== 'baseline' && asksForChange(found)) {
      if (engagement.focusThemeIds.length === 0)
        throw new DomainError(
          'Conflict',
          'A review asks about the focus themes of the development program: save the program first (PUT /api/engagements/:id/program)',
        );
      const restricted = restrictToFocusThemes(found, focusGoalsOf(engagement));
      if ('missing' in restricted) throw invalidInput([`surveyId: the survey '${found.id}' has no theme ${restricted.missing.join(', ')} of the program`]);
      survey = restricted.survey;
    }
    const leaderListed = (input.raters ?? []).findIndex((rater) => rater.email === engagement.leaderEmail);
    if (leaderListed >= 0) throw invalidInput([`raters[${leaderListed}].email: is the leader's, who is added as 'self' automatically`]);
    const asked: NewRater[] =
      input.raters !== undefined
        ? this.checkedRaters(survey, input.raters, 'raters')
        : phase === 'baseline'
          ? []
          : ratersToAskAgain(
              await this.campaigns.baselineRaters(engagement.id),
              survey.groups.map((group) => group.id),
            );
    const hasSelfGroup = survey.groups.some((group) => group.id === 'self');
    const leader: NewRater[] = hasSelfGroup ? [{ name: engagement.leaderName, email: engagement.leaderEmail, groupId: 'self' }] : [];
    const campaign = await this.campaigns.create({
      engagementId: engagement.id,
      survey,
      phase,
      closesAt: input.closesAt ?? null,
      raters: [...leader, ...asked],
    });
    return toCampaignView(campaign);
  }

  async listForEngagement(coach: Coach, engagementId: string): Promise<CampaignView[]> {
    const engagement = await this.engagements.getOwned(coach, engagementId);
    return (await this.campaigns.listForEngagement(engagement.id)).map(toCampaignView);
  }

  async get(coach: Coach, campaignId: string): Promise<CampaignView> {
    return toCampaignView(await this.getOwned(coach, campaignId));
  }

  async getOwned(coach: Coach, campaignId: string): Promise<CampaignEntity> {
    const campaign = await this.campaigns.findOwned(coach.id, campaignId);
    if (!campaign) throw notFound('Campaign');
    return campaign;
  }

  async addRaters(coach: Coach, campaignId: string, input: AddRatersDto): Promise<{ raters: RaterView[] }> {
    const campaign = await this.getOwned(coach, campaignId);
    if (campaign.status === 'closed') throw new DomainError('CampaignClosed', 'This campaign is closed');
    const raters = this.checkedRaters(campaign.surveySnapshot, input.raters, 'raters');

    const { duplicates } = await this.campaigns.addRaters(campaign.id, raters);
    if (duplicates.length > 0) throw new DomainError('Conflict', `Already a rater in this campaign: ${duplicates.join(', ')}`);
    if (campaign.status === 'open') await this.mailInvitations(await this.campaigns.inviteNewRaters(campaign.id, this.config.tokenSecret));
    return { raters: (await this.campaigns.listRaters(campaign.id)).map(toRaterView) };
  }

  /**
   * Corrects an address that did not work: any rater's before launch; after it, only one whose
   * invitation did not arrive, which is then sent again with a new link.
   */
  async correctEmail(coach: Coach, campaignId: string, raterId: string, email: string): Promise<RaterView> {
    const campaign = await this.getOwned(coach, campaignId);
    if (campaign.status === 'closed') throw new DomainError('CampaignClosed', 'This campaign is closed');
    const engagement = await this.engagements.getOwned(coach, campaign.engagementId);
    if (email === engagement.leaderEmail.toLowerCase()) throw invalidInput(["email: is the leader's, who answers the self-assessment"]);
    const outcome = await this.campaigns.correctEmail(campaign.id, raterId, email, this.config.tokenSecret);
    if (outcome === 'no-rater') throw notFound('Rater');
    if (outcome === 'self') throw invalidInput(["email: the leader's address is the engagement's: change it there"]);
    if (outcome === 'duplicate') throw new DomainError('Conflict', `Already a rater in this campaign: ${email}`);
    if (outcome === 'delivered')
      throw new DomainError('Conflict', 'This invitation is on its way or was delivered: only an address that did not work can be corrected after launch');
    if (outcome.resend) {
      const { invitationId, round, nonce } = outcome.resend;
      // A job id of its own (the new link's), so BullMQ never mistakes it for the launch's job it still keeps.
      await this.jobs
        .add(JobName.SendInvitation, { invitationId, round }, `invite-${invitationId}-${nonce.slice(0, 12)}`)
        .catch((error: Error) => this.logger.warn({ err: error.message }, 'corrected invitation not queued yet; the sweep will send it'));
    }
    const rater = (await this.campaigns.listRaters(campaign.id)).find((candidate) => candidate.id === raterId);
    if (!rater) throw notFound('Rater');
    return toRaterView(rater);
  }

  /**
   * A change to one rater: a corrected address (see correctEmail) and/or the language of their
   * mail and form, which takes effect from the next mail and the next opening of the form.
   */
  async updateRater(coach: Coach, campaignId: string, raterId: string, change: UpdateRaterDto): Promise<RaterView> {
    const campaign = await this.getOwned(coach, campaignId);
    if (change.email === undefined && change.language === undefined) throw invalidInput(['body: name the email or the language to change']);
    if (campaign.status === 'closed') throw new DomainError('CampaignClosed', 'This campaign is closed');
    if (change.email !== undefined) await this.correctEmail(coach, campaignId, raterId, change.email);
    if (change.language !== undefined && !(await this.campaigns.setLanguage(campaign.id, raterId, change.language))) throw notFound('Rater');
    const rater = (await this.campaigns.listRaters(campaign.id)).find((candidate) => candidate.id === raterId);
    if (!rater) throw notFound('Rater');
    return toRaterView(rater);
  }

  async listRaters(coach: Coach, campaignId: string): Promise<{ raters: RaterView[] }> {
    const campaign = await this.getOwned(coach, campaignId);
    return { raters: (await this.campaigns.listRaters(campaign.id)).map(toRaterView) };
  }

  async launch(coach: Coach, campaignId: string): Promise<{ status: 'open'; invitations: number }> {
    const campaign = await this.getOwned(coach, campaignId);
    const raters = await this.campaigns.listRaters(campaign.id);
    if (raters.every((rater) => rater.groupId === 'self')) throw invalidInput(['raters: add at least one rater besides the leader before launching']);
    const invitationIds = await this.campaigns.openAndInvite(campaign.id, this.config.tokenSecret);
    if (!invitationIds) throw new DomainError('CampaignNotDraft', `This campaign is already ${campaign.status === 'closed' ? 'closed' : 'launched'}`);
    await this.mailInvitations(invitationIds);
    await this.engagements.recordEvent(await this.engagements.getOwned(coach, campaign.engagementId), LAUNCH_EVENT[campaign.phase]);
    return { status: 'open', invitations: invitationIds.length };
  }

  /**
   * Reminds only those who have not answered; says how many, never who. The round is counted first
   * and queued after: when Redis is away or stalls, it waits in Postgres for the worker's sweep, as
   * invitations do at launch, and the coach's request is accepted all the same.
   */
  async remind(coach: Coach, campaignId: string): Promise<{ reminded: number }> {
    const campaign = await this.getOwned(coach, campaignId);
    const round = await this.reminderRounds.startReminderRound(campaign.id);
    if (!round)
      throw new DomainError('CampaignNotOpen', campaign.status === 'closed' ? 'This campaign is closed' : 'Launch the campaign before sending reminders');
    // Queued by the sweep instead when Redis is known away (not worth a request's wait for the
    // queue's timeout), or when invitations have not all gone out: a rater gets the invitation
    // first, never a reminder with it or instead of it (the sweep holds the round until then).
    if (this.jobs.reachable() && !round.invitationsWaiting) await this.queueReminderRound(round);
    return { reminded: round.invitationIds.length };
  }

  /**
   * Queues a counted round's mails and records it queued. Each mail's job id names its invitation
   * and round, so queueing a round again (the sweep after a timeout that landed late) adds nothing.
   * False when the queue refused, or the record of it failed: the round waits for the next sweep,
   * which queues it again harmlessly.
   */
  async queueReminderRound(round: ReminderRound): Promise<boolean> {
    const jobs = round.invitationIds.map((invitationId) => ({
      payload: { invitationId, round: round.round },
      jobId: reminderJobId(invitationId, round.round),
    }));
    try {
      await this.jobs.addMany(JobName.SendReminder, jobs);
    } catch (error) {
      this.logger.warn({ round: round.round, err: (error as Error).message }, 'reminder round not queued yet; the sweep will queue it');
      return false;
    }
    try {
      await this.reminderRounds.markReminderRoundQueued(round.campaignId, round.round);
    } catch (error) {
      this.logger.warn({ round: round.round, err: (error as Error).message }, 'reminder round queued but not recorded; the sweep will queue it again');
      return false;
    }
    return true;
  }

  /**
   * Closes the campaign, and waits for those who react to it (aggregation queues the fold of every
   * answer still waiting for a batch, which a worker runs at once).
   */
  async close(coach: Coach, campaignId: string): Promise<CampaignView> {
    const campaign = await this.getOwned(coach, campaignId);
    await this.campaigns.close(campaign.id);
    await this.events.emitAsync(CampaignClosed.event, new CampaignClosed(campaign.id));
    return toCampaignView(await this.getOwned(coach, campaignId));
  }

  async progress(coach: Coach, campaignId: string): Promise<ProgressView> {
    const campaign = await this.getOwned(coach, campaignId);
    const [rows, aggregated, interviews] = await Promise.all([
      this.campaigns.progress(campaign.id),
      this.campaigns.aggregatedCount(campaign.id),
      this.campaigns.interviewCounts(campaign.id),
    ]);
    const groups = Object.fromEntries(
      rows.map((row) => [row.groupId, { invited: row.invited, responded: row.responded, declined: row.declined, notDelivered: row.notDelivered }]),
    );
    const declined = Object.fromEntries(rows.map((row) => [row.groupId, row.declined]));
    return {
      status: campaign.status,
      invited: rows.reduce((total, row) => total + row.invited, 0),
      responded: rows.reduce((total, row) => total + row.responded, 0),
      aggregated,
      declined: rows.reduce((total, row) => total + row.declined, 0),
      groups,
      declineReasons: declineReasonsToShow({
        status: campaign.status,
        groups: campaign.surveySnapshot.groups,
        declined,
        reasons: campaign.status === 'closed' ? await this.campaigns.declineReasons(campaign.id) : [],
      }),
      interviews,
    };
  }

  /** Raters as sent, checked against the survey's groups; each problem names the field. */
  private checkedRaters(survey: SurveyDefinition, raters: readonly RaterDto[], field: string): NewRater[] {
    const groups = new Set(survey.groups.map((group) => group.id));
    const problems = raters.flatMap((rater, index) => {
      if (rater.group === 'self') return [`${field}[${index}].group: the leader is added as 'self' automatically`];
      if (!groups.has(rater.group)) return [`${field}[${index}].group: the survey '${survey.id}' has no group '${rater.group}'`];
      return [];
    });
    const seen = new Set<string>();
    raters.forEach((rater, index) => {
      if (seen.has(rater.email)) problems.push(`${field}[${index}].email: ${rater.email} is listed twice`);
      seen.add(rater.email);
    });
    if (problems.length > 0) throw invalidInput(problems);
    return raters.map((rater) => ({ name: rater.name, email: rater.email, groupId: rater.group, language: rater.language ?? null }));
  }

  /**
   * Hands invitations to the mail queue. If Redis is unreachable they stay 'queued' in Postgres
   * and the worker's sweep queues them later: the launch itself has succeeded.
   */
  async mailInvitations(invitationIds: string[]): Promise<void> {
    try {
      await this.jobs.addMany(
        JobName.SendInvitation,
        invitationIds.map((invitationId) => ({ payload: { invitationId }, jobId: invitationJobId(invitationId) })),
      );
    } catch (error) {
      this.logger.warn({ count: invitationIds.length, err: (error as Error).message }, 'invitations not queued yet; the sweep will retry');
    }
  }
}
