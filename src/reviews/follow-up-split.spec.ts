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
