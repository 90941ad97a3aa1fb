import type { RaterGroupId } from '../../surveys/survey.types';

/** The report JSON of the public contract (DESIGN.md, "Report JSON"). */
export interface ScoreCell {
  n: number;
  ratings: number;
  mean: number;
  sd: number | null;
  /** The 90 % interval of the mean, from the figures above (see mean-interval.ts); null with fewer than two raters. */
  ci90: [number, number] | null;
}

export interface ItemScoreCell extends ScoreCell {
  rwg: number | null;
  /** Ratings per scale value, only where the anonymity rules allow showing the cell. */
  distribution: Record<string, number>;
}

export interface ReportBucket {
  id: string;
  label: string;
  groups: RaterGroupId[];
  responses: number;
  /** False when the bucket is below threshold and only counted inside "others". */
  shown: boolean;
  anonymous: boolean;
}

export type Classification = 'strength' | 'development_area' | 'blind_spot' | 'hidden_strength' | 'neutral';

import type { CommentSentiment } from '../../theming/comment.types';
import type { CommentReviewStatus, CommentReviewSummary } from '../review/comment-review';

export type { CommentReviewStatus, CommentReviewSummary };

export type { CommentSentiment };

export interface ReportComment {
  text: string;
  /** The shown bucket the comment came from, or null when that bucket is not shown. */
  bucket: string | null;
  sentiment: CommentSentiment;
  /** The language it is written in (ISO 639-1), when theming cannot read it; absent otherwise. */
  language?: string;
}

export interface ReportTheme {
  id: string;
  title: string;
  scores: Record<string, ScoreCell | null>;
  gap: number | null;
  /** The 90 % interval of the gap, and whether the gap is reliable enough to call a blind spot or hidden strength. */
  gapInterval: [number, number] | null;
  gapReliable: boolean | null;
  classification: Classification;
  classificationReason: string;
  /** Others' agreement on the theme: the mean rwg of its items, or null. */
  agreement: number | null;
  comments: ReportComment[];
}

export interface ReportItem {
  id: string;
  themeId: string;
  text: string;
  scores: Record<string, ItemScoreCell | null>;
}

export interface StartStopContinueEntry {
  text: string;
  themeIds: string[];
  /** As for comments: a shown bucket, or null. The boss's suggestions say they are the boss's. */
  bucket: string | null;
  /** As for comments: its language, when theming cannot read it. */
  language?: string;
}

export type SuggestionKind = 'start' | 'stop' | 'continue';

/** Suggestions that say something similar, counted: "4 people suggested delegating more". */
export interface SuggestionCluster {
  texts: string[];
  count: number;
}

export interface ThemeSuggestions {
  /** Null for suggestions that fit no theme. */
  themeId: string | null;
  title: string;
  clusters: SuggestionCluster[];
}

/** Comments that fit no theme but share words with each other. */
export interface EmergentTopic {
  label: string;
  keywords: string[];
  comments: ReportComment[];
}

export interface PriorityEvidence {
  others: number;
  self: number | null;
  gap: number | null;
  /** Others' agreement (mean rwg of the theme's items), or null. */
  agreement: number | null;
  comments: number;
  /** A few of the theme's constructive comments, as they appear in the report. */
  quotes: string[];
}

export interface ReportPriority {
  themeId: string;
  title: string;
  classification: Classification;
  reason: string;
  evidence: PriorityEvidence;
}

/** One item as a highlight list shows it; figures are those the item's scores show. */
export interface ItemHighlight {
  itemId: string;
  themeId: string;
  text: string;
  others: number;
  self: number | null;
  /** self - others, or null without a self rating. */
  gap: number | null;
  rwg: number | null;
  /** Counts per scale value among others, only when the anonymity rules allow showing them. */
  distribution: Record<string, number> | null;
}

export interface ItemHighlights {
  /** The items others rate highest and lowest. */
  top: ItemHighlight[];
  bottom: ItemHighlight[];
  /** The largest gaps: the leader rates themself higher (selfHigher) or lower (othersHigher). */
  selfHigher: ItemHighlight[];
  othersHigher: ItemHighlight[];
  /** Items where others disagree (rwg below the survey's mixedViewsBelowAgreement). */
  mixedViews: ItemHighlight[];
}

/** Who was asked and who answered, per shown bucket; hidden groups are named only in notes. */
export interface RaterOverviewRow {
  id: string;
  label: string;
  invited: number;
  responded: number;
  shown: boolean;
}

export interface RaterOverview {
  self: { invited: number; responded: number } | null;
  buckets: RaterOverviewRow[];
  /** Why groups were merged or hidden, in plain words (the same as `mergeNotes`). */
  notes: string[];
}

/** A frozen version of the report: what the coach (and, once released, the leader) reads. */
export interface ReportVersionInfo {
  number: number;
  createdAt: string;
  releasedAt: string | null;
}

/** Answers aggregated since this version that it does not include yet, and why. */
export interface PendingAnswers {
  /** Answers aggregated that this version does not include yet. */
  answers: number;
  /**
   * Answers the campaign received that are not folded into its aggregates yet: one count for the
   * whole campaign (progress shows it as answered minus aggregated), never per group.
   */
  unfolded: number;
  /** E.g. "2 newer answers from Peers: a new version needs at least 3 new answers of a group." */
  notes: string[];
  /** Whether POST .../report/versions would include anything new now. */
  canPublish: boolean;
}

export interface Report {
  campaignId: string;
  surveyId: string;
  surveyTitle: string;
  leader: string;
  /** Answers this report is built from (this version's, when it is a version). */
  aggregatedResponses: number;
  /** Null for a report built on the fly (tools, benchmarks); the API serves versions only. */
  version: ReportVersionInfo | null;
  pending: PendingAnswers | null;
  raterOverview: RaterOverview;
  buckets: ReportBucket[];
  /** Why groups were merged or hidden, in plain words. */
  mergeNotes: string[];
  /** Groups whose comments are held back until enough of them answered (the survey's minCommentResponses). */
  commentNotes: string[];
  /** Whether the coach reviewed the themes software gave the comments, and how many the coach changed. */
  commentReview: CommentReviewSummary;
  scale: { min: number; max: number; labels: string[] };
  themes: ReportTheme[];
  items: ReportItem[];
  itemHighlights: ItemHighlights;
  unthemedComments: ReportComment[];
  /**
   * Of the comments and suggestions shown, those left without a theme because theming cannot read
   * their language (each says its language). Absent from versions cut before languages were told.
   */
  commentsNotThemedForLanguage?: number;
  emergentTopics: EmergentTopic[];
  startStopContinue: Record<SuggestionKind, StartStopContinueEntry[]>;
  suggestionsByTheme: Record<SuggestionKind, ThemeSuggestions[]>;
  priorities: ReportPriority[];
}
