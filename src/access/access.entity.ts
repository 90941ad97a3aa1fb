import { Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { EngagementScopedEntity } from '../engagements/engagement-scoped.entity';
import { EngagementEntity } from '../engagements/engagement.entity';

export const ACCESS_ROLES = ['leader', 'sponsor'] as const;
export type AccessRole = (typeof ACCESS_ROLES)[number];

/**
 * An emailed sign-in link for the leader or the sponsor. Like a rater's link, the token is never
 * stored: only its SHA-256 and the nonce the mail worker derives it from with the server secret.
 * It works once, for a short while.
 */
@Entity('access_links')
export class AccessLinkEntity extends EngagementScopedEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  role: AccessRole;

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

/** What a used link was exchanged for: a session held in an HttpOnly cookie, stored as a hash. */
@Entity('access_sessions')
export class AccessSessionEntity extends EngagementScopedEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  role: AccessRole;

  @Column('text', { name: 'token_hash', unique: true })
  tokenHash: string;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** What the leader lets the sponsor see: never comments or per-group scores, whatever is chosen. */
@Entity('sponsor_shares')
export class SponsorShareEntity {
  @PrimaryColumn('uuid', { name: 'engagement_id' })
  engagementId: string;

  @OneToOne(() => EngagementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id' })
  engagement?: EngagementEntity;

  @Column('boolean', { default: false })
  goals: boolean;

  @Column('boolean', { default: false })
  progress: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
