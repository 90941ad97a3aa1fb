import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GroupProgressDto } from '../../campaigns/dto/campaign-view.dto';
import { unionValues } from '../../common/openapi/union-values';
import { COMMENT_SENTIMENTS } from '../../theming/comment.types';
import type {
  Classification,
  CommentSentiment,
  EmergentTopic,
  ItemHighlight,
  ItemHighlights,
  PriorityEvidence,
  RaterOverview,
  RaterOverviewRow,
  ReportComment,
  ReportPriority,
  StartStopContinueEntry,
  SuggestionCluster,
  SuggestionKind,
  ThemeSuggestions,
} from '../assembly/report.types';

/*
 * What the report finds beyond the scores: comments, start/stop/continue, suggestions, emergent
 * topics, priorities, item highlights and who answered (ReportDto in report.dto.ts holds them).
 */

export const CLASSIFICATIONS = unionValues<Classification>({
  strength: true,
  development_area: true,
  blind_spot: true,
  hidden_strength: true,
  neutral: true,
});

export const COUNTS = { type: 'object', additionalProperties: { type: 'integer' } } as const;

export class ReportCommentDto implements ReportComment {
  @ApiProperty()
  text: string;

  @ApiProperty({ type: String, nullable: true, description: 'The shown bucket it came from, or null when that bucket is not shown.' })
  bucket: string | null;

  @ApiProperty({ enum: COMMENT_SENTIMENTS, description: "'positive': what works; 'constructive': something to do differently." })
  sentiment: CommentSentiment;

  @ApiPropertyOptional({
    description:
      'The language it is written in (ISO 639-1, as `fr`), when comment theming cannot read it: it was given no theme by software. Absent otherwise.',
  })
  language?: string;
}

export class StartStopContinueEntryDto implements StartStopContinueEntry {
  @ApiProperty()
  text: string;

  @ApiProperty({ type: [String] })
  themeIds: string[];

  @ApiProperty({ type: String, nullable: true, description: 'A shown bucket, or null.' })
  bucket: string | null;

  @ApiPropertyOptional({
    description:
      'The language it is written in (ISO 639-1, as `fr`), when comment theming cannot read it: it was given no theme by software. Absent otherwise.',
  })
  language?: string;
}

export class StartStopContinueDto implements Record<SuggestionKind, StartStopContinueEntryDto[]> {
  @ApiProperty({ type: [StartStopContinueEntryDto] })
  start: StartStopContinueEntryDto[];

  @ApiProperty({ type: [StartStopContinueEntryDto] })
  stop: StartStopContinueEntryDto[];

  @ApiProperty({ type: [StartStopContinueEntryDto] })
  continue: StartStopContinueEntryDto[];
}

export class SuggestionClusterDto implements SuggestionCluster {
  @ApiProperty({ type: [String] })
  texts: string[];

  @ApiProperty({ type: 'integer', description: 'How many suggestions say something similar.' })
  count: number;
}

export class ThemeSuggestionsDto implements ThemeSuggestions {
  @ApiProperty({ type: String, nullable: true, description: 'Null for suggestions that fit no theme.' })
  themeId: string | null;

  @ApiProperty()
  title: string;

  @ApiProperty({ type: [SuggestionClusterDto] })
  clusters: SuggestionClusterDto[];
}

export class SuggestionsByThemeDto implements Record<SuggestionKind, ThemeSuggestionsDto[]> {
  @ApiProperty({ type: [ThemeSuggestionsDto] })
  start: ThemeSuggestionsDto[];

  @ApiProperty({ type: [ThemeSuggestionsDto] })
  stop: ThemeSuggestionsDto[];

  @ApiProperty({ type: [ThemeSuggestionsDto] })
  continue: ThemeSuggestionsDto[];
}

export class EmergentTopicDto implements EmergentTopic {
  @ApiProperty()
  label: string;

  @ApiProperty({ type: [String] })
  keywords: string[];

  @ApiProperty({ type: [ReportCommentDto] })
  comments: ReportCommentDto[];
}

export class PriorityEvidenceDto implements PriorityEvidence {
  @ApiProperty({ description: "Others' mean." })
  others: number;

  @ApiProperty({ type: Number, nullable: true })
  self: number | null;

  @ApiProperty({ type: Number, nullable: true })
  gap: number | null;

  @ApiProperty({ type: Number, nullable: true })
  agreement: number | null;

  @ApiProperty({ type: 'integer', description: "The theme's comments." })
  comments: number;

  @ApiProperty({ type: [String], description: "A few of the theme's constructive comments." })
  quotes: string[];
}

/** A theme as the report classifies it: what priorities and programs start from. */
export class ClassifiedThemeDto {
  @ApiProperty({ example: 'communication' })
  themeId: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ enum: CLASSIFICATIONS })
  classification: Classification;
}

export class ReportPriorityDto extends ClassifiedThemeDto implements ReportPriority {
  @ApiProperty({ description: 'Why this theme, in words that agree with the figures beside it.' })
  reason: string;

  @ApiProperty({ type: PriorityEvidenceDto })
  evidence: PriorityEvidenceDto;
}

export class ItemHighlightDto implements ItemHighlight {
  @ApiProperty()
  itemId: string;

  @ApiProperty()
  themeId: string;

  @ApiProperty()
  text: string;

  @ApiProperty()
  others: number;

  @ApiProperty({ type: Number, nullable: true })
  self: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Self minus others, or null without a self rating.' })
  gap: number | null;

  @ApiProperty({ type: Number, nullable: true })
  rwg: number | null;

  @ApiProperty({ ...COUNTS, nullable: true, description: "Others' ratings per scale value, where the anonymity rules allow showing them." })
  distribution: Record<string, number> | null;
}

export class ItemHighlightsDto implements ItemHighlights {
  @ApiProperty({ type: [ItemHighlightDto], description: 'The items others rate highest.' })
  top: ItemHighlightDto[];

  @ApiProperty({ type: [ItemHighlightDto], description: 'The items others rate lowest.' })
  bottom: ItemHighlightDto[];

  @ApiProperty({ type: [ItemHighlightDto], description: 'The largest gaps where the leader rates themself higher.' })
  selfHigher: ItemHighlightDto[];

  @ApiProperty({ type: [ItemHighlightDto], description: 'The largest gaps where others rate the leader higher.' })
  othersHigher: ItemHighlightDto[];

  @ApiProperty({ type: [ItemHighlightDto], description: 'Items others disagree on.' })
  mixedViews: ItemHighlightDto[];
}

export class RaterOverviewRowDto implements RaterOverviewRow {
  @ApiProperty()
  id: string;

  @ApiProperty()
  label: string;

  @ApiProperty({ type: 'integer' })
  invited: number;

  @ApiProperty({ type: 'integer' })
  responded: number;

  @ApiProperty()
  shown: boolean;
}

export class RaterOverviewDto implements RaterOverview {
  @ApiProperty({ type: GroupProgressDto, nullable: true })
  self: GroupProgressDto | null;

  @ApiProperty({ type: [RaterOverviewRowDto] })
  buckets: RaterOverviewRowDto[];

  @ApiProperty({ type: [String], description: 'Why groups were merged or hidden, in plain words.' })
  notes: string[];
}
