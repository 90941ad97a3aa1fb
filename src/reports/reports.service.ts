import { Injectable, Logger } from '@nestjs/common';
import type { Coach } from '../auth/auth.service';
import { CampaignRepository } from '../campaigns/campaign.repository';
import type { CampaignEntity } from '../campaigns/campaign.entity';
import { CampaignsService } from '../campaigns/campaigns.service';
import type { CampaignAggregates } from '../aggregation/aggregate.types';
import { AggregationRepository } from '../aggregation/aggregation.repository';
import { DomainError, notFound } from '../common/domain-error';
import { EngagementsService } from '../engagements/engagements.service';
import type { RaterGroupId } from '../surveys/survey.types';
import { isConcurrentCut, ReportVersionRepository, type StoredVersion, type VersionHead } from './versions/report-version.repository';
import { type JsonRepresentation, strongEtag } from '../common/etag';
import { type Coding, representation } from './versions/stored-body';
import { groupsKeptTogether } from './disclosure/bucket-planning';
import { buildReport } from './assembly/report.builder';
import type { PendingAnswers, Report } from './assembly/report.types';
import { cutVersion } from './versions/version-cutting';
import { advanceAggregates, describeWaiting, planVersionStep } from './versions/version-gate';
import { CommentReviewRepository } from './review/comment-review.repository';
import { withReviewDecisions, withReviewStatement } from './review/comment-review';

/** Rolls back a version's transaction when no version could be cut safely. */
class VersionNotSafe extends Error {}

/** The version the latest report serves, and the aggregates as they are now, for what it leaves out. */
interface LatestState {
  version: VersionHead;
  current: CampaignAggregates;
}

export interface VersionSummary {
  number: number;
  createdAt: string;
  releasedAt: string | null;
  responses: number;
}

/**
 * Reports are read as frozen versions, never built afresh on each request: the first read of a
 * campaign's report cuts version 1, and a read that finds enough new answers cuts the next one.
 * Each version is built from aggregates and unlinked comments only, and is checked against all
 * earlier versions so that comparing them singles out no one.
 */
@Injectable()
export class ReportsService {
  private readonly logger = new Logger(ReportsService.name);

  constructor(
    private readonly campaigns: CampaignsService,
    private readonly campaignRows: CampaignRepository,
    private readonly engagements: EngagementsService,
    private readonly aggregates: AggregationRepository,
    private readonly versions: ReportVersionRepository,
    private readonly reviews: CommentReviewRepository,
  ) {}

  /**
   * The frozen aggregates of every version up to `number`, for figures beyond the report that
   * must be checked against all of them (the review's follow-up split). The caller has tied the
   * campaign to its coach or engagement already.
   */
  frozenUpTo(campaignId: string, number: number): Promise<CampaignAggregates[]> {
    return this.versions.frozenUpTo(campaignId, number);
  }

  /** The latest version (cutting a new one when answers allow), or version `number` as it was frozen. */
  async report(coach: Coach, campaignId: string, number?: number): Promise<Report> {
    const campaign = await this.campaigns.getOwned(coach, campaignId);
    if (number !== undefined) {
      const version = await this.versions.get(campaign.id, number);
      if (!version) throw notFound(`Report version ${number}`);
      const current = await this.aggregates.loadAggregates(campaign.id);
      return { ...withReviewStatement(version.report), pending: this.pending(campaign, { version, current }) };
    }
    const latest = await this.latestCutting(campaign, coach);
    const version = latest && (await this.versions.get(campaign.id, latest.version.number));
    if (latest && version) return { ...withReviewStatement(version.report), pending: this.pending(campaign, latest) };
    return this.emptyReport(campaign, coach);
  }

