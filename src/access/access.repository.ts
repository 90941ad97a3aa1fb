import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { updateReturning } from '../common/returning-rows';
import type { AccessRole } from './access.entity';

export interface SessionRow {
  engagementId: string;
  role: AccessRole;
}

export type ConsumedLink = { status: 'ok'; engagementId: string; role: AccessRole } | { status: 'used_or_expired' } | { status: 'unknown' };

export interface SponsorShare {
  goals: boolean;
  progress: boolean;
}

/** Sign-in links, the sessions they are traded for, and what the leader shares with the sponsor. */
@Injectable()
export class AccessRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async createLink(input: { engagementId: string; role: AccessRole; tokenNonce: string; tokenHash: string; expiresAt: Date }): Promise<string> {
    const id = randomUUID();
    await this.db.query(`INSERT INTO access_links (id, engagement_id, role, token_nonce, token_hash, expires_at) VALUES ($1, $2, $3, $4, $5, $6)`, [
      id,
      input.engagementId,
      input.role,
      input.tokenNonce,
      input.tokenHash,
      input.expiresAt,
    ]);
    return id;
  }

  /** The link as it stands, without using it: a mail scanner opening it must not spend it. */
  async peekLink(tokenHash: string, now: Date): Promise<ConsumedLink> {
    const rows: { engagement_id: string; role: AccessRole; usable: boolean }[] = await this.db.query(
      `SELECT engagement_id, role, used_at IS NULL AND expires_at > $2 AS usable FROM access_links WHERE token_hash = $1`,
      [tokenHash, now],
    );
    if (!rows[0]) return { status: 'unknown' };
    return rows[0].usable ? { status: 'ok', engagementId: rows[0].engagement_id, role: rows[0].role } : { status: 'used_or_expired' };
  }

  /** Marks the link used, once: two visits at the same moment cannot both sign in. */
  async consumeLink(tokenHash: string, now: Date): Promise<ConsumedLink> {
    const rows = await updateReturning<{ engagement_id: string; role: AccessRole }>(
      this.db,
      `UPDATE access_links SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING engagement_id, role`,
      [tokenHash, now],
    );
    if (rows[0]) return { status: 'ok', engagementId: rows[0].engagement_id, role: rows[0].role };
    const known: unknown[] = await this.db.query(`SELECT 1 FROM access_links WHERE token_hash = $1`, [tokenHash]);
    return known.length > 0 ? { status: 'used_or_expired' } : { status: 'unknown' };
  }

  async createSession(input: { engagementId: string; role: AccessRole; tokenHash: string; expiresAt: Date }): Promise<void> {
    await this.db.query(`INSERT INTO access_sessions (id, engagement_id, role, token_hash, expires_at) VALUES ($1, $2, $3, $4, $5)`, [
      randomUUID(),
      input.engagementId,
      input.role,
      input.tokenHash,
      input.expiresAt,
    ]);
  }

  async findSession(tokenHash: string, now: Date): Promise<SessionRow | null> {
    const rows: { engagement_id: string; role: AccessRole }[] = await this.db.query(
      `SELECT engagement_id, role FROM access_sessions WHERE token_hash = $1 AND expires_at > $2`,
      [tokenHash, now],
    );
    return rows[0] ? { engagementId: rows[0].engagement_id, role: rows[0].role } : null;
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.db.query(`DELETE FROM access_sessions WHERE token_hash = $1`, [tokenHash]);
  }

  async share(engagementId: string): Promise<SponsorShare> {
    const rows: SponsorShare[] = await this.db.query(`SELECT goals, progress FROM sponsor_shares WHERE engagement_id = $1`, [engagementId]);
    return rows[0] ?? { goals: false, progress: false };
  }

  async setShare(engagementId: string, share: SponsorShare): Promise<void> {
    await this.db.query(
      `INSERT INTO sponsor_shares (engagement_id, goals, progress) VALUES ($1, $2, $3)
       ON CONFLICT (engagement_id) DO UPDATE SET goals = EXCLUDED.goals, progress = EXCLUDED.progress, updated_at = now()`,
      [engagementId, share.goals, share.progress],
    );
  }
}
