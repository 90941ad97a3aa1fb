import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Coach } from '../auth/auth.service';
import { CampaignRepository } from '../campaigns/campaign.repository';
import type { CampaignEntity } from '../campaigns/campaign.entity';
import { closedForAnswers } from '../campaigns/closed-for-answers';
import { CampaignsService } from '../campaigns/campaigns.service';
import type { CampaignAggregates } from '../aggregation/aggregate.types';
import { AggregationRepository, type FoldState } from '../aggregation/aggregation.repository';
import { DomainError, notFound } from '../common/domain-error';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { EngagementsService } from '../engagements/engagements.service';
import type { RaterGroupId } from '../surveys/survey.types';
import { holdsVersions, pendingAnswers } from './versions/pending-answers';
import { isConcurrentCut, ReportVersionRepository, type StoredVersion, type VersionHead } from './versions/report-version.repository';
import { type JsonRepresentation, strongEtag } from '../common/etag';
import { type Coding, representation } from './versions/stored-body';
import { groupsKeptTogether } from './disclosure/bucket-planning';
import { buildReport } from './assembly/report.builder';
import type { PendingAnswers, Report } from './assembly/report.types';
import { cutVersion } from './versions/version-cutting';
import { advanceAggregates, planVersionStep } from './versions/version-gate';
import { CommentReviewRepository } from './review/comment-review.repository';
import { withReviewDecisions, withReviewStatement } from './review/comment-review';

/** How often a read waiting for a closed campaign's fold looks again. */
const FOLD_POLL_MS = 200;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Rolls back a version's transaction when no version could be cut safely. */
class VersionNotSafe extends Error {}

/**
 * The version the latest report serves (none before the first), and, of the same moment, the
 * aggregates and what is not folded yet, for what it leaves out.
 */
