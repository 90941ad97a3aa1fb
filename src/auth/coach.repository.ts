import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import { CoachSessionEntity } from './coach-session.entity';
import { CoachEntity } from './coach.entity';

@Injectable()
export class CoachRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Null when the email is taken: the unique constraint decides, not a prior lookup. */
  async create(email: string, name: string, passwordHash: string): Promise<CoachEntity | null> {
    const rows = await this.db.query<CoachEntity[]>(
      `INSERT INTO coaches (id, email, name, password_hash) VALUES ($1, $2, $3, $4)
       ON CONFLICT (email) DO NOTHING RETURNING id, email, name`,
      [randomUUID(), email, name, passwordHash],
    );
    return rows[0] ?? null;
  }

  findByEmail(email: string): Promise<CoachEntity | null> {
    return this.db.getRepository(CoachEntity).findOneBy({ email });
  }

  async createSession(coachId: string, tokenHash: string, expiresAt: Date): Promise<void> {
    await this.db.getRepository(CoachSessionEntity).insert({ id: randomUUID(), coachId, tokenHash, expiresAt, revokedAt: null });
  }

  async findCoachBySession(tokenHash: string, now: Date): Promise<CoachEntity | null> {
    const session = await this.db.getRepository(CoachSessionEntity).findOneBy({ tokenHash, revokedAt: IsNull(), expiresAt: MoreThan(now) });
    return session ? this.db.getRepository(CoachEntity).findOneBy({ id: session.coachId }) : null;
  }

  async setPassword(coachId: string, passwordHash: string): Promise<void> {
    await this.db.getRepository(CoachEntity).update({ id: coachId }, { passwordHash });
  }

  /** After a new password: every session opened with the old one ends, on every device. */
  async revokeAllSessions(coachId: string, now: Date): Promise<void> {
    await this.db.getRepository(CoachSessionEntity).update({ coachId, revokedAt: IsNull() }, { revokedAt: now });
  }

  async revokeSession(tokenHash: string, now: Date): Promise<void> {
    await this.db.getRepository(CoachSessionEntity).update({ tokenHash, revokedAt: IsNull() }, { revokedAt: now });
  }
}
