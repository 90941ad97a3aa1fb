import { Injectable } from '@nestjs/common';
import type { Coach } from '../auth/auth.service';
import { invalidInput, notFound } from '../common/domain-error';
import type { EngagementEntity } from '../engagements/engagement.entity';
import { EngagementsService } from '../engagements/engagements.service';
import { CheckInRepository } from './check-in.repository';
import type { CoachingSessionDto, PracticeActionDto } from './dto/check-in.dto';
import type { CoachingSession, PracticeAction } from './program.types';
import { ProgramsService } from './programs.service';

/** Check-ins: the sessions the coach held, and what the leader did of the plan; a mistaken entry can be corrected or deleted. */
@Injectable()
export class CheckInsService {
  constructor(
    private readonly checkIns: CheckInRepository,
    private readonly engagements: EngagementsService,
    private readonly programs: ProgramsService,
  ) {}

  async logSession(coach: Coach, engagementId: string, input: CoachingSessionDto): Promise<CoachingSession> {
    const engagement = await this.openEngagement(coach, engagementId);
    return this.checkIns.addSession(engagement.id, await this.checkedSession(engagement, input));
  }

  async updateSession(coach: Coach, engagementId: string, sessionId: string, input: CoachingSessionDto): Promise<CoachingSession> {
    const engagement = await this.openEngagement(coach, engagementId);
    const updated = await this.checkIns.updateSession(engagement.id, sessionId, await this.checkedSession(engagement, input));
    if (!updated) throw notFound('Session');
    return updated;
  }

  async deleteSession(coach: Coach, engagementId: string, sessionId: string): Promise<void> {
    const engagement = await this.openEngagement(coach, engagementId);
    if (!(await this.checkIns.deleteSession(engagement.id, sessionId))) throw notFound('Session');
  }

  async sessions(coach: Coach, engagementId: string): Promise<{ sessions: CoachingSession[] }> {
    const engagement = await this.engagements.getOwned(coach, engagementId);
    return { sessions: await this.checkIns.sessions(engagement.id) };
  }

  async logAction(coach: Coach, engagementId: string, input: PracticeActionDto): Promise<PracticeAction> {
    return this.logActionOf(await this.openEngagement(coach, engagementId), input);
  }

  /** The leader records what they did of the plan, from their own pages (their session names the engagement). */
  async logActionOf(engagement: EngagementEntity, input: PracticeActionDto): Promise<PracticeAction> {
    this.engagements.assertOpen(engagement);
    return this.checkIns.addAction(engagement.id, await this.checkedAction(engagement, input));
  }

  async updateAction(coach: Coach, engagementId: string, actionId: string, input: PracticeActionDto): Promise<PracticeAction> {
    const engagement = await this.openEngagement(coach, engagementId);
    const updated = await this.checkIns.updateAction(engagement.id, actionId, await this.checkedAction(engagement, input));
    if (!updated) throw notFound('Action');
    return updated;
  }

  async deleteAction(coach: Coach, engagementId: string, actionId: string): Promise<void> {
    const engagement = await this.openEngagement(coach, engagementId);
    if (!(await this.checkIns.deleteAction(engagement.id, actionId))) throw notFound('Action');
  }

  private async openEngagement(coach: Coach, engagementId: string): Promise<EngagementEntity> {
    const engagement = await this.engagements.getOwned(coach, engagementId);
    this.engagements.assertOpen(engagement);
    return engagement;
  }

  private async checkedSession(engagement: EngagementEntity, input: CoachingSessionDto): Promise<Omit<CoachingSession, 'id'>> {
    const program = await this.programs.required(engagement);
    const focus = program.goals.map((goal) => goal.themeId);
    if (!focus.includes(input.focusThemeId)) throw invalidInput([`focusThemeId: must be one of the program's focus themes (${focus.join(', ')})`]);
    return {
      heldOn: input.heldOn,
      durationMinutes: input.durationMinutes,
      focusThemeId: input.focusThemeId,
      agreedActions: input.agreedActions ?? [],
      privateNotes: input.privateNotes ? input.privateNotes : null,
    };
  }

  private async checkedAction(engagement: EngagementEntity, input: PracticeActionDto): Promise<Omit<PracticeAction, 'id'>> {
    const program = await this.programs.required(engagement);
    if (!program.plan.some((entry) => entry.practiceId === input.practiceId)) {
      throw invalidInput([`practiceId: '${input.practiceId}' is not in the program's plan (${program.plan.map((entry) => entry.practiceId).join(', ')})`]);
    }
    return { practiceId: input.practiceId, doneOn: input.doneOn, note: input.note ? input.note : null };
  }
}
