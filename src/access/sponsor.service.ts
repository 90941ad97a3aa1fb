import { Injectable } from '@nestjs/common';
import type { Coach } from '../auth/auth.service';
import type { EngagementEntity } from '../engagements/engagement.entity';
import { EngagementsService, toEngagementView } from '../engagements/engagements.service';
import { ProgramsService } from '../programs/programs.service';
import { ReviewsService } from '../reviews/reviews.service';
import type { SponsorShare } from './access.repository';
import { AccessService } from './access.service';
import { buildSponsorAgenda, type SponsorAgenda } from './sponsor-agenda';

/** The sponsor's agendas, from what the leader shared and the versions the coach released. */
@Injectable()
export class SponsorService {
  constructor(
    private readonly engagements: EngagementsService,
    private readonly programs: ProgramsService,
    private readonly reviews: ReviewsService,
    private readonly access: AccessService,
  ) {}

  async agenda(engagementId: string): Promise<SponsorAgenda> {
    return this.agendaOf(await this.engagements.getById(engagementId));
  }

  /** What the sponsor sees right now, for the coach preparing the meetings. */
  async agendaForCoach(coach: Coach, engagementId: string): Promise<SponsorAgenda> {
    return this.agendaOf(await this.engagements.getOwned(coach, engagementId));
  }

  /** What the sponsor would see if the leader shared `share`: the leader previews it before saving. */
  async agendaIfShared(engagementId: string, share: SponsorShare): Promise<SponsorAgenda> {
    return this.agendaOf(await this.engagements.getById(engagementId), share);
  }

  private async agendaOf(engagement: EngagementEntity, shareOverride?: SponsorShare): Promise<SponsorAgenda> {
    const [share, program, review] = await Promise.all([
      shareOverride ?? this.access.share(engagement.id),
      this.programs.find(engagement.id),
      this.reviews.released(engagement),
    ]);
    return buildSponsorAgenda({
      title: engagement.title,
      leader: engagement.leaderName,
      sponsor: engagement.sponsorName,
      share,
      goals: program?.goals ?? null,
      milestones: program?.milestones ?? [],
      outcomes: toEngagementView(engagement, this.engagements.outcomeScopes()).outcomes,
      review,
    });
  }
}
