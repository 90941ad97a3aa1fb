import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CoachEntity } from './coach.entity';

/**
 * A "forgot password" link. Like a leader's sign-in link, the token is never stored: only its
 * SHA-256 and the nonce the mail worker derives it from with the server secret. One use, an hour.
 */
@Entity('password_resets')
export class PasswordResetEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Index()
  @Column('uuid', { name: 'coach_id' })
  coachId: string;

  @ManyToOne(() => CoachEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'coach_id' })
  coach?: CoachEntity;

  @Column('text', { name: 'token_nonce' })
  tokenNonce: string;

  @Column('text', { name: 'token_hash', unique: true })
  tokenHash: string;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt: Date;

  @Column('timestamptz', { name: 'used_at', nullable: true })
  usedAt: Date | null;

  @Column('timestamptz', { name: 'sent_at', nullable: true })
  sentAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
