import type { CommentReviewView, ReviewedComment } from '../../reports/review/comment-review.service';
import type { PageTop } from '../page-top';
import { commentReviewView } from './comment-review.view';

const top: PageTop = { coachName: 'Coach', csrf: 'token', signOut: true, crumbs: [], flash: null, problems: [] };

const comment = (id: string, overrides: Partial<ReviewedComment>): ReviewedComment => ({
  id,
  text: `Comment ${id}`,
  kind: 'text',
  themeIds: ['vision'],
  engineThemeIds: ['vision'],
  secondThemeId: null,
  confidence: 0.81,
  language: null,
  themingFailed: false,
  needsReview: false,
  decision: null,
  changed: false,
  ...overrides,
});

const review = (comments: ReviewedComment[]): CommentReviewView => ({
  version: 1,
  released: false,
  reviewBelow: 0.6,
  summary: { status: 'not_reviewed', comments: comments.length, reviewed: 0, changed: 0, statement: 'Not reviewed yet.' },
  themes: [
    { id: 'vision', title: 'Vision' },
    { id: 'composure', title: 'Composure' },
  ],
  comments,
});

describe('commentReviewView', () => {
  it('says why a comment has no theme and no measure of how sure software was: a language it cannot read, or a failure of its own', () => {
    const view = commentReviewView(
      top,
      'c-1',
      review([
        comment('failed', { themeIds: [], engineThemeIds: [], confidence: 0, themingFailed: true, needsReview: true }),
        comment('french', { themeIds: [], engineThemeIds: [], confidence: null, language: 'fr', needsReview: true }),
        comment('read', {}),
        comment('old', { confidence: null, needsReview: true }),
        comment('filed', {
          themeIds: ['composure'],
          engineThemeIds: [],
          confidence: 0,
          themingFailed: true,
          needsReview: true,
          decision: 'move',
          changed: true,
        }),
      ]),
      null,
    );
    expect(view.comments.map((shown) => [shown.id, shown.themes, shown.confidence])).toEqual([
      ['failed', 'no theme', 'not themed: software failed to read it; please file it by hand'],
      ['french', 'no theme', 'not themed: it is written in French, which software cannot read'],
      ['read', 'Vision', '81 %'],
      ['old', 'Vision', 'not measured (themed before confidence was)'],
      // Once the coach filed it, the page no longer asks them to.
      ['filed', 'Composure', 'not themed: software failed to read it'],
    ]);
    expect(view.toReview).toBe(3);
  });
});
