import { ApiProperty } from '@nestjs/swagger';
import { unionValues } from '../../common/openapi/union-values';
import { OutcomeIndicatorDto } from '../../engagements/dto/engagement-view.dto';
import { ThemeFigureDto } from '../../programs/dto/program-view.dto';
import type { GoalStatus } from '../goal-status';
import type { OutcomeReview } from '../outcome-review';
import type { RaterMix, RoundMix } from '../rater-mix';
import type { FollowUpSplit, SplitSide } from '../follow-up-split';
import type { PerceivedChange } from '../review-figures';
import type { GoalReview, PulsePoint, ReviewReport, RoundInfo } from '../review-report';

export const GOAL_STATUSES = unionValues<GoalStatus>({ achieved: true, on_track: true, behind: true, not_measured: true });
const ROUNDS = unionValues<RoundMix['round']>({ baseline: true, midpoint: true, final: true });

export class RoundInfoDto implements RoundInfo {
  @ApiProperty({ format: 'uuid' })
  campaignId: string;

  @ApiProperty({ type: 'integer', nullable: true, description: 'The report version read.' })
  version: number | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  releasedAt: string | null;

  @ApiProperty({ type: 'integer' })
  responses: number;
}

export class ReviewRoundsDto {
  @ApiProperty({ type: RoundInfoDto })
  baseline: RoundInfoDto;

  @ApiProperty({ type: RoundInfoDto, nullable: true })
  midpoint: RoundInfoDto | null;

  @ApiProperty({ type: RoundInfoDto, nullable: true })
  final: RoundInfoDto | null;
}

export class ReviewRulesDto {
  @ApiProperty({ description: 'How a goal status is decided.' })
  status: string;

  @ApiProperty()
  perceivedChange: string;

  @ApiProperty()
  trend: string;

  @ApiProperty()
  followUp: string;

  @ApiProperty()
  outcomes: string;
}

export class PerceivedChangeDto implements PerceivedChange {
  @ApiProperty({ description: "Others' mean on the theme's change question, -3..+3." })
  mean: number;

  @ApiProperty({ type: 'integer' })
  n: number;

  @ApiProperty({ description: 'Share of those raters who answered +1 or more, 0..1.' })
  improvedShare: number;

  @ApiProperty({ description: 'Share of those raters who answered -1 or less, 0..1.' })
  worseShare: number;

  @ApiProperty({ description: 'Net score: the share who saw the leader become more effective minus the share who saw them become less effective, -1..+1.' })
  netScore: number;
}

export class SplitSideDto implements SplitSide {
  @ApiProperty({ type: 'integer' })
  n: number;

  @ApiProperty({ description: 'Share who saw improvement, 0..1.' })
  improvedShare: number;

  @ApiProperty({ description: 'Share better minus share worse, -1..+1.' })
  netScore: number;
}

export class FollowUpSplitDto implements FollowUpSplit {
  @ApiProperty({ type: SplitSideDto, description: "Raters the leader followed up with 'a few times' or 'regularly'." })
  followedUp: SplitSideDto;

  @ApiProperty({ type: SplitSideDto, description: "Raters the leader followed up with 'never' or 'once'." })
  notFollowedUp: SplitSideDto;
}

export class PulsePointDto implements PulsePoint {
  @ApiProperty({ format: 'uuid' })
  campaignId: string;

  @ApiProperty({ enum: ['midpoint', 'final'] })
  phase: 'midpoint' | 'final';

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  launchedAt: string | null;

  @ApiProperty({ type: 'integer', nullable: true, description: 'The report version read.' })
  version: number | null;

  @ApiProperty({ type: PerceivedChangeDto, nullable: true, description: 'Null where the pulse withholds the figure.' })
  change: PerceivedChangeDto | null;

  @ApiProperty({ type: FollowUpSplitDto, nullable: true, description: 'Null until the pulse is closed and the rule in `rules.followUp` allows it.' })
  followUp: FollowUpSplitDto | null;
}

export class PerceivedChangesDto {
  @ApiProperty({ type: PerceivedChangeDto, nullable: true })
  midpoint: PerceivedChangeDto | null;

  @ApiProperty({ type: PerceivedChangeDto, nullable: true })
  final: PerceivedChangeDto | null;
}

export class StatusAtDto {
  @ApiProperty({ enum: GOAL_STATUSES })
  status: GoalStatus;

  @ApiProperty()
  reason: string;
}

