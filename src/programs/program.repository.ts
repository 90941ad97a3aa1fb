import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ProgramEntity } from './program.entity';
import type { ProgramContent, StoredProgram } from './program.types';

const toStored = (row: ProgramEntity): StoredProgram => ({
  engagementId: row.engagementId,
  baselineCampaignId: row.baselineCampaignId,
  baselineVersion: row.baselineVersion,
  goals: row.goals,
  plan: row.plan,
  milestones: row.milestones,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

@Injectable()
export class ProgramRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async find(engagementId: string): Promise<StoredProgram | null> {
    const row = await this.db.getRepository(ProgramEntity).findOneBy({ engagementId });
    return row ? toStored(row) : null;
  }

  /** One program per engagement: saving again replaces it (its check-ins stay). */
  async save(engagementId: string, content: ProgramContent): Promise<void> {
    await this.db.query(
      `INSERT INTO programs (engagement_id, baseline_campaign_id, baseline_version, goals, plan, milestones)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (engagement_id) DO UPDATE SET baseline_campaign_id = EXCLUDED.baseline_campaign_id, baseline_version = EXCLUDED.baseline_version,
         goals = EXCLUDED.goals, plan = EXCLUDED.plan, milestones = EXCLUDED.milestones, updated_at = now()`,
      [
        engagementId,
        content.baselineCampaignId,
        content.baselineVersion,
        JSON.stringify(content.goals),
        JSON.stringify(content.plan),
        JSON.stringify(content.milestones),
      ],
    );
  }
}
