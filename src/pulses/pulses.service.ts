import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import type { Coach } from '../auth/auth.service';
import { CampaignsService } from '../campaigns/campaigns.service';
import { Clock } from '../common/clock';
import { DomainError, invalidInput, notFound } from '../common/domain-error';
import { EngagementsService } from '../engagements/engagements.service';
import { ProgramsService } from '../programs/programs.service';
import type { PulseViewDto, SchedulePulseDto } from './dto/pulse.dto';
import type { PulseScheduleEntity } from './pulse-schedule.entity';
import { PulseScheduleRepository } from './pulse-schedule.repository';
import { addMonths } from './pulse-schedule';

const DEFAULT_OPEN_DAYS = 14;
const DAY_MS = 86_400_000;

const toView = (row: PulseScheduleEntity): PulseViewDto => ({
  id: row.id,
  dueOn: row.dueOn,
  phase: row.phase,
  openDays: row.openDays,
  status: row.status,
  campaignId: row.campaignId,
  launchedAt: row.launchedAt?.toISOString() ?? null,
  problem: row.problem,
});

/**
 * Progress pulses scheduled ahead ("at 3, 6 and 12 months"): each launches itself on its day as
 * the coach would launch it by hand, a progress-pulse campaign on the program's focus goals to
 * the baseline raters, with the usual invitations (and reminders when the coach sends them).
 */
@Injectable()
export class PulsesService {
  private readonly logger = new Logger(PulsesService.name);

  constructor(
    private readonly engagements: EngagementsService,
    private readonly programs: ProgramsService,
    private readonly campaigns: CampaignsService,
    private readonly pulses: PulseScheduleRepository,
    private readonly clock: Clock,
  ) {}

  async schedule(coach: Coach, engagementId: string, input: SchedulePulseDto): Promise<PulseViewDto> {
    const engagement = await this.engagements.getOwned(coach, engagementId);
    this.engagements.assertOpen(engagement);
    if ((input.monthsAfterStart === undefined) === (input.dueOn === undefined))
      throw invalidInput(['monthsAfterStart: give either monthsAfterStart or dueOn, not both and not neither']);
    const program = await this.programs.required(engagement);
    const dueOn = input.dueOn ?? addMonths(program.createdAt.toISOString().slice(0, 10), input.monthsAfterStart ?? 0);
    const today = this.clock.now().toISOString().slice(0, 10);
    if (dueOn < today)
      throw invalidInput([input.dueOn ? `dueOn: must be today (${today}) or later` : `monthsAfterStart: falls on ${dueOn}, already past (today is ${today})`]);
    const row = await this.pulses.create({
      id: randomUUID(),
      engagementId: engagement.id,
      dueOn,
      phase: input.phase ?? 'midpoint',
      openDays: input.openDays ?? DEFAULT_OPEN_DAYS,
    });
    return toView(row);
  }

  async list(coach: Coach, engagementId: string): Promise<{ pulses: PulseViewDto[] }> {
    const engagement = await this.engagements.getOwned(coach, engagementId);
    return { pulses: (await this.pulses.list(engagement.id)).map(toView) };
  }

  async cancel(coach: Coach, engagementId: string, pulseId: string): Promise<void> {
    const engagement = await this.engagements.getOwned(coach, engagementId);
    const pulse = await this.pulses.find(engagement.id, pulseId);
    if (!pulse) throw notFound('Pulse');
    if (!(await this.pulses.cancel(engagement.id, pulseId)))
      throw new DomainError('Conflict', `This pulse is ${pulse.status === 'failed' ? 'failed' : 'launched'} already: close its campaign instead`);
  }

  /**
   * Launches every pulse due by now, each once: the claim makes one worker its owner; the campaign
   * is recorded before it is launched, so a worker that dies halfway leaves a campaign that the
   * next claim launches, never a second one; launching a campaign that is already open is a no-op.
   */
  async launchDue(): Promise<number> {
    const now = this.clock.now();
    let launched = 0;
    for (const pulse of await this.pulses.claimDue(now)) {
      try {
        const coach = await this.pulses.coachOf(pulse.engagementId);
        if (!coach) continue;
        const campaignId = pulse.campaignId ?? (await this.createCampaign(coach, pulse, now));
        try {
          await this.campaigns.launch(coach, campaignId);
        } catch (error) {
          if (!(error instanceof DomainError && error.code === 'CampaignNotDraft')) throw error;
        }
        await this.pulses.markLaunched(pulse.id, now);
        launched += 1;
      } catch (error) {
        if (error instanceof DomainError) {
          // What the coach would have been told launching it by hand: it stays on the list to read.
          await this.pulses.markFailed(pulse.id, error.message);
          this.logger.warn({ pulseId: pulse.id, problem: error.message }, 'scheduled pulse could not launch');
        } else throw error;
      }
    }
    return launched;
  }

  private async createCampaign(coach: Coach, pulse: PulseScheduleEntity, now: Date): Promise<string> {
    const campaign = await this.campaigns.create(coach, pulse.engagementId, {
      surveyId: 'progress-pulse',
      phase: pulse.phase,
      closesAt: new Date(now.getTime() + pulse.openDays * DAY_MS),
    });
    // Another worker recorded one first (after this one's claim went stale): launch that one.
    if (!(await this.pulses.recordCampaign(pulse.id, campaign.id))) return (await this.pulses.find(pulse.engagementId, pulse.id))?.campaignId ?? campaign.id;
    return campaign.id;
  }
}
