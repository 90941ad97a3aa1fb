import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { updateReturning } from '../../common/returning-rows';

@Injectable()
export class BounceRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The nonce the invitation was last mailed with, to tell a bounce of that delivery from an older one. */
  async currentNonce(invitationId: string): Promise<string | null> {
    const rows: { token_nonce: string }[] = await this.db.query(`SELECT token_nonce FROM invitations WHERE id = $1`, [invitationId]);
    return rows[0]?.token_nonce ?? null;
  }

  /**
   * The state a refusal at send time gives (markRefused): no retry round, no reminder, shown to
   * the coach to correct. Only for the delivery with this nonce, still unanswered and undeclined,
   * of an open campaign: the nonce in the condition makes a correction that commits meanwhile win,
   * and an answered invitation keeps reading as delivered, so a late bounce neither tells that
   * its rater answered nor moves a count. Returns whether the invitation was marked.
   */
  async markRefusedByBounce(invitationId: string, tokenNonce: string, reason: string): Promise<boolean> {
    const marked = await updateReturning(
      this.db,
      `UPDATE invitations i SET delivery_status = 'refused', delivery_error = $3, retry_at = NULL FROM campaigns c
       WHERE i.id = $1 AND i.token_nonce = $2 AND NOT i.answered AND NOT i.declined AND i.delivery_status IN ('sent', 'failed')
         AND c.id = i.campaign_id AND c.status = 'open'
       RETURNING i.id`,
      [invitationId, tokenNonce, reason.slice(0, 500)],
    );
    return marked.length > 0;
  }
}
