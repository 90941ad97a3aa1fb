import { aggregateAnswers } from '../../../test/factories/random-campaign';
import { surveyFactory } from '../../../test/factories/survey.factory';
import { advanceAggregates, describeWaiting, planVersionStep } from './version-gate';

describe('planVersionStep', () => {
  const survey = surveyFactory();

  it('takes every group into the first version', () => {
    expect(planVersionStep(survey, null, { self: 1, peer: 1, boss: 1 })).toEqual({ advancing: ['self', 'boss', 'peer'], waiting: [] });
  });

  it('lets an anonymous group advance only by its threshold of new answers, identified groups by one', () => {
    const step = planVersionStep(survey, { self: 1, boss: 0, peer: 3, direct_report: 3 }, { self: 1, boss: 1, peer: 5, direct_report: 6, other: 1 });
    expect(step.advancing).toEqual(['boss', 'direct_report']);
    expect(step.waiting).toEqual([
      { groupId: 'peer', label: 'Peers', newAnswers: 2, needed: 3 },
      { groupId: 'other', label: 'Others', newAnswers: 1, needed: 3 },
    ]);
    expect(describeWaiting(step.waiting)[0]).toBe(
      '2 newer answers from Peers will be included once 1 more arrives: a new version takes at least 3 new answers of a group, so that no one can be singled out by comparing versions.',
    );
  });

  it("lets a group whose comments need more answers than its figures advance only by its comments' threshold", () => {
    const stricter = surveyFactory();
    stricter.groups = stricter.groups.map((group) => (group.id === 'peer' ? { ...group, minResponses: 3, minCommentResponses: 5 } : group));
    const frozen = { self: 1, boss: 1, peer: 5 };
    expect(planVersionStep(stricter, frozen, { ...frozen, peer: 9 })).toEqual({
      advancing: [],
      waiting: [{ groupId: 'peer', label: 'Peers', newAnswers: 4, needed: 5 }],
    });
    expect(planVersionStep(stricter, frozen, { ...frozen, peer: 10 }).advancing).toEqual(['peer']);
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