export class StatusesAtDto {
  @ApiProperty({ type: StatusAtDto, nullable: true })
  midpoint: StatusAtDto | null;

  @ApiProperty({ type: StatusAtDto, nullable: true })
  final: StatusAtDto | null;
}

export class GoalReviewDto implements GoalReview {
  @ApiProperty()
  themeId: string;

  @ApiProperty()
  title: string;

  @ApiProperty()
  goal: string;

  @ApiProperty()
  target: number;

  @ApiProperty({ type: ThemeFigureDto, nullable: true, description: 'Null where the report withholds the figure.' })
  baseline: ThemeFigureDto | null;

  @ApiProperty({ type: ThemeFigureDto, nullable: true })
  midpoint: ThemeFigureDto | null;

  @ApiProperty({ type: ThemeFigureDto, nullable: true })
  final: ThemeFigureDto | null;

  @ApiProperty({ type: PerceivedChangesDto })
  perceivedChange: PerceivedChangesDto;

  @ApiProperty({ type: [PulsePointDto], description: 'The change seen in every pulse, oldest first.' })
  trend: PulsePointDto[];

  @ApiProperty({ enum: GOAL_STATUSES, description: 'As of the latest review.' })
  status: GoalStatus;

  @ApiProperty()
  statusReason: string;

  @ApiProperty({ type: StatusesAtDto, description: 'As each review stood when it was held.' })
  statusAt: StatusesAtDto;
}

export class OutcomeValuesDto {
  @ApiProperty({ type: Number, nullable: true })
  baseline: number | null;

  @ApiProperty({ type: Number, nullable: true })
  midpoint: number | null;

  @ApiProperty({ type: Number, nullable: true })
  final: number | null;
}

export class OutcomeReviewDto implements OutcomeReview {
  @ApiProperty()
  text: string;

  @ApiProperty({ type: OutcomeIndicatorDto, nullable: true })
  indicator: OutcomeIndicatorDto | null;

  @ApiProperty({ type: String, nullable: true })
  measuredBy: string | null;

  @ApiProperty({ type: OutcomeValuesDto })
  values: OutcomeValuesDto;

  @ApiProperty({ type: Number, nullable: true, description: 'What the indicator compares with its value.' })
  actual: number | null;

  @ApiProperty({ enum: ['midpoint', 'final'], nullable: true })
  measuredAt: 'midpoint' | 'final' | null;

  @ApiProperty({ type: Boolean, nullable: true, description: 'Null when it cannot be told.' })
  met: boolean | null;

  @ApiProperty()
  note: string;
}

export class MixBucketDto {
  @ApiProperty()
  id: string;

  @ApiProperty()
  label: string;

  @ApiProperty({ type: 'integer' })
  responses: number;

  @ApiProperty()
  shown: boolean;
}

export class RoundMixDto implements RoundMix {
  @ApiProperty({ enum: ROUNDS })
  round: RoundMix['round'];

  @ApiProperty({ type: 'integer', description: 'Answers from everyone but the leader.' })
  others: number;

  @ApiProperty({ type: 'integer' })
  self: number;

  @ApiProperty({ type: [MixBucketDto] })
  buckets: MixBucketDto[];
}

export class ChangedAtDto {
  @ApiProperty()
  midpoint: boolean;

  @ApiProperty()
  final: boolean;
}

export class RaterMixDto implements RaterMix {
  @ApiProperty({ description: 'Whether the reviews compare unlike with like.' })
  changed: boolean;

  @ApiProperty({ type: ChangedAtDto })
  changedAt: ChangedAtDto;

  @ApiProperty({ type: [String] })
  notes: string[];

  @ApiProperty({ type: [RoundMixDto] })
  rounds: RoundMixDto[];
}

/** The mid and final review, from report versions only. */
export class ReviewReportDto implements ReviewReport {
  @ApiProperty({ description: "The leader's name." })
  leader: string;

  @ApiProperty({ type: ReviewRoundsDto })
  rounds: ReviewRoundsDto;

  @ApiProperty({ type: ReviewRulesDto })
  rules: ReviewRulesDto;

  @ApiProperty({ type: [GoalReviewDto] })
  goals: GoalReviewDto[];

  @ApiProperty({ type: [OutcomeReviewDto] })
  outcomes: OutcomeReviewDto[];

  @ApiProperty({ type: RaterMixDto })
  raterMix: RaterMixDto;
}
