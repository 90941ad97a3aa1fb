import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CoachingSessionEntity, PracticeActionEntity } from './check-in.entity';
import type { CoachingSession, PracticeAction } from './program.types';

const toSession = (row: CoachingSessionEntity): CoachingSession => ({
  id: row.id,
  heldOn: row.heldOn,
  durationMinutes: row.durationMinutes,
  focusThemeId: row.focusThemeId,
  agreedActions: row.agreedActions,
  privateNotes: row.privateNotes,
});

const toAction = (row: PracticeActionEntity): PracticeAction => ({ id: row.id, practiceId: row.practiceId, doneOn: row.doneOn, note: row.note });

/** Coaching sessions and the leader's actions on the plan: what was done, as it happens. */
@Injectable()
export class CheckInRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async addSession(engagementId: string, session: Omit<CoachingSession, 'id'>): Promise<CoachingSession> {
    const repository = this.db.getRepository(CoachingSessionEntity);
    return toSession(await repository.save(repository.create({ id: randomUUID(), engagementId, ...session })));
  }

  async sessions(engagementId: string): Promise<CoachingSession[]> {
    return (await this.db.getRepository(CoachingSessionEntity).find({ where: { engagementId }, order: { heldOn: 'ASC', createdAt: 'ASC' } })).map(toSession);
  }

  async addAction(engagementId: string, action: Omit<PracticeAction, 'id'>): Promise<PracticeAction> {
    const repository = this.db.getRepository(PracticeActionEntity);
    return toAction(await repository.save(repository.create({ id: randomUUID(), engagementId, ...action })));
  }

  /** Null when the engagement has no such session: ids of another engagement are not found. */
  async updateSession(engagementId: string, id: string, session: Omit<CoachingSession, 'id'>): Promise<CoachingSession | null> {
    const repository = this.db.getRepository(CoachingSessionEntity);
    const result = await repository.update({ id, engagementId }, session);
    if ((result.affected ?? 0) === 0) return null;
    const row = await repository.findOneBy({ id, engagementId });
    return row ? toSession(row) : null;
  }

  async deleteSession(engagementId: string, id: string): Promise<boolean> {
    return ((await this.db.getRepository(CoachingSessionEntity).delete({ id, engagementId })).affected ?? 0) > 0;
  }

  async updateAction(engagementId: string, id: string, action: Omit<PracticeAction, 'id'>): Promise<PracticeAction | null> {
    const repository = this.db.getRepository(PracticeActionEntity);
    const result = await repository.update({ id, engagementId }, action);
    if ((result.affected ?? 0) === 0) return null;
    const row = await repository.findOneBy({ id, engagementId });
    return row ? toAction(row) : null;
  }

  async deleteAction(engagementId: string, id: string): Promise<boolean> {
    return ((await this.db.getRepository(PracticeActionEntity).delete({ id, engagementId })).affected ?? 0) > 0;
  }

  async actions(engagementId: string): Promise<PracticeAction[]> {
    return (await this.db.getRepository(PracticeActionEntity).find({ where: { engagementId }, order: { doneOn: 'ASC', createdAt: 'ASC' } })).map(toAction);
  }
}
