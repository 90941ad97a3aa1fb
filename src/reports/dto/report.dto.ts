import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ApiRecordProperty } from '../../common/openapi/api-record-property';
import { unionValues } from '../../common/openapi/union-values';
import { RATER_GROUP_IDS, type RaterGroupId } from '../../surveys/survey.types';
import {
  CLASSIFICATIONS,
  COUNTS,
  EmergentTopicDto,
  ItemHighlightsDto,
  RaterOverviewDto,
  ReportCommentDto,
  ReportPriorityDto,
  StartStopContinueDto,
  SuggestionsByThemeDto,
} from './report-findings.dto';
import type {
  Classification,
  CommentReviewStatus,
  CommentReviewSummary,
  ItemScoreCell,
  PendingAnswers,
  Report,
  ReportBucket,
  ReportItem,
  ReportTheme,
  ReportVersionInfo,
  ScoreCell,
} from '../assembly/report.types';

/** [low, high], rounded like the figure it brackets. */
const INTERVAL = { type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2, nullable: true } as const;
const SCORES = 'By bucket id, "self" and "others" (everyone but self): the figures, or null where they are withheld to protect anonymity or nobody rated.';

export class ScoreCellDto implements ScoreCell {
  @ApiProperty({ type: 'integer', description: 'Raters who gave at least one rating here.' })
  n: number;

  @ApiProperty({ type: 'integer', description: 'Ratings pooled.' })
  ratings: number;

  @ApiProperty({ description: 'Mean of the ratings, rounded to two decimals.' })
  mean: number;

  @ApiProperty({ type: Number, nullable: true, description: 'Sample standard deviation; null under 2 ratings.' })
  sd: number | null;

  @ApiProperty({ ...INTERVAL, description: 'The 90 % interval of the mean, [low, high]; null with fewer than two raters.' })
  ci90: [number, number] | null;
}

export class ItemScoreCellDto extends ScoreCellDto implements ItemScoreCell {
  @ApiProperty({ type: Number, nullable: true, description: 'Within-group agreement, 0..1; null when n < 2.' })
  rwg: number | null;

  @ApiProperty({ ...COUNTS, description: 'Ratings per scale value.' })
  distribution: Record<string, number>;
}

export class ReportBucketDto implements ReportBucket {
  @ApiProperty({ example: 'peer+other' })
  id: string;

  @ApiProperty({ example: 'Peers and others' })
  label: string;

  @ApiProperty({ enum: RATER_GROUP_IDS, isArray: true })
  groups: RaterGroupId[];

  @ApiProperty({ type: 'integer' })
  responses: number;

  @ApiProperty({ description: 'False when the bucket is below its threshold and only counted inside "others".' })
  shown: boolean;

  @ApiProperty()
  anonymous: boolean;
}

export class ReportThemeDto implements ReportTheme {
  @ApiProperty({ example: 'communication' })
  id: string;

  @ApiProperty()
  title: string;

  @ApiRecordProperty(ScoreCellDto, { nullable: true, description: SCORES })
  scores: Record<string, ScoreCellDto | null>;

  @ApiProperty({ type: Number, nullable: true, description: "Self mean minus others' mean, or null." })
  gap: number | null;

  @ApiProperty({ ...INTERVAL, description: 'The 90 % interval of the gap, [low, high], or null.' })
  gapInterval: [number, number] | null;

  @ApiProperty({
    type: Boolean,
    nullable: true,
    description: 'Whether the gap is reliable enough to call a blind spot or hidden strength; null without a gap.',
  })
  gapReliable: boolean | null;

  @ApiProperty({ enum: CLASSIFICATIONS })
  classification: Classification;

  @ApiProperty()
  classificationReason: string;

  @ApiProperty({ type: Number, nullable: true, description: "Others' agreement: the mean rwg of the theme's items." })
  agreement: number | null;

  @ApiProperty({ type: [ReportCommentDto], description: 'In a random order, never linked to each other.' })
  comments: ReportCommentDto[];
}

export class ReportItemDto implements ReportItem {
  @ApiProperty({ example: 'communication.listens' })
  id: string;

  @ApiProperty()
  themeId: string;

  @ApiProperty()
  text: string;

  @ApiRecordProperty(ItemScoreCellDto, { nullable: true, description: SCORES })
  scores: Record<string, ItemScoreCellDto | null>;
}

export class ReportVersionInfoDto implements ReportVersionInfo {
  @ApiProperty({ type: 'integer', minimum: 1 })
  number: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  releasedAt: string | null;
}