  /**
   * The report's JSON as it is served, in `coding`: the latest version with what it leaves out in
   * `pending`, or version `number` as it was frozen, byte for byte (`pending` null in it, since
   * what came after is the latest report's to say). Both come from what was stored for the
   * version (see stored-body.ts): nothing large is parsed, serialized, hashed or compressed.
   */
  async reportJson(coach: Coach, campaignId: string, coding: Coding, number?: number): Promise<JsonRepresentation> {
    const campaign = await this.campaigns.getOwned(coach, campaignId);
    if (number !== undefined) {
      const stored = await this.versions.storedBody(campaign.id, number, coding);
      if (stored === null) throw notFound(`Report version ${number}`);
      return representation(stored, coding);
    }
    const latest = await this.latestCutting(campaign, coach);
    const stored = latest && (await this.versions.storedBody(campaign.id, latest.version.number, coding));
    if (latest && stored) return representation(stored, coding, this.pending(campaign, latest));
    const empty = JSON.stringify(await this.emptyReport(campaign, coach));
    return { body: empty, etag: strongEtag(empty), encoding: 'identity' };
  }

  /** Before the first answer is aggregated: who was asked, and no figure at all (nothing to freeze). */
  private async emptyReport(campaign: CampaignEntity, coach: Coach): Promise<Report> {
    const engagement = await this.engagements.getOwned(coach, campaign.engagementId);
    const report = buildReport({
      campaignId: campaign.id,
      survey: campaign.surveySnapshot,
      leaderName: engagement.leaderName,
      aggregates: { responses: {}, items: {}, themes: {} },
      comments: [],
      invited: await this.invitedPerGroup(campaign.id),
    });
    return { ...report, pending: { answers: 0, notes: ['No answers have been aggregated yet.'], canPublish: false } };
  }

  async list(coach: Coach, campaignId: string): Promise<{ versions: VersionSummary[] }> {
    const campaign = await this.campaigns.getOwned(coach, campaignId);
    const rows = await this.versions.list(campaign.id);
    return {
      versions: rows.map((row) => ({
        number: row.number,
        createdAt: row.createdAt.toISOString(),
        releasedAt: row.releasedAt?.toISOString() ?? null,
        responses: row.responses,
      })),
    };
  }

  /** Releases a version to the leader (the latest when none is named); it stays frozen for good. */
  async release(coach: Coach, campaignId: string, number?: number): Promise<VersionSummary> {
    const campaign = await this.campaigns.getOwned(coach, campaignId);
    const version = number === undefined ? (await this.latestCutting(campaign, coach))?.version : await this.versions.get(campaign.id, number);
    if (!version)
      throw number === undefined
        ? new DomainError('Conflict', 'There is no report to release yet: no answers have been aggregated')
        : notFound(`Report version ${number}`);
    await this.versions.release(campaign.id, version.number, new Date());
    const released = (await this.versions.get(campaign.id, version.number)) as StoredVersion;
    return {
      number: released.number,
      createdAt: released.createdAt.toISOString(),
      releasedAt: released.releasedAt?.toISOString() ?? null,
      responses: released.report.aggregatedResponses,
    };
  }

  /**
   * A version the coach released to the leader (`number`, or the latest released) as it was
   * frozen, or null. For the leader's and sponsor's views and the program, whose callers have
   * tied the campaign to their engagement already; reading it never cuts a version.
   */
  async released(campaignId: string, number?: number): Promise<Report | null> {
    const version = number === undefined ? await this.versions.latestReleased(campaignId) : await this.versions.get(campaignId, number);
    return version?.releasedAt ? { ...withReviewStatement(version.report), pending: null } : null;
  }

  private async latestCutting(campaign: CampaignEntity, coach: Coach): Promise<LatestState | null> {
    try {
      return await this.cutIfPossible(campaign, coach);
    } catch (error) {
      // Two readers cut the same version at once: the other one's is as good. A version that
      // cannot be made safe is not cut (its transaction, comment releases included, rolls back).
      if (!isConcurrentCut(error) && !(error instanceof VersionNotSafe)) throw error;
      const [version, current] = await Promise.all([this.versions.latestHead(campaign.id), this.aggregates.loadAggregates(campaign.id)]);
      return version && { version, current };
    }
  }

