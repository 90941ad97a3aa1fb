import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CoachEntity } from '../auth/coach.entity';
import type { IntendedOutcome } from './intended-outcome';

export const ENGAGEMENT_PHASES = ['contracting', 'assessment', 'program_design', 'coaching', 'mid_review', 'final_review', 'closed'] as const;
export type EngagementPhase = (typeof ENGAGEMENT_PHASES)[number];

@Entity('engagements')
export class EngagementEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Index()
  @Column('uuid', { name: 'coach_id' })
  coachId: string;

  @ManyToOne(() => CoachEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'coach_id' })
  coach?: CoachEntity;

  @Column('text')
  title: string;

  @Column('text', { name: 'leader_name' })
  leaderName: string;

  @Column('text', { name: 'leader_email' })
  leaderEmail: string;

  @Column('text', { name: 'sponsor_name', nullable: true })
  sponsorName: string | null;

  @Column('text', { name: 'sponsor_email', nullable: true })
  sponsorEmail: string | null;

  /** Intended outcomes, each with the indicator that measures it (see intended-outcome.ts). */
  @Column('jsonb', { default: () => "'[]'" })
  outcomes: IntendedOutcome[];

  /** The development program's focus themes, once it is saved: the reviews ask about these. */
  @Column('jsonb', { name: 'focus_theme_ids', default: () => "'[]'" })
  focusThemeIds: string[];

  /** Each focus theme with the goal's wording, in the program's order: a review asks raters about these. */
  @Column('jsonb', { name: 'focus_goals', default: () => "'[]'" })
  focusGoals: { themeId: string; goal: string }[];

  @Column('text', { default: 'contracting' })
  phase: EngagementPhase;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
