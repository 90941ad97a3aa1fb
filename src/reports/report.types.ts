import type { RaterGroupId } from '../surveys/survey.types';

/** The report JSON of the public contract (DESIGN.md, "Report JSON"). */
export interface ScoreCell {
  n: number;
  ratings: number;
  mean: number;
  sd: number | null;
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

export interface ReportComment {
  text: string;
  /** The shown bucket the comment came from, or null when that bucket is not shown. */
  bucket: string | null;
}

export interface ReportTheme {
  id: string;
  title: string;
  scores: Record<string, ScoreCell | null>;
  gap: number | null;
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
}

export interface ReportPriority {
  themeId: string;
  reason: string;
}

export interface Report {
  campaignId: string;
  surveyId: string;
  leader: string;
  aggregatedResponses: number;
  buckets: ReportBucket[];
  /** Why groups were merged or hidden, in plain words. */
  mergeNotes: string[];
  themes: ReportTheme[];
  items: ReportItem[];
  unthemedComments: ReportComment[];
  startStopContinue: { start: StartStopContinueEntry[]; stop: StartStopContinueEntry[]; continue: StartStopContinueEntry[] };
  priorities: ReportPriority[];
}
