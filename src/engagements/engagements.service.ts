import { Injectable } from '@nestjs/common';
import type { Coach } from '../auth/auth.service';
import { notFound } from '../common/domain-error';
import type { CreateEngagementDto } from './dto/create-engagement.dto';
import type { EngagementEntity } from './engagement.entity';
import { EngagementRepository } from './engagement.repository';

export interface EngagementView {
  id: string;
  title: string;
  leader: { name: string; email: string };
  sponsor: { name: string; email: string } | null;
  outcomes: string[];
  phase: string;
  createdAt: string;
}

export function toEngagementView(engagement: EngagementEntity): EngagementView {
  return {
    id: engagement.id,
    title: engagement.title,
    leader: { name: engagement.leaderName, email: engagement.leaderEmail },
    sponsor: engagement.sponsorName && engagement.sponsorEmail ? { name: engagement.sponsorName, email: engagement.sponsorEmail } : null,
    outcomes: engagement.outcomes,
    phase: engagement.phase,
    createdAt: engagement.createdAt.toISOString(),
  };
}

@Injectable()
export class EngagementsService {
  constructor(private readonly engagements: EngagementRepository) {}

  async create(coach: Coach, input: CreateEngagementDto): Promise<EngagementView> {
    return toEngagementView(await this.engagements.create(coach.id, input));
  }

  async list(coach: Coach): Promise<EngagementView[]> {
    return (await this.engagements.listForCoach(coach.id)).map(toEngagementView);
  }

  async get(coach: Coach, id: string): Promise<EngagementView> {
    return toEngagementView(await this.getOwned(coach, id));
  }

  async delete(coach: Coach, id: string): Promise<void> {
    if (!(await this.engagements.deleteOwned(coach.id, id))) throw notFound('Engagement');
  }

  async getOwned(coach: Coach, id: string): Promise<EngagementEntity> {
    const engagement = await this.engagements.findOwned(coach.id, id);
    if (!engagement) throw notFound('Engagement');
    return engagement;
  }
}
