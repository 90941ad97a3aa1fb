import type { CampaignAggregates, CellAggregate } from '../aggregation/aggregate.types';
import { surveyFactory } from '../../test/factories/survey.factory';
import { followUpSplit, splitLeaks } from './follow-up-split';

const cohort = (up: number, not: number, unknown = 0) => ({ 'followed-up': up, 'not-followed-up': not, unknown });

/** A cell of `ratings` change ratings, one per rater. */
function cell(ratings: number[]): CellAggregate {
  const histogram: Record<string, number> = {};
  for (const rating of ratings) histogram[String(rating)] = (histogram[String(rating)] ?? 0) + 1;
  return {
    raters: ratings.length,
    ratings: ratings.length,
    sum: ratings.reduce((a, b) => a + b, 0),
    sumSquares: ratings.reduce((a, b) => a + b * b, 0),
    histogram,
  };
}

/** Frozen aggregates where peers rated the change `up` (followed up) and `not` (did not). */
const frozen = (up: number[], not: number[], unknown: number[] = []): CampaignAggregates => ({
  responses: { peer: up.length + not.length + unknown.length },
  items: { peer: { 'g.change': cell([...up, ...not, ...unknown]), 'g.change~followed-up': cell(up), 'g.change~not-followed-up': cell(not) } },
  themes: {},
});

describe('the follow-up split', () => {
  it('finds the sets someone could isolate by comparing the split with the versions', () => {
    expect(splitLeaks([cohort(3, 3)], 3)).toBe(false);
    // One rater answered the change but not the follow-up: total minus both sides is that rater.
    expect(splitLeaks([cohort(3, 3, 1)], 3)).toBe(true);
    // A first version all followed up: the followed-up side minus that version is the one rater of the second.
    expect(splitLeaks([cohort(3, 0), cohort(1, 3)], 3)).toBe(true);
    expect(splitLeaks([cohort(3, 0), cohort(3, 3)], 3)).toBe(false);
    expect(splitLeaks([cohort(2, 2), cohort(2, 2)], 3)).toBe(false);
  });

  it('shows each side over anonymous raters once both are large enough and nothing leaks', () => {
    const survey = surveyFactory();
    const split = followUpSplit(survey, 'g.change', [frozen([2, 1, 0], [0, -1, 1])]);
    expect(split).toEqual({ followedUp: { n: 3, improvedShare: 0.67, netScore: 0.67 }, notFollowedUp: { n: 3, improvedShare: 0.33, netScore: 0 } });
    expect(followUpSplit(survey, 'g.change', [frozen([2, 1, 0], [0, -1])])).toBeNull();
    expect(followUpSplit(survey, 'g.change', [frozen([2, 1, 0], [0, -1, 1], [3])])).toBeNull();
    expect(followUpSplit(survey, 'g.change', [frozen([2, 1, 0], []), frozen([2, 1, 0, 3], [0, -1, 1])])).toBeNull();
  });
});

describe('the follow-up split beside interviews the coach entered', () => {
  const withInterviews = (aggregates: CampaignAggregates, cells: Record<string, number>): CampaignAggregates => ({
    ...aggregates,
    items: { peer: Object.fromEntries(Object.entries(aggregates.items.peer ?? {}).map(([id, value]) => [id, { ...value, interviews: cells[id] ?? 0 }])) },
  });

  it('is withheld when a side holds too few rater answers besides the interviews: the coach would read them', () => {
    const survey = surveyFactory();
    // Followed up: one peer and two interviews. Readers see three; the coach, one peer.
    const oneRater = withInterviews(frozen([2, 1, 0], [0, -1, 1]), { 'g.change': 2, 'g.change~followed-up': 2 });
    expect(followUpSplit(survey, 'g.change', [oneRater])).toBeNull();
    // Interviews alone on one side, three peers on the other: the coach learns nothing new.
    const interviewsOnly = withInterviews(frozen([2, 1, 0], [0, -1, 1]), { 'g.change': 3, 'g.change~followed-up': 3 });
    expect(followUpSplit(survey, 'g.change', [interviewsOnly])).toEqual({
      followedUp: { n: 3, improvedShare: 0.67, netScore: 0.67 },
      notFollowedUp: { n: 3, improvedShare: 0.33, netScore: 0 },
    });
  });

  it('is withheld when the change total minus both sides would give the coach fewer rater answers than the threshold', () => {
    const survey = surveyFactory();
    // Three answered the change but not the follow-up, two of them interviews: readers cannot
    // isolate three, but the coach, taking the interviews out, is left with one peer.
    expect(splitLeaks([cohort(3, 3, 3)], 3)).toBe(false);
    const threeUnknown = frozen([2, 1, 0], [0, -1, 1], [3, 3, 3]);
    expect(followUpSplit(survey, 'g.change', [threeUnknown])).not.toBeNull();
    expect(followUpSplit(survey, 'g.change', [withInterviews(threeUnknown, { 'g.change': 2 })])).toBeNull();
  });
});
