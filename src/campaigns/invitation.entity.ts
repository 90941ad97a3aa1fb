import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CampaignScopedEntity } from './campaign-scoped.entity';
import { RaterEntity } from './rater.entity';
import type { RaterGroupId } from '../surveys/survey.types';

/** 'failed' is retried in rounds; 'refused' (an SMTP 5xx: no such address) waits for the coach to correct the address. */
export type DeliveryStatus = 'queued' | 'sent' | 'failed' | 'refused';

/**
 * A rater's personal link. The token itself is never stored: only its SHA-256, and a random
 * nonce from which the mail worker re-derives it with the server secret. `answered` is a flag
 * without a time, so nothing here can be lined up with a response.
 */
@Entity('invitations')
// Partial index of invitations with a retry due; created by the migration, ignored by schema comparison.
@Index('IDX_invitations_retry_due', { synchronize: false })
export class InvitationEntity extends CampaignScopedEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'rater_id', unique: true })
  raterId: string;

  @ManyToOne(() => RaterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'rater_id' })
  rater?: RaterEntity;

  @Column('text', { name: 'group_id' })
  groupId: RaterGroupId;

  @Column('text', { name: 'token_nonce' })
  tokenNonce: string;

  @Column('text', { name: 'token_hash', unique: true })
  tokenHash: string;

  @Column('boolean', { default: false })
  answered: boolean;

  /** The rater chose not to answer: the link takes no answer, and no reminder goes out. A flag without a time, as `answered`. */
  @Column('boolean', { default: false })
  declined: boolean;

  @Column('text', { name: 'delivery_status', default: 'queued' })
  deliveryStatus: DeliveryStatus;

  @Column('text', { name: 'delivery_error', nullable: true })
  deliveryError: string | null;

  @Column('timestamptz', { name: 'delivered_at', nullable: true })
  deliveredAt: Date | null;

  /**
   * The last reminder round mailed to this rater, so a retried job never mails twice. Reset to 0
   * when the rater answers: on an answered invitation it would say after which reminder they did.
   */
  @Column('integer', { name: 'reminded_round', default: 0 })
  remindedRound: number;

  /** The last delivery round queued: 0 at launch, then each retry round after a job gave up. */
  @Column('integer', { name: 'delivery_round', default: 0 })
  deliveryRound: number;

  /** When the next delivery round is due; null while one is under way, once sent, or when none is left. */
  @Column('timestamptz', { name: 'retry_at', nullable: true })
  retryAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
