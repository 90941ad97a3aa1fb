import { Injectable } from '@nestjs/common';
import type { Coach } from '../../auth/auth.service';
import { DomainError, invalidInput, notFound } from '../../common/domain-error';
import { EngagementsService } from '../../engagements/engagements.service';
import type { RaterGroupId } from '../../surveys/survey.types';
import type { CampaignEntity } from '../campaign.entity';
import { CampaignRepository } from '../campaign.repository';
import { CampaignsService } from '../campaigns.service';
import { type GroupGuidance, groupGuidance } from '../raters/group-guidance';
import type { NominatedRater, NominationEntity, NominationStatus } from './nomination.entity';
import { checkNominees, type NominationAction, nominationRefusal, statusAfterLeaderEdit } from './nomination-rules';
import { type LockedNomination, NominationRepository } from './nomination.repository';

/** A proposal as the leader and the coach read it; never who answered. */
export interface NominationView {
  campaignId: string;
  title: string;
  status: NominationStatus | 'none';
  /** Whether the campaign has launched: then nobody changes the proposal, and only the coach adds raters. */
  locked: boolean;
  coachNote: string | null;
  raters: NominatedRater[];
  /** Each group with its minimum for anonymity and recommended count; `count` adds the proposal, while it can be approved, to the raters already asked. */
  groups: GroupGuidance[];
}

/**
 * The leader proposes raters for a campaign before launch; the coach edits the proposal, approves
 * it (its raters become the campaign's) or sends it back with a note. Every change holds the
 * campaign's row, so a launch locks the list for good.
 */
@Injectable()
export class NominationsService {
  constructor(
    private readonly nominations: NominationRepository,
    private readonly campaigns: CampaignRepository,
    private readonly campaignsService: CampaignsService,
    private readonly engagements: EngagementsService,
  ) {}

  async forCoach(coach: Coach, campaignId: string): Promise<NominationView> {
    return this.view(await this.campaignsService.getOwned(coach, campaignId));
  }

  async forLeader(engagementId: string, campaignId: string): Promise<NominationView> {
    return this.view(await this.leadersCampaign(engagementId, campaignId));
  }

  /** The engagement's campaigns that are still drafts, each with where its proposal stands: what the leader may nominate for. */
  async openToLeader(engagementId: string): Promise<NominationView[]> {
    const drafts = (await this.campaigns.listForEngagement(engagementId)).filter((campaign) => campaign.status === 'draft');
    return Promise.all(drafts.map((campaign) => this.view(campaign)));
  }

  /** The leader's proposal, replaced whole (the pages add and remove one rater at a time through it). */
  async proposeByLeader(engagementId: string, campaignId: string, raters: readonly { name: string; email: string; group: string }[]): Promise<NominationView> {
    const campaign = await this.leadersCampaign(engagementId, campaignId);
    const checked = await this.checked(campaign, raters);
    await this.nominations.withCampaignLocked(campaign.id, async (locked, tx) => {
      this.refuseUnless('leader_edit', locked.campaign, locked.nomination);
      await this.nominations.save(tx, campaign.id, {
        status: statusAfterLeaderEdit(locked.nomination?.status ?? null),
        raters: checked,
        coachNote: locked.nomination?.coachNote ?? null,
      });
    });
    return this.view(campaign);
  }

  async submitByLeader(engagementId: string, campaignId: string): Promise<NominationView> {
    const campaign = await this.leadersCampaign(engagementId, campaignId);
    await this.nominations.withCampaignLocked(campaign.id, async (locked, tx) => {
      this.refuseUnless('leader_submit', locked.campaign, locked.nomination);
      const raters = locked.nomination?.raters ?? [];
      if (raters.length === 0) throw invalidInput(['raters: propose at least one rater before sending the list to your coach']);
      await this.nominations.save(tx, campaign.id, { status: 'submitted', raters, coachNote: null });
    });
    return this.view(campaign);
  }

