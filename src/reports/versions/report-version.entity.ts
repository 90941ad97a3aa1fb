import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { CampaignAggregates } from '../../aggregation/aggregate.types';
import { CampaignEntity } from '../../campaigns/campaign.entity';
import type { Report } from '../assembly/report.types';
import type { ShownFigure } from '../disclosure/version-disclosure';
import type { BodyMeta } from './stored-body';

/**
 * A frozen version of a campaign's report. Versions are what anyone reads: the aggregates they were
 * built from and the figures they showed are kept, because every later version must be safe
 * against all of them together.
 */
@Entity('report_versions')
export class ReportVersionEntity {
  @PrimaryColumn('uuid', { name: 'campaign_id' })
  campaignId: string;

  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: CampaignEntity;

  @PrimaryColumn('integer')
  number: number;

  @Column('timestamp with time zone', { name: 'created_at' })
  createdAt: Date;

  /** When the coach released this version to the leader; null while only the coach reads it. */
  @Column('timestamp with time zone', { name: 'released_at', nullable: true })
  releasedAt: Date | null;

  @Column('jsonb')
  frozen: CampaignAggregates;

  @Column('jsonb')
  figures: ShownFigure[];

  @Column('jsonb')
  report: Report;

  /**
   * What the version is served from (see stored-body.ts), filled at its first read; a change of
   * `report` empties them (a trigger, whatever the path of the change).
   */
  @Column('text', { nullable: true })
  body: string | null;

  @Column('jsonb', { name: 'body_meta', nullable: true })
  bodyMeta: BodyMeta | null;

  @Column('bytea', { name: 'gzip_head', nullable: true })
  gzipHead: Buffer | null;

  @Column('bytea', { name: 'gzip_tail', nullable: true })
  gzipTail: Buffer | null;
}
