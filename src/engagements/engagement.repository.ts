import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { CreateEngagementDto } from './dto/create-engagement.dto';
import { EngagementEntity } from './engagement.entity';

@Injectable()
export class EngagementRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async create(coachId: string, input: CreateEngagementDto): Promise<EngagementEntity> {
    const repository = this.db.getRepository(EngagementEntity);
    const engagement = repository.create({
      id: randomUUID(),
      coachId,
      title: input.title,
      leaderName: input.leader.name,
      leaderEmail: input.leader.email,
      sponsorName: input.sponsor?.name ?? null,
      sponsorEmail: input.sponsor?.email ?? null,
      outcomes: input.outcomes ?? [],
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
}