  /** The coach corrects the proposal the leader sent, before deciding on it. */
  async editByCoach(coach: Coach, campaignId: string, raters: readonly { name: string; email: string; group: string }[]): Promise<NominationView> {
    const campaign = await this.campaignsService.getOwned(coach, campaignId);
    const checked = await this.checked(campaign, raters);
    await this.nominations.withCampaignLocked(campaign.id, async (locked, tx) => {
      this.refuseUnless('coach_edit', locked.campaign, locked.nomination);
      await this.nominations.save(tx, campaign.id, { status: 'submitted', raters: checked, coachNote: null });
    });
    return this.view(campaign);
  }

  /** The proposal's raters become the campaign's raters, in the same transaction that marks it approved. */
  async approve(coach: Coach, campaignId: string): Promise<NominationView> {
    const campaign = await this.campaignsService.getOwned(coach, campaignId);
    await this.nominations.withCampaignLocked(campaign.id, async (locked, tx) => {
      const nomination = this.sentProposal('approve', locked);
      const duplicates = await this.nominations.addToCampaign(tx, campaign.id, nomination.raters);
      if (duplicates.length > 0)
        throw new DomainError('Conflict', `Already a rater in this campaign: ${duplicates.join(', ')}. Take them out of the proposal, then approve it.`);
      await this.nominations.save(tx, campaign.id, { status: 'approved', raters: [], coachNote: null });
    });
    return this.view(campaign);
  }

  async sendBack(coach: Coach, campaignId: string, note: string): Promise<NominationView> {
    const campaign = await this.campaignsService.getOwned(coach, campaignId);
    await this.nominations.withCampaignLocked(campaign.id, async (locked, tx) => {
      const nomination = this.sentProposal('return', locked);
      await this.nominations.save(tx, campaign.id, { status: 'returned', raters: nomination.raters, coachNote: note.trim() });
    });
    return this.view(campaign);
  }

  /** The leader's engagement's campaign; anyone else's is "not found". */
  private async leadersCampaign(engagementId: string, campaignId: string): Promise<CampaignEntity> {
    const campaign = await this.campaigns.findById(campaignId);
    if (!campaign || campaign.engagementId !== engagementId) throw notFound('Campaign');
    return campaign;
  }

  private async checked(campaign: CampaignEntity, raters: readonly { name: string; email: string; group: string }[]): Promise<NominatedRater[]> {
    const engagement = await this.engagements.getById(campaign.engagementId);
    const existing = await this.campaigns.listRaters(campaign.id);
    const { raters: checked, problems } = checkNominees(raters, {
      groups: campaign.surveySnapshot.groups,
      leaderEmail: engagement.leaderEmail,
      existingEmails: existing.map((rater) => rater.email),
    });
    if (problems.length > 0) throw invalidInput(problems);
    return checked;
  }

  private refuseUnless(action: NominationAction, campaign: CampaignEntity['status'], nomination: NominationEntity | null): void {
    const refusal = nominationRefusal(action, { campaign, nomination: nomination?.status ?? null });
    if (refusal) throw new DomainError(campaign === 'draft' ? 'Conflict' : 'CampaignNotDraft', refusal);
  }

  /** The proposal the leader sent, for the coach to decide on; refused as `nominationRefusal` says otherwise. */
  private sentProposal(action: 'approve' | 'return', locked: LockedNomination): NominationEntity {
    this.refuseUnless(action, locked.campaign, locked.nomination);
    if (!locked.nomination) throw new DomainError('Conflict', 'There is no proposal waiting for you: the leader has not sent one.');
    return locked.nomination;
  }

  private async view(campaign: CampaignEntity): Promise<NominationView> {
    const [nomination, existing] = await Promise.all([this.nominations.find(campaign.id), this.campaigns.listRaters(campaign.id)]);
    const raters = nomination?.raters ?? [];
    const locked = campaign.status !== 'draft';
    // A proposal counts towards its groups only while it can still be approved.
    const counts: Partial<Record<RaterGroupId, number>> = {};
    for (const group of [...existing.map((rater) => rater.groupId), ...(locked ? [] : raters.map((rater) => rater.group))])
      counts[group] = (counts[group] ?? 0) + 1;
    return {
      campaignId: campaign.id,
      title: campaign.surveySnapshot.title,
      status: nomination?.status ?? 'none',
      locked,
      coachNote: nomination?.coachNote ?? null,
      raters,
      groups: groupGuidance(campaign.surveySnapshot.groups, counts),
    };
  }
}
