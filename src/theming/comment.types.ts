import type { QuestionAsks, RaterGroupId } from '../surveys/survey.types';

/** What an open text answers: a free question, or one part of start/stop/continue. */
export type CommentKind = 'text' | 'start' | 'stop' | 'continue';
export const COMMENT_KINDS: readonly CommentKind[] = ['text', 'start', 'stop', 'continue'];

/**
 * How a comment reads to the leader: `positive` (what works, or a neutral remark) or
 * `constructive` (something to do differently). A theme's comments are read in that order.
 */
export type CommentSentiment = 'positive' | 'constructive';

/** A comment as theming reads it: its text, its kind, and what its question asks for when it leans one way. */
export interface CommentToRead {
  text: string;
  kind: CommentKind;
  asks?: QuestionAsks;
}
export const COMMENT_SENTIMENTS: readonly CommentSentiment[] = ['positive', 'constructive'];

/** What theming says of one comment. */
export interface CommentAnalysis {
  /** The themes the comment speaks about, in survey order; empty when it fits none. */
  themeIds: string[];
  sentiment: CommentSentiment;
  /**
   * The calibrated probability, 0..1, that `themeIds` is exactly the comment's set of themes (see
   * theme-confidence.ts). Absent or null for comments themed before confidence was computed.
   */
  confidence?: number | null;
  /** A theme not given that scored close to those given, for the coach's review; null when none came close. */
  secondThemeId?: string | null;
  /**
   * The language of a comment that theming cannot read (see language/comment-language.ts): it was
   * not classified, has no themes, and its sentiment is the neutral `positive`. Absent or null
   * when theming read it.
   */
  language?: string | null;
  /**
   * True when the classifier failed on the comment (a fault of software, not of the comment): it
   * has no theme and confidence 0, and the coach's review says so, to be filed by hand. Absent or
   * false otherwise.
   */
  themingFailed?: boolean;
  /**
   * Why theming could not read the comment, where it could not (its error's kind and where it was
   * thrown, never its message, which may quote the comment): for the log of the process that folds
   * it, and dropped there; never stored.
   */
  failure?: string;
}

/**
 * One open-text answer, stored apart from its response so that two comments of one rater can
 * never be linked. `sortKey` is random, fixed at fold time: reports list comments by it.
 */
export interface StoredComment extends CommentAnalysis {
  /** The stored comment's random id, when it was read from the database (the coach's review names comments by it). */
  id?: string;
  groupId: RaterGroupId;
  questionId: string;
  kind: CommentKind;
  text: string;
  sortKey: number;
}
