import type { CampaignAggregates, CellAggregate } from '../../aggregation/aggregate.types';
import { surveyFactory } from '../../../test/factories/survey.factory';
import type { RaterGroupId } from '../../surveys/survey.types';
import { findLeaks, type PublishedVersion, type ShownFigure } from './version-disclosure';

const ITEM = 'communication.listens';
const survey = (() => {
  const base = surveyFactory();
  return { ...base, groups: base.groups.map((group) => (group.anonymous ? { ...group, minResponses: 5 } : group)) };
})();

/** A cell of `raters` raters, `interviews` of them the coach's, each rating 3. */
const cell = (raters: number, interviews = 0): CellAggregate => ({
  raters,
  ratings: raters,
  sum: 3 * raters,
  sumSquares: 9 * raters,
  histogram: { '3': raters },
  ...(interviews > 0 ? { interviews } : {}),
});

function version(cells: Partial<Record<RaterGroupId, CellAggregate>>, figures: ShownFigure[] = []): PublishedVersion {
  const frozen: CampaignAggregates = { responses: {}, items: {}, themes: {} };
  for (const [group, value] of Object.entries(cells) as [RaterGroupId, CellAggregate][]) {
    frozen.responses[group] = value.raters;
    frozen.items[group] = { [ITEM]: value };
  }
  return { frozen, figures };
}

const figure = (column: string, groups: RaterGroupId[]): ShownFigure => ({ kind: 'item', scopeId: ITEM, groups, column });

describe('findLeaks', () => {
  it('finds a total of several small cohorts, however many small cohorts there are', () => {
    // Thirteen versions, each bringing one more peer; the direct reports and others came in whole,
    // six each, in the first. Version 4 shows all others and both large buckets: all others minus
    // the two buckets is the first four peers, four raters below the threshold of five.
    const versions = Array.from({ length: 13 }, (_, index) =>
      version(
        { peer: cell(index + 1), direct_report: cell(6), other: cell(6) },
        index === 3 ? [figure('others', ['peer', 'direct_report', 'other']), figure('direct_report', ['direct_report']), figure('other', ['other'])] : [],
      ),
    );
    expect(findLeaks(survey, versions)).toEqual([{ scope: ITEM, groups: ['peer'], raters: 4 }]);
    // Without the peers' figure of version 4, nothing of them can be derived.
    expect(
      findLeaks(
        survey,
        versions.map((entry, index) => (index === 3 ? { ...entry, figures: entry.figures.slice(1) } : entry)),
      ),
    ).toEqual([]);
  });

  it('finds what the coach alone can derive, knowing the interviews', () => {
    // Peers: five interviews in version 1, then two raters and three interviews in version 2. Readers
    // see cohorts of five; the coach, who knows the interviews, sees the second holding two raters.
    const versions = [version({ peer: cell(5, 5) }, [figure('peer', ['peer'])]), version({ peer: cell(10, 8) }, [figure('peer', ['peer'])])];
    expect(findLeaks(survey, versions)).toEqual([{ scope: ITEM, groups: ['peer'], raters: 2 }]);
    // Five raters in the second: enough for the coach too.
    expect(findLeaks(survey, [versions[0], version({ peer: cell(10, 5) }, [figure('peer', ['peer'])])])).toEqual([]);
  });

  it("lets the coach's interviews of a group with a higher threshold add nothing to a total of another group's raters", () => {
    // Three peers (threshold 2) and four interviews with others (threshold 4). The coach, who knows
    // the interviews, reads the peers' figure out of the total of both: three raters, enough for
    // peers. The interviews bring no rater of "others" into that total, so its bar stays the peers'.
    const thresholds = {
      ...survey,
      groups: survey.groups.map((group) => ({ ...group, minResponses: { peer: 2, other: 4 }[group.id as string] ?? group.minResponses })),
    };
    const shown = [version({ peer: cell(3), other: cell(4, 4) }, [figure('peer', ['peer']), figure('others', ['peer', 'other'])])];
    expect(findLeaks(thresholds, shown)).toEqual([]);
    // Two of the three peers interviews: the one rater left is below the peers' bar, for the coach.
    expect(findLeaks(thresholds, [version({ peer: cell(3, 2), other: cell(4, 4) }, [figure('peer', ['peer']), figure('others', ['peer', 'other'])])])).toEqual([
      { scope: ITEM, groups: ['peer'], raters: 1 },
    ]);
  });
});
