import { loadShippedSurvey } from '../../../test/factories/shipped-survey';
import type { StoredComment } from '../../theming/comment.types';
import { buildReport } from '../assembly/report.builder';
import { reportFactory, reportThemeFactory } from '../../../test/factories/report.factory';
import type { Report } from '../assembly/report.types';
import { leastConfidentFirst, reviewSummary, themesAfter, withReviewDecisions, withReviewStatement } from './comment-review';

const survey = loadShippedSurvey('leadership-360');
const themes = survey.themes;

const comment = (id: string, text: string, themeIds: string[], overrides: Partial<StoredComment> = {}): StoredComment => ({
  id,
  groupId: 'peer',
  questionId: 'strengths',
  kind: 'text',
  text,
  themeIds,
  sentiment: 'positive',
  sortKey: Number.parseInt(id.slice(-1), 16) / 16,
  confidence: 0.5,
  secondThemeId: null,
  ...overrides,
});

describe('themesAfter', () => {
  it('confirms, moves, adds a second theme, and takes every theme away, in survey order', () => {
    expect(themesAfter(['composure'], { decision: 'confirm' }, themes)).toEqual(['composure']);
    expect(themesAfter(['composure'], { decision: 'move', themeId: 'vision' }, themes)).toEqual(['vision']);
    expect(themesAfter(['composure'], { decision: 'add_second', themeId: 'vision' }, themes)).toEqual(['vision', 'composure']);
    expect(themesAfter(['vision', 'composure'], { decision: 'unthemed' }, themes)).toEqual([]);
    expect(themesAfter([], { decision: 'move', themeId: 'execution' }, themes)).toEqual(['execution']);
  });

  it('refuses a theme the survey does not have, a missing one, one already given, a third, or a second beside none, naming themeId', () => {
    const refusal = (current: string[], themeId: string | undefined, decision: 'move' | 'add_second' = 'add_second'): string => {
      try {
        themesAfter(current, { decision, themeId }, themes);
        return 'accepted';
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(refusal(['vision'], 'charisma', 'move')).toMatch(/^themeId: must be one of the survey's themes/);
    expect(refusal(['vision'], undefined, 'move')).toBe('themeId: is required to move a comment');
    expect(refusal(['vision'], undefined)).toBe('themeId: is required to add a second theme');
    expect(refusal(['vision'], 'vision')).toBe('themeId: the comment already has this theme');
    expect(refusal(['vision', 'composure'], 'execution')).toBe('themeId: a comment has at most 2 themes');
    expect(refusal([], 'execution')).toBe('themeId: the comment has no theme yet: move it to a theme first');
  });
});

describe('withReviewDecisions and reviewSummary', () => {
  const comments = [
    comment('c1', 'Has a clear sense of where the product should go.', ['composure']),
    comment('c2', 'Stays calm when a launch slips.', ['composure']),
    comment('c3', 'Lovely person, glad he joined.', ['collaboration']),
    comment('c4', 'Runs focused meetings.', ['communication']),
  ];

  it("replaces the engine's themes with the coach's, keeps the engine's beside them, and tells a confirmation from a change", () => {
    const placed = withReviewDecisions(comments, [
      { commentId: 'c1', decision: 'move', themeIds: ['vision'] },
      { commentId: 'c2', decision: 'confirm', themeIds: ['composure'] },
      { commentId: 'c3', decision: 'unthemed', themeIds: [] },
    ]);
    expect(placed.map((c) => [c.id, c.themeIds, c.engineThemeIds, c.review])).toEqual([
      ['c1', ['vision'], ['composure'], { decision: 'move', changed: true }],
      ['c2', ['composure'], ['composure'], { decision: 'confirm', changed: false }],
      ['c3', [], ['collaboration'], { decision: 'unthemed', changed: true }],
      ['c4', ['communication'], ['communication'], null],
    ]);
    expect(reviewSummary(placed)).toEqual({
      status: 'partly_reviewed',
      comments: 4,
      reviewed: 3,
      changed: 2,
      statement: 'The coach reviewed the themes of 3 of the 4 comments placed by software and changed 2 of them; the other 1 was not reviewed.',
    });
  });

  it('says when software placed every comment unreviewed, and when the coach reviewed them all', () => {
    expect(reviewSummary(withReviewDecisions(comments, [])).statement).toBe(
      'The themes of the 4 comments were placed by software and not reviewed by the coach.',
    );
    const all = withReviewDecisions(
      comments,
      comments.map((c) => ({ commentId: c.id as string, decision: 'confirm' as const, themeIds: c.themeIds })),
    );
    expect(reviewSummary(all)).toMatchObject({
      status: 'reviewed',
      changed: 0,
      statement: 'The coach reviewed the themes of all 4 comments placed by software and changed none of them.',
    });
  });

  it('files a reviewed comment where the coach put it in the report, and says so', () => {
    const aggregates = { responses: { peer: 4 }, items: {}, themes: {} };
    const placed = withReviewDecisions(comments, [
      { commentId: 'c1', decision: 'move', themeIds: ['vision'] },
      { commentId: 'c3', decision: 'unthemed', themeIds: [] },
      { commentId: 'c4', decision: 'add_second', themeIds: ['vision', 'communication'] },
    ]);
    const report = buildReport({ campaignId: 'x', survey, leaderName: 'Alex', aggregates, comments: placed });
    const textsOf = (id: string): string[] => (report.themes.find((theme) => theme.id === id)?.comments ?? []).map((c) => c.text).sort();
    expect(textsOf('vision')).toEqual(['Has a clear sense of where the product should go.', 'Runs focused meetings.']);
    expect(textsOf('composure')).toEqual(['Stays calm when a launch slips.']);
    expect(textsOf('collaboration')).toEqual([]);
    expect(report.unthemedComments.map((c) => c.text)).toEqual(['Lovely person, glad he joined.']);
    expect(report.commentReview).toMatchObject({ status: 'partly_reviewed', comments: 4, reviewed: 3, changed: 3 });
    const unreviewed = buildReport({ campaignId: 'x', survey, leaderName: 'Alex', aggregates, comments });
    expect(unreviewed.commentReview.status).toBe('not_reviewed');
    expect(unreviewed.themes.find((theme) => theme.id === 'composure')?.comments).toHaveLength(2);
  });

  it('counts only the comments the report shows: none of a group below its comment threshold', () => {
    const aggregates = { responses: { peer: 4, direct_report: 1 }, items: {}, themes: {} };
    const held = comment('c9', 'Should delegate more.', ['developing-others'], { groupId: 'direct_report' });
    const report = buildReport({ campaignId: 'x', survey, leaderName: 'Alex', aggregates, comments: withReviewDecisions([...comments, held], []) });
    expect(report.commentReview.comments).toBe(4);
  });
});

describe('leastConfidentFirst', () => {
  it('puts comments themed before confidence existed first, then the least confident, ties in their random order', () => {
    const ordered = leastConfidentFirst([
      comment('a1', 'a', [], { confidence: 0.9, sortKey: 0.1 }),
      comment('a2', 'b', [], { confidence: 0.3, sortKey: 0.9 }),
      comment('a3', 'c', [], { confidence: null, sortKey: 0.5 }),
      comment('a4', 'd', [], { confidence: 0.3, sortKey: 0.2 }),
    ]);
    expect(ordered.map((c) => c.id)).toEqual(['a3', 'a4', 'a2', 'a1']);
  });
});

describe('withReviewStatement', () => {
  it('says a version stored before the review existed was placed by software, counting a comment under two themes once', () => {
    const twice = { text: 'Clear and calm.', bucket: 'peer', sentiment: 'positive' as const };
    const { commentReview: _absent, ...stored } = reportFactory({
      themes: [
        reportThemeFactory({ id: 'communication', title: 'Communication', comments: [twice] }),
        reportThemeFactory({ id: 'composure', title: 'Composure', comments: [twice] }),
      ],
      unthemedComments: [{ text: 'N/A', bucket: null, sentiment: 'positive' }],
      startStopContinue: { start: [{ text: 'Delegate more.', themeIds: [], bucket: 'peer' }], stop: [], continue: [] },
    });
    expect(withReviewStatement(stored as Report).commentReview).toEqual({
      status: 'not_reviewed',
      comments: 3,
      reviewed: 0,
      changed: 0,
      statement: 'The themes of the 3 comments were placed by software and not reviewed by the coach.',
    });
  });

  it('leaves a version that says how its comments were themed as it is', () => {
    const report = reportFactory();
    expect(withReviewStatement(report)).toBe(report);
  });
});