  /** Cuts the next version when answers allow; the latest version either way (none before the first answer). */
  private async cutIfPossible(campaign: CampaignEntity, coach: Coach): Promise<LatestState | null> {
    const survey = campaign.surveySnapshot;
    const started = Date.now();
    const outcome = await this.versions.cut(campaign.id, async (tx, current, history, latest) => {
      const step = planVersionStep(survey, latest?.frozen.responses ?? null, current.responses);
      if (step.advancing.length === 0) return { latest: latest && { version: latest, current }, cut: null };
      const [engagement, invited] = await Promise.all([this.engagements.getOwned(coach, campaign.engagementId), this.invitedPerGroup(campaign.id)]);
      const number = (latest?.number ?? 0) + 1;
      const createdAt = new Date();
      const frozen = advanceAggregates(survey, latest?.frozen ?? null, current, step.advancing);
      await this.versions.releaseComments(tx, campaign.id, step.advancing, number);
      // The coach's decisions on the comments of the version before carry over to the same comments:
      // a comment reads the same in both, and the leader should not see one move back.
      const decisions = latest ? await this.reviews.forVersion(campaign.id, latest.number, tx) : [];
      const keepTogether = latest ? groupsKeptTogether(await this.versions.buckets(tx, campaign.id, latest.number)) : [];
      const comments = withReviewDecisions(await this.versions.commentsUpTo(tx, campaign.id, number), decisions);
      const cut = cutVersion({
        survey,
        history: await history(),
        frozen,
        build: (forcedSuppressions) =>
          buildReport({
            campaignId: campaign.id,
            survey,
            leaderName: engagement.leaderName,
            aggregates: frozen,
            comments,
            invited,
            version: { number, createdAt: createdAt.toISOString(), releasedAt: null },
            forcedSuppressions,
            keepTogether,
          }),
      });
      if (!cut) {
        this.logger.warn(`report version ${number} not cut: it would reveal fewer raters than a threshold whatever it withheld`);
        throw new VersionNotSafe();
      }
      await this.versions.insert(tx, campaign.id, { number, createdAt, frozen, figures: cut.figures, report: cut.report });
      if (latest) await this.reviews.carryForward(tx, campaign.id, latest.number, number);
      return { latest: { version: { number, frozen }, current }, cut: { number, forced: cut.forced.length, advancing: step.advancing } };
    });
    if (outcome.cut)
      this.logger.log(
        `report version ${outcome.cut.number} cut in ${Date.now() - started} ms (${outcome.cut.advancing.length} group(s) brought up to date, ${outcome.cut.forced} figure(s) withheld against earlier versions)`,
      );
    return outcome.latest;
  }

  /** What newer answers a version leaves out, and why: counts per group only. */
  private pending(campaign: CampaignEntity, { version, current }: LatestState): PendingAnswers {
    const step = planVersionStep(campaign.surveySnapshot, version.frozen.responses, current.responses);
    const groups = Object.keys(current.responses) as RaterGroupId[];
    const answers = groups.reduce((total, group) => total + Math.max(0, (current.responses[group] ?? 0) - (version.frozen.responses[group] ?? 0)), 0);
    const label = (group: RaterGroupId): string => campaign.surveySnapshot.groups.find((candidate) => candidate.id === group)?.label ?? group;
    const notes = [
      ...(step.advancing.length > 0 ? [`Newer answers from ${step.advancing.map(label).join(', ')} are in version ${version.number + 1} and later.`] : []),
      ...describeWaiting(step.waiting),
    ];
    return { answers, notes, canPublish: step.advancing.length > 0 };
  }

  private async invitedPerGroup(campaignId: string): Promise<Partial<Record<RaterGroupId, number>>> {
    const rows = await this.campaignRows.progress(campaignId);
    return Object.fromEntries(rows.map((row) => [row.groupId, row.invited]));
  }
}
