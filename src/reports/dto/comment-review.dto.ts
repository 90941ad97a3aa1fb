import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { COMMENT_KINDS, type CommentKind } from '../../theming/comment.types';
import { REVIEW_DECISIONS, type ReviewDecision } from '../review/comment-review';
import type { CommentReviewView, ReviewedComment, ReviewedCommentResult, ReviewTheme } from '../review/comment-review.service';
import { CommentReviewSummaryDto } from './report.dto';

export class ReviewDecisionDto {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'The report version the decision belongs to; it must not be released yet.' })
  @IsInt({ message: 'must be a whole number of at least 1' })
  @Min(1, { message: 'must be a whole number of at least 1' })
  @Max(999_999_999, { message: 'must be a whole number of at least 1' })
  version: number;

  @ApiProperty({
    enum: REVIEW_DECISIONS,
    description:
      "`confirm` keeps the comment's themes; `move` files it under `themeId` alone; `add_second` adds `themeId` beside its theme; `unthemed` takes every theme from it.",
  })
  @IsIn(REVIEW_DECISIONS, { message: `must be one of: ${REVIEW_DECISIONS.join(', ')}` })
  decision: ReviewDecision;

  @ApiPropertyOptional({ description: 'A theme of the survey: required by `move` and `add_second`.' })
  @IsOptional()
  @IsString({ message: 'must be the id of a theme of the survey' })
  @MaxLength(100, { message: 'must be the id of a theme of the survey' })
  themeId?: string;
}

export class ReviewThemeDto implements ReviewTheme {
  @ApiProperty()
  id: string;

  @ApiProperty()
  title: string;
}

export class ReviewedCommentDto implements ReviewedComment {
  @ApiProperty({ format: 'uuid', description: "The comment's random id, for the decision (it tells nothing of its rater)." })
  id: string;

  @ApiProperty()
  text: string;

  @ApiProperty({ enum: COMMENT_KINDS, description: 'A free comment, or one part of start/stop/continue.' })
  kind: CommentKind;

  @ApiProperty({ type: [String], description: 'Its themes in this version: the coach’s decision where there is one, else what software gave it.' })
  themeIds: string[];

  @ApiProperty({ type: [String], description: 'What software gave it.' })
  engineThemeIds: string[];

  @ApiProperty({ type: String, nullable: true, description: 'A theme not given that scored close to those given.' })
  secondThemeId: string | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: "The calibrated probability that software's themes are exactly right; null for comments themed before it was computed.",
  })
  confidence: number | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'The language it is written in (ISO 639-1), when comment theming cannot read it: software gave it no theme and no confidence, and the coach may file it by hand. Null otherwise.',
  })
  language: string | null;

  @ApiProperty({
    description:
      'Whether comment theming failed on it (a fault of software, logged without the comment): software gave it no theme and confidence 0, and the coach may file it by hand.',
  })
  themingFailed: boolean;

  @ApiProperty({ description: 'Whether software was less sure of it than the review threshold (`reviewBelow`).' })
  needsReview: boolean;

  @ApiProperty({ enum: REVIEW_DECISIONS, nullable: true, description: "The coach's last action on it in this version; null when not reviewed." })
  decision: ReviewDecision | null;

  @ApiProperty({ description: "Whether its themes now differ from software's." })
  changed: boolean;
}

export class CommentReviewDto implements CommentReviewView {
  @ApiProperty({ type: 'integer' })
  version: number;

  @ApiProperty({ description: 'A released version never changes: its review is read-only.' })
  released: boolean;

  @ApiProperty({ description: 'Comments software is less sure of than this are marked for review.' })
  reviewBelow: number;

  @ApiProperty({ type: CommentReviewSummaryDto })
  summary: CommentReviewSummaryDto;

  @ApiProperty({ type: [ReviewThemeDto], description: "The survey's themes, for moving a comment." })
  themes: ReviewThemeDto[];

  @ApiProperty({ type: [ReviewedCommentDto], description: 'The comments the version shows, least confident first; never their rater group, rater or time.' })
  comments: ReviewedCommentDto[];
}

export class ReviewedCommentResultDto implements ReviewedCommentResult {
  @ApiProperty({ type: ReviewedCommentDto })
  comment: ReviewedCommentDto;

  @ApiProperty({ type: CommentReviewSummaryDto })
  summary: CommentReviewSummaryDto;
}
