import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { updateReturning } from '../common/returning-rows';

export type ResetLinkState = { status: 'ok'; coachId: string } | { status: 'used_or_expired' } | { status: 'unknown' };

/** "Forgot password" links, stored as a hash and a nonce, used once. */
@Injectable()
export class PasswordResetRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async create(input: { coachId: string; tokenNonce: string; tokenHash: string; expiresAt: Date }): Promise<string> {
    const id = randomUUID();
    await this.db.query(`INSERT INTO password_resets (id, coach_id, token_nonce, token_hash, expires_at) VALUES ($1, $2, $3, $4, $5)`, [
      id,
      input.coachId,
      input.tokenNonce,
      input.tokenHash,
      input.expiresAt,
    ]);
    return id;
  }

  /** The link as it stands, without using it: a mail scanner opening it must not spend it. */
  async peek(tokenHash: string, now: Date): Promise<ResetLinkState> {
    const rows: { coach_id: string; usable: boolean }[] = await this.db.query(
      `SELECT coach_id, used_at IS NULL AND expires_at > $2 AS usable FROM password_resets WHERE token_hash = $1`,
      [tokenHash, now],
    );
    if (!rows[0]) return { status: 'unknown' };
    return rows[0].usable ? { status: 'ok', coachId: rows[0].coach_id } : { status: 'used_or_expired' };
  }

  /** Marks the link used, once, and every other open link of the coach with it. */
  async consume(tokenHash: string, now: Date): Promise<ResetLinkState> {
    const rows = await updateReturning<{ coach_id: string }>(
      this.db,
      `UPDATE password_resets SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING coach_id`,
      [tokenHash, now],
    );
    if (!rows[0]) return this.peek(tokenHash, now);
    await this.db.query(`UPDATE password_resets SET used_at = $2 WHERE coach_id = $1 AND used_at IS NULL`, [rows[0].coach_id, now]);
    return { status: 'ok', coachId: rows[0].coach_id };
  }
}
