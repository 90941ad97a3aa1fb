import type { CampaignAggregates } from '../../aggregation/aggregate.types';
import { surveyFactory } from '../../../test/factories/survey.factory';
import { holdsVersions, pendingAnswers } from './pending-answers';

const survey = surveyFactory();
const counts = (responses: CampaignAggregates['responses']): CampaignAggregates => ({ responses, items: {}, themes: {} });
const version1 = { number: 1, frozen: counts({ boss: 1, direct_report: 3 }) };
const open = (unfolded: number) => ({ closedForAnswers: false, unfolded });
const closed = (unfolded: number) => ({ closedForAnswers: true, unfolded });

describe('holdsVersions', () => {
  it('holds versions back only in a campaign that takes no more answers while some it received are not folded', () => {
    expect([holdsVersions(closed(2)), holdsVersions(closed(0)), holdsVersions(open(2)), holdsVersions(open(0))]).toEqual([true, false, false, false]);
  });
});

describe('pendingAnswers', () => {
  it('says how many answers an open campaign is still adding, in one campaign-wide count, and cuts as before', () => {
    const pending = pendingAnswers({ survey, version: version1, latest: true, current: counts({ boss: 1, direct_report: 3, peer: 3 }), fold: open(2) });
    expect(pending).toEqual({
      answers: 3,
      unfolded: 2,
      notes: ['2 answers are still being added to the report.', 'Newer answers from Peers are in version 2 and later.'],
      canPublish: true,
    });
  });

  it('in a closed campaign with answers still folding, promises the next version with all of them, and publishes nothing now', () => {
    const pending = pendingAnswers({ survey, version: version1, latest: true, current: counts({ boss: 1, direct_report: 3, peer: 3 }), fold: closed(1) });
    expect(pending).toEqual({
      answers: 3,
      unfolded: 1,
      notes: [
        '1 answer is still being added to the report. The campaign is closed: the next version waits until they are all added, so that it leaves none of them out.',
        'Newer answers from Peers will be in version 2.',
      ],
      canPublish: false,
    });
  });

  it('before the first version, counts what is aggregated already and what is still folding', () => {
    expect(pendingAnswers({ survey, version: null, latest: true, current: counts({}), fold: open(0) })).toEqual({
      answers: 0,
      unfolded: 0,
      notes: ['No answers have been aggregated yet.'],
      canPublish: false,
    });
    expect(pendingAnswers({ survey, version: null, latest: true, current: counts({ boss: 1, peer: 3 }), fold: closed(2) })).toMatchObject({
      answers: 4,
      unfolded: 2,
      notes: [expect.stringMatching(/^2 answers are still being added to the report\. The campaign is closed/)],
      canPublish: false,
    });
  });

  it('once a closed campaign is folded, says plainly that a group short of a step stays out, rather than waiting for answers that cannot come', () => {
    // Version 2 took three peers in; two more came after it, fewer than a step of the group.
    const late = {
      survey,
      version: { number: 2, frozen: counts({ boss: 1, direct_report: 3, peer: 3 }) },
      latest: true,
      current: counts({ boss: 1, direct_report: 3, peer: 5 }),
    };
    expect(pendingAnswers({ ...late, fold: open(0) }).notes).toEqual([
      expect.stringMatching(/^2 newer answers from Peers will be included once 1 more arrives: /),
    ]);
    expect(pendingAnswers({ ...late, fold: closed(0) }).notes).toEqual([
      '2 newer answers from Peers cannot be included now that the campaign is closed: a new version takes at least 3 new answers of a group, so that no one can be singled out by comparing versions.',
    ]);
  });

  it('names no group in what is still folding', () => {
    const pending = pendingAnswers({ survey, version: version1, latest: true, current: version1.frozen, fold: closed(2) });
    const groupWords = survey.groups.flatMap((group) => [group.id, group.label]);
    for (const note of pending.notes) for (const word of groupWords) expect(note).not.toContain(word);
  });
});
