import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { EngagementScopedEntity } from '../engagements/engagement-scoped.entity';

/** A coaching session the coach held. The private notes are the coach's alone. */
@Entity('coaching_sessions')
export class CoachingSessionEntity extends EngagementScopedEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('date', { name: 'held_on' })
  heldOn: string;

  @Column('integer', { name: 'duration_minutes' })
  durationMinutes: number;

  @Column('text', { name: 'focus_theme_id' })
  focusThemeId: string;

  @Column('jsonb', { name: 'agreed_actions' })
  agreedActions: string[];

  @Column('text', { name: 'private_notes', nullable: true })
  privateNotes: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** One time the leader did an entry of the plan (a week's practice, an exercise, a reading). */
@Entity('practice_actions')
export class PracticeActionEntity extends EngagementScopedEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text', { name: 'practice_id' })
  practiceId: string;

  @Column('date', { name: 'done_on' })
  doneOn: string;

  @Column('text', { nullable: true })
  note: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
