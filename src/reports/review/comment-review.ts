import { invalidInput } from '../../common/domain-error';
import type { SurveyTheme } from '../../surveys/survey.types';
import type { StoredComment } from '../../theming/comment.types';
import type { Report } from '../assembly/report.types';

/**
 * What the coach does with a comment in review: keeps the engine's themes (`confirm`), files it
 * under another theme alone (`move`), gives it a second theme beside the one it has
 * (`add_second`), or takes every theme from it (`unthemed`).
 */
export type ReviewDecision = 'confirm' | 'move' | 'add_second' | 'unthemed';
export const REVIEW_DECISIONS: readonly ReviewDecision[] = ['confirm', 'move', 'add_second', 'unthemed'];

export interface ReviewAction {
  decision: ReviewDecision;
  /** The theme of `move` and `add_second`. */
  themeId?: string;
}

/** The coach's decision on one comment in one version: the action last taken and the themes it left. */
export interface StoredDecision {
  commentId: string;
  decision: ReviewDecision;
  themeIds: string[];
}

/** A comment as a version places it: the engine's themes replaced by the coach's where the coach decided. */
export interface PlacedComment extends StoredComment {
  /** What the engine filed it under. */
  engineThemeIds: string[];
  /** The coach's decision in this version, and whether it left other themes than the engine's; null when not reviewed. */
  review: { decision: ReviewDecision; changed: boolean } | null;
}

/** A comment has at most this many themes: the engine's rule too (a second one only when it ties), and what the review offers. */
export const MOST_THEMES = 2;

const inSurveyOrder = (themes: readonly SurveyTheme[], ids: Iterable<string>): string[] => {
  const wanted = new Set(ids);
  return themes.filter((theme) => wanted.has(theme.id)).map((theme) => theme.id);
};

const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((id) => b.includes(id));

/**
 * The themes a comment has after an action, from those it has now (the engine's, or the coach's
 * earlier decision), in survey order. Bad input is a 400 naming `themeId` or `decision`.
 */
export function themesAfter(current: readonly string[], action: ReviewAction, themes: readonly SurveyTheme[]): string[] {
  const known = new Set(themes.map((theme) => theme.id));
  const theme = (): string => {
    if (action.themeId === undefined || action.themeId === '')
      throw invalidInput([`themeId: is required to ${action.decision === 'move' ? 'move a comment' : 'add a second theme'}`]);
    if (!known.has(action.themeId)) throw invalidInput([`themeId: must be one of the survey's themes (${[...known].join(', ')})`]);
    return action.themeId;
  };
  switch (action.decision) {
    case 'confirm':
      return inSurveyOrder(themes, current);
    case 'move':
      return [theme()];
    case 'unthemed':
      return [];
    case 'add_second': {
      const second = theme();
      if (current.length === 0) throw invalidInput(['themeId: the comment has no theme yet: move it to a theme first']);
      if (current.includes(second)) throw invalidInput(['themeId: the comment already has this theme']);
      if (current.length >= MOST_THEMES) throw invalidInput([`themeId: a comment has at most ${MOST_THEMES} themes`]);
      return inSurveyOrder(themes, [...current, second]);
    }
    default:
      throw invalidInput([`decision: must be one of ${REVIEW_DECISIONS.join(', ')}`]);
  }
}

/** Comments with a version's decisions applied: each keeps the engine's themes beside the ones it now has. */
export function withReviewDecisions(comments: readonly StoredComment[], decisions: readonly StoredDecision[]): PlacedComment[] {
  const byComment = new Map(decisions.map((decision) => [decision.commentId, decision]));
  return comments.map((comment) => {
    const decision = comment.id === undefined ? undefined : byComment.get(comment.id);
    if (!decision) return { ...comment, engineThemeIds: comment.themeIds, review: null };
    return {
      ...comment,
      themeIds: decision.themeIds,
      engineThemeIds: comment.themeIds,
      review: { decision: decision.decision, changed: !sameSet(decision.themeIds, comment.themeIds) },
    };
  });
}

/**
 * The order the coach reviews comments in: least confident first (comments themed before
 * confidence was computed count as least confident of all), then by the random key fixed at fold
 * time, so that the order tells nothing of who wrote what or when.
 */
export function leastConfidentFirst<T extends StoredComment>(comments: readonly T[]): T[] {
  const confidence = (comment: T): number => comment.confidence ?? -1;
  return [...comments].sort((a, b) => confidence(a) - confidence(b) || a.sortKey - b.sortKey);
}

export type CommentReviewStatus = 'no_comments' | 'not_reviewed' | 'partly_reviewed' | 'reviewed';

/** What the report says of how its comments were themed. */
export interface CommentReviewSummary {
  status: CommentReviewStatus;
  /** Comments the version shows. */
  comments: number;
  /** Of them, those the coach reviewed, and those whose themes the coach changed. */
  reviewed: number;
  changed: number;
  statement: string;
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export function reviewSummary(comments: readonly { review?: PlacedComment['review'] }[]): CommentReviewSummary {
  const total = comments.length;
  const reviewed = comments.filter((comment) => comment.review).length;
  const changed = comments.filter((comment) => comment.review?.changed).length;
  const changes = `${changed === 0 ? 'changed none' : `changed ${changed}`} of them`;
  if (total === 0) return { status: 'no_comments', comments: 0, reviewed: 0, changed: 0, statement: 'This version has no comments to place under themes.' };
  if (reviewed === 0)
    return {
      status: 'not_reviewed',
      comments: total,
      reviewed,
      changed,
      statement: `The themes of the ${count(total, 'comment were', 'comments were')} placed by software and not reviewed by the coach.`,
    };
  if (reviewed === total)
    return {
      status: 'reviewed',
      comments: total,
      reviewed,
      changed,
      statement: `The coach reviewed the themes of ${total === 1 ? 'the one comment' : `all ${total} comments`} placed by software and ${changes}.`,
    };
  return {
    status: 'partly_reviewed',
    comments: total,
    reviewed,
    changed,
    statement: `The coach reviewed the themes of ${reviewed} of the ${total} comments placed by software and ${changes}; the other ${count(total - reviewed, 'was', 'were')} not reviewed.`,
  };
}

/**
 * A stored report as served. Versions cut before comments could be reviewed have no
 * `commentReview` in their stored JSON: none of their comments was reviewed, and they are counted
 * as the report lists them (a comment under two themes once).
 */
export function withReviewStatement(report: Report): Report {
  if ((report as Partial<Report>).commentReview) return report;
  const listed = [
    ...report.themes.flatMap((theme) => theme.comments),
    ...report.unthemedComments,
    ...report.startStopContinue.start,
    ...report.startStopContinue.stop,
    ...report.startStopContinue.continue,
  ];
  const distinct = new Set(listed.map((comment) => `${comment.bucket ?? ''}\u0000${comment.text}`));
  return { ...report, commentReview: reviewSummary(Array.from(distinct, () => ({ review: null }))) };
}
