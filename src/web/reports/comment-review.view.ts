import type { CommentReviewView, ReviewedComment } from '../../reports/review/comment-review.service';
import type { ReviewDecision } from '../../reports/review/comment-review';
import type { FieldErrors } from '../form-errors';
import type { PageTop } from '../page-top';
import { languageName } from '../../reports/page/report-page.words';

export interface ReviewCommentView {
  id: string;
  number: number;
  text: string;
  /** The comment's language code, for the markup, when software could not read it; else null. */
  lang: string | null;
  kind: string;
  themes: string;
  engineThemes: string | null;
  confidence: string;
  needsReview: boolean;
  secondTheme: string | null;
  decision: string | null;
  options: { value: string; label: string; selected: boolean }[];
  choices: { value: ReviewDecision; label: string; checked: boolean; id: string }[];
  error: string | null;
}

export interface CommentReviewPageView {
  top: PageTop;
  id: string;
  version: number;
  released: boolean;
  summary: string;
  threshold: string;
  toReview: number;
  reportHref: string;
  comments: ReviewCommentView[];
}

const KIND_LABELS: Record<string, string> = { text: 'Comment', start: 'Start', stop: 'Stop', continue: 'Continue' };
const DECISION_LABELS: Record<ReviewDecision, string> = {
  confirm: 'You confirmed these themes.',
  move: 'You moved it.',
  add_second: 'You added a second theme.',
  unthemed: 'You marked it as about no theme.',
};

export const REVIEW_FLASH: Record<string, string> = { saved: 'Saved: the report of this version now files the comment as you decided.' };

const percent = (value: number): string => `${Math.round(value * 100)} %`;

/**
 * The review of a version's comments as a page: each comment with its themes, how sure software
 * was, and one form to confirm, move, add a second theme or mark it unthemed. Nothing about who
 * wrote it: no group, no rater, no time.
 */
export function commentReviewView(
  top: PageTop,
  campaignId: string,
  review: CommentReviewView,
  errors: { commentId: string; errors: FieldErrors } | null,
): CommentReviewPageView {
  const titles = new Map(review.themes.map((theme) => [theme.id, theme.title]));
  const named = (ids: readonly string[]): string => (ids.length === 0 ? 'no theme' : ids.map((id) => titles.get(id) ?? id).join(' and '));
  const toView = (comment: ReviewedComment, index: number): ReviewCommentView => {
    const failed = errors?.commentId === comment.id ? errors.errors : null;
    const preferred = comment.secondThemeId ?? review.themes.find((theme) => !comment.themeIds.includes(theme.id))?.id;
    return {
      id: comment.id,
      number: index + 1,
      text: comment.text,
      lang: comment.language,
      kind: KIND_LABELS[comment.kind] ?? comment.kind,
      themes: named(comment.themeIds),
      engineThemes: comment.changed ? named(comment.engineThemeIds) : null,
      confidence: comment.language
        ? `not themed: it is written in ${languageName(comment.language)}, which software cannot read`
        : comment.themingFailed
          ? `not themed: software failed to read it${comment.decision === null ? '; please file it by hand' : ''}`
          : comment.confidence === null
            ? 'not measured (themed before confidence was)'
            : percent(comment.confidence),
      needsReview: comment.needsReview,
      secondTheme: comment.secondThemeId ? (titles.get(comment.secondThemeId) ?? comment.secondThemeId) : null,
      decision: comment.decision ? DECISION_LABELS[comment.decision] : null,
      options: review.themes.map((theme) => ({ value: theme.id, label: theme.title, selected: theme.id === preferred })),
      choices: (['confirm', 'move', 'add_second', 'unthemed'] as const).map((value) => ({
        value,
        id: `decision-${comment.id}-${value}`,
        checked: value === 'confirm',
        label: {
          confirm: `Keep it under ${named(comment.themeIds)}`,
          move: 'Move it to the theme chosen below',
          add_second: 'Add the theme chosen below as a second theme',
          unthemed: 'Mark it as about no theme',
        }[value],
      })),
      error: failed ? Object.values(failed).join('; ') : null,
    };
  };
  return {
    top,
    id: campaignId,
    version: review.version,
    released: review.released,
    summary: review.summary.statement,
    threshold: percent(review.reviewBelow),
    toReview: review.comments.filter((comment) => comment.needsReview && comment.decision === null).length,
    reportHref: `/coach/campaigns/${campaignId}/report?version=${review.version}`,
    comments: review.comments.map(toView),
  };
}
