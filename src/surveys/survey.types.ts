/**
 * The in-memory shape of a survey definition (a YAML file in `surveys/`, validated against
 * `surveys/survey.schema.json`). A campaign stores a snapshot of exactly this shape.
 */
export const RATER_GROUP_IDS = ['self', 'boss', 'peer', 'direct_report', 'other'] as const;
export type RaterGroupId = (typeof RATER_GROUP_IDS)[number];

export interface SurveyScale {
  /** Number of points of the Likert scale, rated 1..points. */
  points: number;
  /** One label per point, lowest first. */
  labels: string[];
  /** Label of the "not observed" choice, stored as null. */
  notObserved: string;
}

/** The -3..+3 "how much has the leader changed" scale of progress pulses. */
export interface ChangeScale {
  min: number;
  max: number;
  labels: string[];
}

/**
 * How often the leader followed up with a rater about a goal: labels only, rated 1..labels.length
 * from the least often ("Never") to the most ("Regularly").
 */
export interface FollowUpScale {
  labels: string[];
}

export type ItemKind = 'likert' | 'change' | 'followUp';

export interface SurveyGroup {
  id: RaterGroupId;
  label: string;
  /** Identified groups (self, boss) are told plainly that their answers are not anonymous. */
  anonymous: boolean;
  /** Smallest number of answers of this group a report may show a figure from. */
  minResponses: number;
  /**
   * Smallest number of answers of this group before any of its comments is shown: words can
   * give a writer away where a figure does not, so it may be set higher. Snapshots made before
   * it existed lack it: read it through commentThreshold().
   */
  minCommentResponses?: number;
}

/** How many of a group's raters must have answered before its comments are shown. */
export function commentThreshold(group: SurveyGroup): number {
  return Math.max(group.minResponses, group.minCommentResponses ?? group.minResponses);
}

export interface SurveyItem {
  id: string;
  /** Worded for raters about the leader; may use {{leader}}. */
  text: string;
  /** Worded for the leader rating themself. */
  selfText: string;
  /** 'likert' (default) uses `scale`; 'change' uses `changeScale`; 'followUp' uses `followUpScale`. */
  kind: ItemKind;
}

/** Only likert ratings are pooled into a theme's figure: the other kinds are on scales of their own. */
export const isPooledItem = (item: Pick<SurveyItem, 'kind'>): boolean => item.kind === 'likert';

export interface SurveyTheme {
  id: string;
  title: string;
  description?: string;
  /** Words and short phrases that tie an open comment to this theme. */
  keywords: string[];
  items: SurveyItem[];
}

export type QuestionType = 'text' | 'start_stop_continue';

/**
 * What a text question asks for, when it leans one way: its answers are strengths (positive) or
 * changes (constructive, unless the rater has none to suggest), whatever words they use.
 */
export type QuestionAsks = 'strengths' | 'changes';

export interface SurveyQuestion {
  id: string;
  type: QuestionType;
  prompt: string;
  selfPrompt?: string;
  /** Text questions only: see QuestionAsks. Without it, an answer's sentiment is read from its words. */
  asks?: QuestionAsks;
  /** Groups this question is shown to. */
  groups: RaterGroupId[];
}

/**
 * Questions asked once per focus goal of the engagement's program (a stakeholder mini-survey).
 * When a review's snapshot is made, the block is repeated under each focus theme: item `change`
 * becomes `<themeId>.change`, question `suggestion` becomes `<themeId>.suggestion`, and
 * `{{goal}}` reads the goal as the program words it.
 */
export interface PerGoalBlock {
  items: SurveyItem[];
  questions: SurveyQuestion[];
}

export interface ClassificationRules {
  /** self - others above this is a blind spot (default: a third of the scale's range). */
  blindSpotGap: number;
  /** self - others at least this while others put the theme in their bottom third is a blind spot. */
  blindSpotGapInBottomThird: number;
  /** Mirror images of the two rules above, for hidden strengths. */
  hiddenStrengthGap: number;
  hiddenStrengthGapInTopThird: number;
  /** Least within-group agreement (rwg) for a top-third theme to count as a strength. */
  strengthMinAgreement: number;
  /** Below this rwg an item is flagged as "mixed views". */
  mixedViewsBelowAgreement: number;
}

export interface ReportSettings {
  classification: ClassificationRules;
  /** How many priorities the report proposes (2 or 3). */
  priorities: number;
}

/** One translated text of an item: for raters about the leader, and for the leader. */
export interface TranslatedItem {
  text: string;
  selfText: string;
}

export interface TranslatedQuestion {
  prompt: string;
  selfPrompt?: string;
}

/**
 * Every text a rater reads, in one other language, keyed by the survey's ids. The loader has
 * checked that it covers the whole survey; a snapshot keeps it with the rest of the definition.
 */
export interface SurveyTranslation {
  title: string;
  intro?: string;
  scale: { labels: string[]; notObserved: string };
  changeScale?: { labels: string[] };
  followUpScale?: { labels: string[] };
  groups: Partial<Record<RaterGroupId, string>>;
  themes: Record<string, string>;
  /**
   * A list, where the file keys them by item id: nothing stored may map item ids to texts or
   * numbers the way an answer maps them to ratings (the export's anonymity test looks for that).
   */
  items: (TranslatedItem & { id: string })[];
  questions?: Record<string, TranslatedQuestion>;
  perGoal?: { items: Record<string, TranslatedItem>; questions?: Record<string, TranslatedQuestion> };
}

export interface SurveyDefinition {
  id: string;
  version: number;
  title: string;
  description?: string;
  /** Shown at the top of the rater's form; may use {{leader}}. */
  intro?: string;
  scale: SurveyScale;
  changeScale?: ChangeScale;
  followUpScale?: FollowUpScale;
  groups: SurveyGroup[];
  themes: SurveyTheme[];
  questions: SurveyQuestion[];
  /** Asked about each focus goal; a snapshot has it expanded into its themes and questions, and no longer carries it. */
  perGoal?: PerGoalBlock;
  report: ReportSettings;
  /** By language code (fr, pt-BR); the definition itself is English. */
  translations?: Record<string, SurveyTranslation>;
}

/** One entry of `surveys/practices.yaml`. */
export interface Practice {
  id: string;
  title: string;
  kind: 'practice' | 'exercise' | 'reading';
  themes: string[];
  howTo: string;
  /** For readings: author and work. */
  source?: string;
  minutesPerWeek?: number;
}

export interface PracticeLibrary {
  id: string;
  version: number;
  title: string;
  practices: Practice[];
}
