import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { updateReturning } from '../common/returning-rows';
import type { PersonDto } from './dto/create-engagement.dto';
import type { EngagementPhase } from './engagement.entity';
import { EngagementEntity } from './engagement.entity';
import type { IntendedOutcome } from './intended-outcome';

export interface NewEngagement {
  title: string;
  leader: PersonDto;
  sponsor?: PersonDto;
  outcomes: IntendedOutcome[];
}

@Injectable()
export class EngagementRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async create(coachId: string, input: NewEngagement): Promise<EngagementEntity> {
    const repository = this.db.getRepository(EngagementEntity);
    const engagement = repository.create({
      id: randomUUID(),
      coachId,
      title: input.title,
      leaderName: input.leader.name,
      leaderEmail: input.leader.email,
      sponsorName: input.sponsor?.name ?? null,
      sponsorEmail: input.sponsor?.email ?? null,
      outcomes: input.outcomes,
      focusThemeIds: [],
      focusGoals: [],
    });
    return repository.save(engagement);
  }

  listForCoach(coachId: string): Promise<EngagementEntity[]> {
    return this.db.getRepository(EngagementEntity).find({ where: { coachId }, order: { createdAt: 'DESC' } });
  }

  /**
   * Deletes the engagement and, through cascading foreign keys, its campaigns, raters,
   * invitations, drafts, answers, aggregates and comments, in one statement.
   */
  async deleteOwned(coachId: string, id: string): Promise<boolean> {
    const result = await this.db.getRepository(EngagementEntity).delete({ id, coachId });
    return (result.affected ?? 0) > 0;
  }

  /** Ownership is part of the lookup: another coach's id is simply not found. */
  findOwned(coachId: string, id: string): Promise<EngagementEntity | null> {
    return this.db.getRepository(EngagementEntity).findOneBy({ id, coachId });
  }

  /** For the leader's and sponsor's sessions, which are tied to one engagement, not to a coach. */
  findById(id: string): Promise<EngagementEntity | null> {
    return this.db.getRepository(EngagementEntity).findOneBy({ id });
  }

  async setOutcomes(id: string, outcomes: IntendedOutcome[]): Promise<void> {
    await this.db.query(`UPDATE engagements SET outcomes = $2 WHERE id = $1`, [id, JSON.stringify(outcomes)]);
  }

  async setFocusGoals(id: string, goals: { themeId: string; goal: string }[]): Promise<void> {
    await this.db.query(`UPDATE engagements SET focus_theme_ids = $2, focus_goals = $3 WHERE id = $1`, [
      id,
      JSON.stringify(goals.map((goal) => goal.themeId)),
      JSON.stringify(goals.map((goal) => ({ themeId: goal.themeId, goal: goal.goal }))),
    ]);
  }

  /** Moves the phase only if it is still `from`, so two moves at once cannot both apply. */
  async movePhase(id: string, from: EngagementPhase, to: EngagementPhase): Promise<boolean> {
    const rows = await updateReturning(this.db, `UPDATE engagements SET phase = $3 WHERE id = $1 AND phase = $2 RETURNING id`, [id, from, to]);
    return rows.length > 0;
  }
}
