import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { EngagementEntity } from '../engagements/engagement.entity';
import type { PulseStatus } from './pulse-schedule';

/** A progress pulse the coach scheduled: it launches itself on its day, once. */
@Entity('pulse_schedules')
@Index('IDX_pulse_schedules_status_due_on', ['status', 'dueOn'])
export class PulseScheduleEntity {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'PK_pulse_schedules' })
  id: string;

  @Index('IDX_pulse_schedules_engagement_id')
  @Column('uuid', { name: 'engagement_id' })
  engagementId: string;

  @ManyToOne(() => EngagementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id', foreignKeyConstraintName: 'FK_pulse_schedules_engagement_id' })
  engagement?: EngagementEntity;

  @Column('date', { name: 'due_on' })
  dueOn: string;

  @Column('text')
  phase: 'midpoint' | 'final';

  /** Days the pulse stays open after launch; its links stop working after that. */
  @Column('integer', { name: 'open_days' })
  openDays: number;

  @Column('text', { default: 'scheduled' })
  status: PulseStatus;

  /** When a worker took the launch on: a claim older than LAUNCH_CLAIM_MS may be taken over. */
  @Column('timestamptz', { name: 'claimed_at', nullable: true })
  claimedAt: Date | null;

  /** The campaign made for it, recorded before it is launched, so a retry launches that one and no other. */
  @Column('uuid', { name: 'campaign_id', nullable: true })
  campaignId: string | null;

  @Column('timestamptz', { name: 'launched_at', nullable: true })
  launchedAt: Date | null;

  /** Why it could not launch (e.g. the engagement was closed), for the coach to read. */
  @Column('text', { nullable: true })
  problem: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
