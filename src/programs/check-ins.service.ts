import { Injectable } from '@nestjs/common';
import type { Coach } from '../auth/auth.service';
import { invalidInput } from '../common/domain-error';
import { EngagementsService } from '../engagements/engagements.service';
import { CheckInRepository } from './check-in.repository';
import type { CoachingSessionDto, PracticeActionDto } from './dto/check-in.dto';
import type { CoachingSession, PracticeAction } from './program.types';
import { ProgramsService } from './programs.service';

/** Check-ins: the sessions the coach held, and what the leader did of the plan. */
@Injectable()
export class CheckInsService {
  constructor(
    private readonly checkIns: CheckInRepository,
    private readonly engagements: EngagementsService,
    private readonly programs: ProgramsService,
  ) {}

  async logSession(coach: Coach, engagementId: string, input: CoachingSessionDto): Promise<CoachingSession> {
    const engagement = await this.engagements.getOwned(coach, engagementId);
    this.engagements.assertOpen(engagement);
    const program = await this.programs.required(engagement);
    const focus = program.goals.map((goal) => goal.themeId);
    if (!focus.includes(input.focusThemeId)) throw invalidInput([`focusThemeId: must be one of the program's focus themes (${focus.join(', ')})`]);
    return this.checkIns.addSession(engagement.id, {
      heldOn: input.heldOn,
      durationMinutes: input.durationMinutes,
      focusThemeId: input.focusThemeId,
      agreedActions: input.agreedActions ?? [],
      privateNotes: input.privateNotes ? input.privateNotes : null,
    });
  }

  async sessions(coach: Coach, engagementId: string): Promise<{ sessions: CoachingSession[] }> {
    const engagement = await this.engagements.getOwned(coach, engagementId);
    return { sessions: await this.checkIns.sessions(engagement.id) };
  }

  async logAction(coach: Coach, engagementId: string, input: PracticeActionDto): Promise<PracticeAction> {
    const engagement = await this.engagements.getOwned(coach, engagementId);
    this.engagements.assertOpen(engagement);
    const program = await this.programs.required(engagement);
    if (!program.plan.some((entry) => entry.practiceId === input.practiceId)) {
      throw invalidInput([`practiceId: '${input.practiceId}' is not in the program's plan (${program.plan.map((entry) => entry.practiceId).join(', ')})`]);
    }
    return this.checkIns.addAction(engagement.id, { practiceId: input.practiceId, doneOn: input.doneOn, note: input.note ? input.note : null });
  }
}
