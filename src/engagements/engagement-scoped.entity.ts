import { Column, Index, JoinColumn, ManyToOne } from 'typeorm';
import { EngagementEntity } from './engagement.entity';

/** Rows that belong to one engagement, indexed by it, and deleted with it. */
export abstract class EngagementScopedEntity {
  @Index()
  @Column('uuid', { name: 'engagement_id' })
  engagementId: string;

  @ManyToOne(() => EngagementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id' })
  engagement?: EngagementEntity;
}
