import { aggregateAnswers } from '../../../test/factories/random-campaign';
import { surveyFactory } from '../../../test/factories/survey.factory';
import { advanceAggregates, describeWaiting, planVersionStep } from './version-gate';

describe('planVersionStep', () => {
  const survey = surveyFactory();

  it('takes every group into the first version', () => {
    expect(planVersionStep(survey, null, { responses: { self: 1, peer: 1, boss: 1 } })).toEqual({ advancing: ['self', 'boss', 'peer'], waiting: [] });
  });

  it('lets an anonymous group advance only by its threshold of new answers, identified groups by one', () => {
    const step = planVersionStep(
      survey,
      { responses: { self: 1, boss: 0, peer: 3, direct_report: 3 } },
      { responses: { self: 1, boss: 1, peer: 5, direct_report: 6, other: 1 } },
    );
    expect(step.advancing).toEqual(['boss', 'direct_report']);
    expect(step.waiting).toEqual([
      { groupId: 'peer', label: 'Peers', newAnswers: 2, needed: 3, missing: 1, fromRaters: false },
      { groupId: 'other', label: 'Others', newAnswers: 1, needed: 3, missing: 2, fromRaters: false },
    ]);
    expect(describeWaiting(step.waiting)[0]).toBe(
      '2 newer answers from Peers will be included once 1 more arrives: a new version takes at least 3 new answers of a group, so that no one can be singled out by comparing versions.',
    );
  });

  it("lets a group whose comments need more answers than its figures advance only by its comments' threshold", () => {
    const stricter = surveyFactory();
    stricter.groups = stricter.groups.map((group) => (group.id === 'peer' ? { ...group, minResponses: 3, minCommentResponses: 5 } : group));
    const frozen = { self: 1, boss: 1, peer: 5 };
    expect(planVersionStep(stricter, { responses: frozen }, { responses: { ...frozen, peer: 9 } })).toEqual({
      advancing: [],
      waiting: [{ groupId: 'peer', label: 'Peers', newAnswers: 4, needed: 5, missing: 1, fromRaters: false }],
    });
    expect(planVersionStep(stricter, { responses: frozen }, { responses: { ...frozen, peer: 10 } }).advancing).toEqual(['peer']);
  });

  it('counts new interviews, but lets the new rater answers among them be none or a whole step: the coach knows the interviews', () => {
    const frozen = { responses: { self: 1, boss: 1, peer: 3 } };
    // One peer and two interviews: three new answers, yet the coach could subtract the interviews.
    const oneRater = planVersionStep(survey, frozen, { responses: { self: 1, boss: 1, peer: 6 }, interviews: { peer: 2 } });
    expect(oneRater).toEqual({ advancing: [], waiting: [{ groupId: 'peer', label: 'Peers', newAnswers: 3, needed: 3, missing: 2, fromRaters: true }] });
    expect(describeWaiting(oneRater.waiting)[0]).toBe(
      '3 newer answers from Peers will be included once 2 more raters answer the survey (interviews do not count here): a new version takes at least 3 new answers of a group, so that no one can be singled out by comparing versions.',
    );
    // Interviews alone, or with a whole step of raters, advance the group.
    expect(planVersionStep(survey, frozen, { responses: { self: 1, boss: 1, peer: 6 }, interviews: { peer: 3 } }).advancing).toEqual(['peer']);
    expect(planVersionStep(survey, frozen, { responses: { self: 1, boss: 1, peer: 8 }, interviews: { peer: 2 } }).advancing).toEqual(['peer']);
    // One peer and one interview: a third answer would not do, two more peers would.
    expect(planVersionStep(survey, frozen, { responses: { self: 1, boss: 1, peer: 5 }, interviews: { peer: 1 } }).waiting).toMatchObject([
      { groupId: 'peer', newAnswers: 2, missing: 2, fromRaters: true },
    ]);
    // Interviews already in the frozen version are not new.
    const before = { responses: { self: 1, boss: 1, peer: 5 }, interviews: { peer: 2 } };
    expect(planVersionStep(survey, before, { responses: { self: 1, boss: 1, peer: 7 }, interviews: { peer: 2 } }).waiting).toMatchObject([
      { groupId: 'peer', newAnswers: 2, missing: 1, fromRaters: false },
    ]);
  });
});

describe('advanceAggregates', () => {
  const survey = surveyFactory();
  // Items in survey order: communication.listens, communication.clear, execution.commits, execution.priorities.
  const answers = {
    self: [],
    boss: [],
    peer: [
      [4, 4, 3, 3],
      [3, 5, 3, 4],
      [5, 4, 4, 4],
      // Three late peers, two of whom did not observe communication.clear.
      [2, null, 2, 2],
      [3, null, 2, 3],
      [2, 3, 1, 2],
    ],
    direct_report: [],
    other: [],
  };
  const early = aggregateAnswers(survey, answers, (_group, index) => index < 3);
  const now = aggregateAnswers(survey, answers);

  it('brings cells up to date that grew by the threshold, and keeps one that grew by fewer raters as it was', () => {
    const next = advanceAggregates(survey, early, now, ['peer']);
    expect(next.responses.peer).toBe(6);
    expect(next.items.peer?.['communication.listens']).toEqual(now.items.peer?.['communication.listens']);
    expect(next.items.peer?.['execution.commits']).toEqual(now.items.peer?.['execution.commits']);
    // Only one late peer rated it: comparing versions would give that peer's rating.
    expect(next.items.peer?.['communication.clear']).toEqual(early.items.peer?.['communication.clear']);
    // The theme pools the lagging item, so it waits too; the other theme moves on.
    expect(next.themes.peer?.communication).toEqual(early.themes.peer?.communication);
    expect(next.themes.peer?.execution).toEqual(now.themes.peer?.execution);
  });

  it('leaves groups that do not advance exactly as they were', () => {
    const next = advanceAggregates(survey, early, now, []);
    expect(next).toEqual(early);
  });
});
