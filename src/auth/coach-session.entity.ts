import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CoachEntity } from './coach.entity';

/** A coach's bearer token, stored only as its SHA-256; expires, and can be revoked. */
@Entity('coach_sessions')
export class CoachSessionEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Index()
  @Column('uuid', { name: 'coach_id' })
  coachId: string;

  @ManyToOne(() => CoachEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'coach_id' })
  coach?: CoachEntity;

  @Column('text', { name: 'token_hash', unique: true })
  tokenHash: string;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt: Date;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
