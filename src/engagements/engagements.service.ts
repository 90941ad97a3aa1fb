import { Injectable } from '@nestjs/common';
import type { Coach } from '../auth/auth.service';
import { DomainError, invalidInput, notFound } from '../common/domain-error';
import { SurveysService } from '../surveys/surveys.service';
import type { ChangePhaseDto, CreateEngagementDto, UpdateOutcomesDto } from './dto/create-engagement.dto';
import type { EngagementEntity, EngagementPhase } from './engagement.entity';
import { canMove, type PhaseEvent, phaseAfterEvent, PHASE_TRANSITIONS } from './engagement-phase';
import { EngagementRepository } from './engagement.repository';
import { describeIndicator, type IntendedOutcome, type OutcomeIndicator, type OutcomeScopes, parseOutcomes } from './intended-outcome';
import { personalise } from '../surveys/personalise';
import { isPooledItem } from '../surveys/survey.types';

export interface OutcomeView {
  text: string;
  indicator: OutcomeIndicator | null;
  /** The indicator in words, or null for an outcome without one. */
  measuredBy: string | null;
}

export interface EngagementView {
  id: string;
  title: string;
  leader: { name: string; email: string };
  sponsor: { name: string; email: string } | null;
  outcomes: OutcomeView[];
  phase: EngagementPhase;
  /** Where the coach may move the phase next (POST /api/engagements/:id/phase). */
  nextPhases: EngagementPhase[];
  focusThemeIds: string[];
  createdAt: string;
}

export function toEngagementView(engagement: EngagementEntity, scopes: Pick<OutcomeScopes, 'themes' | 'items'>): EngagementView {
  return {
    id: engagement.id,
    title: engagement.title,
    leader: { name: engagement.leaderName, email: engagement.leaderEmail },
    sponsor: engagement.sponsorName && engagement.sponsorEmail ? { name: engagement.sponsorName, email: engagement.sponsorEmail } : null,
    outcomes: engagement.outcomes.map((outcome) => ({ ...outcome, measuredBy: outcome.indicator ? describeIndicator(outcome.indicator, scopes) : null })),
    phase: engagement.phase,
    nextPhases: [...PHASE_TRANSITIONS[engagement.phase]],
    focusThemeIds: engagement.focusThemeIds,
    createdAt: engagement.createdAt.toISOString(),
  };
}

@Injectable()
export class EngagementsService {
  /** The survey catalog is read once at start, so the scopes it offers never change. */
  private scopes: OutcomeScopes | null = null;

  constructor(
    private readonly engagements: EngagementRepository,
    private readonly surveys: SurveysService,
  ) {}

  async create(coach: Coach, input: CreateEngagementDto): Promise<EngagementView> {
    const outcomes = this.parseOutcomes(input.outcomes ?? []);
    return this.view(await this.engagements.create(coach.id, { title: input.title, leader: input.leader, sponsor: input.sponsor, outcomes }));
  }

  async list(coach: Coach): Promise<EngagementView[]> {
    return (await this.engagements.listForCoach(coach.id)).map((engagement) => this.view(engagement));
  }

  async get(coach: Coach, id: string): Promise<EngagementView> {
    return this.view(await this.getOwned(coach, id));
  }

  async delete(coach: Coach, id: string): Promise<void> {
    if (!(await this.engagements.deleteOwned(coach.id, id))) throw notFound('Engagement');
  }

  async getOwned(coach: Coach, id: string): Promise<EngagementEntity> {
    const engagement = await this.engagements.findOwned(coach.id, id);
    if (!engagement) throw notFound('Engagement');
    return engagement;
  }

  /** For leader and sponsor sessions, which already name their engagement. */
  async getById(id: string): Promise<EngagementEntity> {
    const engagement = await this.engagements.findById(id);
    if (!engagement) throw notFound('Engagement');
    return engagement;
  }

  /** Contracting: the intended outcomes and their indicators, replaced as a whole. */
  async setOutcomes(coach: Coach, id: string, input: UpdateOutcomesDto): Promise<EngagementView> {
    const engagement = await this.getOwned(coach, id);
    this.assertOpen(engagement);
    await this.engagements.setOutcomes(engagement.id, this.parseOutcomes(input.outcomes));
    return this.get(coach, id);
  }

  async changePhase(coach: Coach, id: string, input: ChangePhaseDto): Promise<EngagementView> {
    const engagement = await this.getOwned(coach, id);
    if (engagement.phase !== input.phase) {
      if (!canMove(engagement.phase, input.phase)) {
        const next = PHASE_TRANSITIONS[engagement.phase];
        throw new DomainError(
          'Conflict',
          `The engagement is in ${engagement.phase}: it can move to ${next.length > 0 ? next.join(', ') : 'no other phase'}, not to ${input.phase}`,
        );
      }
      if (!(await this.engagements.movePhase(engagement.id, engagement.phase, input.phase)))
        throw new DomainError('Conflict', 'The phase changed meanwhile: read the engagement again');
    }
    return this.get(coach, id);
  }

  /** A launch or a saved program implies a phase; events only move forward. */
  async recordEvent(engagement: EngagementEntity, event: PhaseEvent): Promise<void> {
    const next = phaseAfterEvent(engagement.phase, event);
    if (next !== engagement.phase) await this.engagements.movePhase(engagement.id, engagement.phase, next);
  }

  /** The program's focus themes and how it words each goal, in its order. */
  async setFocusGoals(engagement: EngagementEntity, goals: { themeId: string; goal: string }[]): Promise<void> {
    await this.engagements.setFocusGoals(engagement.id, goals);
  }

  assertOpen(engagement: EngagementEntity): void {
    if (engagement.phase === 'closed') throw new DomainError('Conflict', 'This engagement is closed');
  }

  outcomeScopes(): OutcomeScopes {
    this.scopes ??= this.buildOutcomeScopes();
    return this.scopes;
  }

  private buildOutcomeScopes(): OutcomeScopes {
    const surveys = this.surveys.list().map((summary) => this.surveys.get(summary.id));
    const themes = new Map<string, string>();
    const items = new Map<string, string>();
    for (const survey of surveys) {
      for (const theme of survey.themes) {
        if (!themes.has(theme.id)) themes.set(theme.id, theme.title);
        for (const item of theme.items) if (isPooledItem(item) && !items.has(item.id)) items.set(item.id, personalise(item.text, 'The leader'));
      }
    }
    return { themes, items, scalePoints: Math.max(...surveys.map((survey) => survey.scale.points)) };
  }

  private parseOutcomes(raw: unknown): IntendedOutcome[] {
    const { outcomes, problems } = parseOutcomes(raw, this.outcomeScopes());
    if (problems.length > 0) throw invalidInput(problems);
    return outcomes;
  }

  private view(engagement: EngagementEntity): EngagementView {
    return toEngagementView(engagement, this.outcomeScopes());
  }
}
