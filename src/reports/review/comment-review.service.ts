import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Coach } from '../../auth/auth.service';
import type { CampaignEntity } from '../../campaigns/campaign.entity';
import { CampaignsService } from '../../campaigns/campaigns.service';
import { DomainError, notFound } from '../../common/domain-error';
import type { CommentKind } from '../../theming/comment.types';
import { REVIEW_BELOW } from '../../theming/classifier/theme-confidence';
import { commentsShownWith } from '../assembly/report-comments';
import { ReportVersionRepository, type StoredVersion } from '../versions/report-version.repository';
import { rebuiltVersionReport } from '../versions/version-rebuild';
import {
  type CommentReviewSummary,
  leastConfidentFirst,
  type PlacedComment,
  type ReviewAction,
  type ReviewDecision,
  reviewSummary,
  themesAfter,
  withReviewDecisions,
} from './comment-review';
import { CommentReviewRepository } from './comment-review.repository';

export interface ReviewTheme {
  id: string;
  title: string;
}

/** One comment as the review lists it: its text and themes, never its group, rater or time. */
export interface ReviewedComment {
  id: string;
  text: string;
  kind: CommentKind;
  themeIds: string[];
  engineThemeIds: string[];
  secondThemeId: string | null;
  confidence: number | null;
  /** The language theming could not read it in; null when theming read it. */
  language: string | null;
  /** Whether software failed on it (a fault, logged): it has no theme and confidence 0, to be filed by hand. */
  themingFailed: boolean;
  needsReview: boolean;
  decision: ReviewDecision | null;
  changed: boolean;
}

export interface CommentReviewView {
  version: number;
  released: boolean;
  reviewBelow: number;
  summary: CommentReviewSummary;
  themes: ReviewTheme[];
  comments: ReviewedComment[];
}

export interface ReviewedCommentResult {
  comment: ReviewedComment;
  summary: CommentReviewSummary;
}

function reviewedComment(comment: PlacedComment): ReviewedComment {
  const confidence = comment.confidence ?? null;
  return {
    id: comment.id as string,
    text: comment.text,
    kind: comment.kind,
    themeIds: comment.themeIds,
    engineThemeIds: comment.engineThemeIds,
    secondThemeId: comment.secondThemeId ?? null,
    confidence: confidence === null ? null : Math.round(confidence * 100) / 100,
    language: comment.language ?? null,
    themingFailed: comment.themingFailed === true,
    needsReview: confidence === null || confidence < REVIEW_BELOW,
    decision: comment.review?.decision ?? null,
    changed: comment.review?.changed ?? false,
  };
}

/**
 * The coach's review of how software themed a version's comments, before the version is released:
 * the comments it shows, least confident first, and the coach's decision on each. A decision is
 * stored with its version and the version's report is built again with it, figures unchanged.
 */
@Injectable()
export class CommentReviewService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly campaigns: CampaignsService,
    private readonly versions: ReportVersionRepository,
    private readonly reviews: CommentReviewRepository,
  ) {}

  /** The review of version `number`, or of the latest version (never cutting one: the coach reviews what was read). */
  async review(coach: Coach, campaignId: string, number?: number): Promise<CommentReviewView> {
    const campaign = await this.campaigns.getOwned(coach, campaignId);
    const version = number === undefined ? await this.versions.latest(campaign.id) : await this.versions.get(campaign.id, number);
    if (!version) {
      if (number !== undefined) throw notFound(`Report version ${number}`);
      throw new DomainError('Conflict', 'There is no report version to review yet: read the report first');
    }
    const placed = await this.placedComments(campaign, version, this.db);
    return {
      version: version.number,
      released: version.releasedAt !== null,
      reviewBelow: REVIEW_BELOW,
      summary: reviewSummary(placed),
      themes: campaign.surveySnapshot.themes.map((theme) => ({ id: theme.id, title: theme.title })),
      comments: leastConfidentFirst(placed).map(reviewedComment),
    };
  }

  async decide(coach: Coach, campaignId: string, commentId: string, input: ReviewAction & { version: number }): Promise<ReviewedCommentResult> {
    const campaign = await this.campaigns.getOwned(coach, campaignId);
    const survey = campaign.surveySnapshot;
    return this.db.transaction(async (tx) => {
      const version = await this.versions.lockForReview(tx, campaign.id, input.version);
      if (!version) throw notFound(`Report version ${input.version}`);
      if (version.releasedAt)
        throw new DomainError(
          'Conflict',
          `Version ${version.number} was released to the leader and never changes; review the comments of a later version instead`,
        );
      const placed = await this.placedComments(campaign, version, tx);
      const comment = placed.find((candidate) => candidate.id === commentId);
      if (!comment) throw notFound('Comment');
      const themeIds = themesAfter(comment.themeIds, input, survey.themes);
      const at = new Date();
      await this.reviews.save(tx, campaign.id, version.number, { commentId, decision: input.decision, themeIds }, at);
      const decisions = await this.reviews.forVersion(campaign.id, version.number, tx);
      const allComments = withReviewDecisions(await this.versions.commentsUpTo(tx, campaign.id, version.number), decisions);
      const previous = version.number > 1 ? await this.versions.get(campaign.id, version.number - 1, tx) : null;
      const report = rebuiltVersionReport({
        campaignId: campaign.id,
        survey,
        version,
        history: await this.versions.historyBefore(tx, campaign.id, version.number),
        previous: previous?.report ?? null,
        comments: allComments,
      });
      await this.versions.replaceUnreleasedReport(tx, campaign.id, version.number, report);
      const updated = allComments.find((candidate) => candidate.id === commentId) as PlacedComment;
      return { comment: reviewedComment(updated), summary: report.commentReview };
    });
  }

  /** The comments the version shows (never those of a group below its comment threshold), with the version's decisions applied. */
  private async placedComments(campaign: CampaignEntity, version: StoredVersion, db: DataSource | EntityManager): Promise<PlacedComment[]> {
    const comments = await this.versions.commentsUpTo(db, campaign.id, version.number);
    const decisions = await this.reviews.forVersion(campaign.id, version.number, db);
    return withReviewDecisions(commentsShownWith(campaign.surveySnapshot, version.frozen, comments), decisions);
  }
}