interface LatestState {
  version: VersionHead | null;
  current: CampaignAggregates;
  fold: FoldState;
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
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'reportFoldWaitMs'>,
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
      const [current, fold, latestNumber] = await Promise.all([
        this.aggregates.loadAggregates(campaign.id),
        this.aggregates.foldState(campaign.id),
        this.versions.latestNumber(campaign.id),
      ]);
      const pending = pendingAnswers({ survey: campaign.surveySnapshot, version, latest: version.number === latestNumber, current, fold });
      return { ...withReviewStatement(version.report), pending };
    }
    const latest = await this.latestCutting(campaign, coach);
    const version = latest.version && (await this.versions.get(campaign.id, latest.version.number));
    if (version) return { ...withReviewStatement(version.report), pending: this.pending(campaign, latest) };
    return this.emptyReport(campaign, coach, latest);
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
    const stored = latest.version && (await this.versions.storedBody(campaign.id, latest.version.number, coding));
    if (stored) return representation(stored, coding, this.pending(campaign, latest));
    const empty = JSON.stringify(await this.emptyReport(campaign, coach, latest));
    return { body: empty, etag: strongEtag(empty), encoding: 'identity' };
  }

  /**
   * Before the first version: who was asked, and no figure at all. Nothing is aggregated yet, or
   * the campaign is closed and its first version waits for the answers still folding.
   */
  private async emptyReport(campaign: CampaignEntity, coach: Coach, latest: LatestState): Promise<Report> {
    const engagement = await this.engagements.getOwned(coach, campaign.engagementId);
    const report = buildReport({
      campaignId: campaign.id,
      survey: campaign.surveySnapshot,
      leaderName: engagement.leaderName,
      aggregates: { responses: {}, items: {}, themes: {} },
      comments: [],
      invited: await this.invitedPerGroup(campaign.id),
    });
    return { ...report, pending: this.pending(campaign, { ...latest, version: null }) };
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
    const latest = number === undefined ? await this.latestCutting(campaign, coach) : null;
    const version = latest ? latest.version : await this.versions.get(campaign.id, number as number);
    if (!version) {
      if (!latest) throw notFound(`Report version ${number}`);
      const why = holdsVersions(latest.fold) ? 'the answers are still being added to it' : 'no answers have been aggregated';
      throw new DomainError('Conflict', `There is no report to release yet: ${why}`);
    }
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

  private async latestCutting(campaign: CampaignEntity, coach: Coach): Promise<LatestState> {
    await this.closeFoldOrTimeout(campaign);
    try {
      return await this.cutIfPossible(campaign, coach);
    } catch (error) {
      // Two readers cut the same version at once: the other one's is as good. A version that
      // cannot be made safe is not cut (its transaction, comment releases included, rolls back).
      if (!isConcurrentCut(error) && !(error instanceof VersionNotSafe)) throw error;
      return this.versions.cut(campaign.id, async (tx, current, _history, version) => ({
        version,
        current,
        fold: await this.aggregates.foldState(campaign.id, tx),
      }));
    }
  }

  /**
   * A coach often reads the report right after closing the campaign, while a worker still folds
   * what the close left: rather than the version before with a note, the read waits a little for
   * that fold (up to REPORT_FOLD_WAIT_MS), looking again every FOLD_POLL_MS with one small query
   * and holding no connection or lock in between. An open campaign never waits.
   */
  private async closeFoldOrTimeout(campaign: CampaignEntity): Promise<void> {
    if (!closedForAnswers(campaign) || this.config.reportFoldWaitMs <= 0) return;
    const deadline = Date.now() + this.config.reportFoldWaitMs;
    while (holdsVersions(await this.aggregates.foldState(campaign.id)) && Date.now() < deadline) await sleep(Math.min(FOLD_POLL_MS, deadline - Date.now()));
  }

  /**
   * Cuts the next version when answers allow; the latest version either way (none before the first
   * answer). A campaign that takes no more answers gets no version while some it received are still
   * folding: the version waits for them, the read serves the one before, and says so.
   */
  private async cutIfPossible(campaign: CampaignEntity, coach: Coach): Promise<LatestState> {
    const survey = campaign.surveySnapshot;
    const started = Date.now();
    const outcome = await this.versions.cut(campaign.id, async (tx, current, history, latest) => {
      const fold = await this.aggregates.foldState(campaign.id, tx);
      const step = planVersionStep(survey, latest?.frozen ?? null, current);
      if (step.advancing.length === 0 || holdsVersions(fold)) return { latest: { version: latest, current, fold }, cut: null };
      const [engagement, invited] = await Promise.all([this.engagements.getOwned(coach, campaign.engagementId), this.invitedPerGroup(campaign.id)]);
      const number = (latest?.number ?? 0) + 1;
      const createdAt = new Date();
      const frozen = advanceAggregates(survey, latest?.frozen ?? null, current, step.advancing);
      // Interviews before comments: a removal locks them in that order too, so neither waits on the other in a circle.
      await this.versions.countInterviews(tx, campaign.id, step.advancing, number);
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
      return { latest: { version: { number, frozen }, current, fold }, cut: { number, forced: cut.forced.length, advancing: step.advancing } };
    });
    if (outcome.cut)
      this.logger.log(
        `report version ${outcome.cut.number} cut in ${Date.now() - started} ms (${outcome.cut.advancing.length} group(s) brought up to date, ${outcome.cut.forced} figure(s) withheld against earlier versions)`,
      );
    return outcome.latest;
  }

  /** What the latest version (or the empty report) leaves out, and why: counts per group, and one count of what is still folding. */
  private pending(campaign: CampaignEntity, { version, current, fold }: LatestState): PendingAnswers {
    return pendingAnswers({ survey: campaign.surveySnapshot, version, latest: true, current, fold });
  }

  private async invitedPerGroup(campaignId: string): Promise<Partial<Record<RaterGroupId, number>>> {
    const rows = await this.campaignRows.progress(campaignId);
    return Object.fromEntries(rows.map((row) => [row.groupId, row.invited]));
  }
}