export class PendingAnswersDto implements PendingAnswers {
  @ApiProperty({ type: 'integer', description: 'Answers aggregated since this version that it does not include yet.' })
  answers: number;

  @ApiProperty({
    type: 'integer',
    description:
      'Answers the campaign received that are not folded into its aggregates yet (a campaign-wide count, as progress shows it). While a closed campaign has any, no new version is cut: the next one waits for all of them.',
  })
  unfolded: number;

  @ApiProperty({ type: [String], description: 'Why, in counts only.' })
  notes: string[];

  @ApiProperty({ description: 'Whether reading the report now would cut a new version.' })
  canPublish: boolean;
}

export class ReportScaleDto {
  @ApiProperty({ type: 'integer' })
  min: number;

  @ApiProperty({ type: 'integer' })
  max: number;

  @ApiProperty({ type: [String] })
  labels: string[];
}

/** The themed report: a frozen version, built from aggregates under the anonymity rules. More fields may be added. */
export const COMMENT_REVIEW_STATUSES = unionValues<CommentReviewStatus>({ no_comments: true, not_reviewed: true, partly_reviewed: true, reviewed: true });

export class CommentReviewSummaryDto implements CommentReviewSummary {
  @ApiProperty({ enum: COMMENT_REVIEW_STATUSES, description: 'Whether the coach reviewed the themes software gave the comments of this version.' })
  status: CommentReviewStatus;

  @ApiProperty({ type: 'integer', description: 'Comments this version shows.' })
  comments: number;

  @ApiProperty({ type: 'integer', description: 'Of them, those the coach reviewed.' })
  reviewed: number;

  @ApiProperty({ type: 'integer', description: 'Of them, those whose themes the coach changed.' })
  changed: number;

  @ApiProperty({ description: 'The same in words, as the report page and PDF print it.' })
  statement: string;
}

export class ReportDto implements Report {
  @ApiProperty({ format: 'uuid' })
  campaignId: string;

  @ApiProperty()
  surveyId: string;

  @ApiProperty()
  surveyTitle: string;

  @ApiProperty({ description: "The leader's name." })
  leader: string;

  @ApiProperty({ type: 'integer', description: 'Answers this version is built from.' })
  aggregatedResponses: number;

  @ApiProperty({ type: ReportVersionInfoDto, nullable: true, description: 'Null before the first answer is aggregated.' })
  version: ReportVersionInfoDto | null;

  @ApiProperty({ type: PendingAnswersDto, nullable: true, description: "Newer answers this version leaves out (the coach's reads only)." })
  pending: PendingAnswersDto | null;

  @ApiProperty({ type: RaterOverviewDto })
  raterOverview: RaterOverviewDto;

  @ApiProperty({ type: [ReportBucketDto], description: 'The rater buckets, merged until each shown one meets its threshold.' })
  buckets: ReportBucketDto[];

  @ApiProperty({ type: [String] })
  mergeNotes: string[];

  @ApiProperty({ type: [String], description: "Groups whose comments are held back until enough of them answered (the survey's minCommentResponses)." })
  commentNotes: string[];

  @ApiProperty({ type: CommentReviewSummaryDto })
  commentReview: CommentReviewSummaryDto;

  @ApiProperty({ type: ReportScaleDto })
  scale: ReportScaleDto;

  @ApiProperty({ type: [ReportThemeDto] })
  themes: ReportThemeDto[];

  @ApiProperty({ type: [ReportItemDto] })
  items: ReportItemDto[];

  @ApiProperty({ type: ItemHighlightsDto })
  itemHighlights: ItemHighlightsDto;

  @ApiProperty({ type: [ReportCommentDto], description: 'Comments that fit no theme.' })
  unthemedComments: ReportCommentDto[];

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    description:
      'Of the comments and suggestions shown, how many have no theme because comment theming cannot read their language (each says its `language`). Absent from versions cut before languages were told apart.',
  })
  commentsNotThemedForLanguage?: number;

  @ApiProperty({ type: [EmergentTopicDto], description: 'Unthemed comments that share words with each other.' })
  emergentTopics: EmergentTopicDto[];

  @ApiProperty({ type: StartStopContinueDto })
  startStopContinue: StartStopContinueDto;

  @ApiProperty({ type: SuggestionsByThemeDto, description: 'The same suggestions by theme, similar ones counted together.' })
  suggestionsByTheme: SuggestionsByThemeDto;

  @ApiProperty({ type: [ReportPriorityDto], description: 'The two or three themes to build the program around.' })
  priorities: ReportPriorityDto[];
}
