import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { EngagementEntity } from '../engagements/engagement.entity';
import type { SurveyDefinition } from '../surveys/survey.types';

export const CAMPAIGN_PHASES = ['baseline', 'midpoint', 'final'] as const;
export type CampaignPhase = (typeof CAMPAIGN_PHASES)[number];
export type CampaignStatus = 'draft' | 'open' | 'closed';

@Entity('campaigns')
export class CampaignEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Index()
  @Column('uuid', { name: 'engagement_id' })
  engagementId: string;

  @ManyToOne(() => EngagementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id' })
  engagement?: EngagementEntity;

  @Column('text', { name: 'survey_id' })
  surveyId: string;

  @Column('integer', { name: 'survey_version' })
  surveyVersion: number;

  /** The definition as it was when the campaign was created: editing the file never changes it. */
  @Column('jsonb', { name: 'survey_snapshot' })
  surveySnapshot: SurveyDefinition;

  @Column('text', { default: 'baseline' })
  phase: CampaignPhase;

  @Column('text', { default: 'draft' })
  status: CampaignStatus;

  @Column('timestamptz', { name: 'closes_at', nullable: true })
  closesAt: Date | null;

  @Column('timestamptz', { name: 'launched_at', nullable: true })
  launchedAt: Date | null;

  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt: Date | null;

  /** Reminder rounds the coach sent: each counted before it is queued (see ReminderRoundRepository.startReminderRound). */
  @Column('integer', { name: 'reminder_rounds', default: 0 })
  reminderRounds: number;

  /** The latest round known to be in the mail queue; the sweep queues the latest round while it lags `reminderRounds`. */
  @Column('integer', { name: 'reminder_rounds_queued', default: 0 })
  reminderRoundsQueued: number;

  /** When answers still waiting for a batch are folded anyway: a window boundary, never an answer's time. */
  @Column('timestamptz', { name: 'fold_due_at', nullable: true })
  foldDueAt: Date | null;

  /** Answers the last fold left waiting; the sweep settles the campaign when the count differs. */
  @Column('integer', { name: 'answers_waiting', default: 0 })
  answersWaiting: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
