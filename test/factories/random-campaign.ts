import fc from 'fast-check';
import type { CampaignAggregates } from '../../src/aggregation/aggregate.types';
import { applyDeltas, computeAggregateDeltas } from '../../src/aggregation/response-fold';
import type { RaterGroupId, SurveyDefinition } from '../../src/surveys/survey.types';
import { surveyFactory } from './survey.factory';

/** Random campaigns for property tests of the anonymity rules: surveys, thresholds, group sizes, "not observed". */
const GROUPS: RaterGroupId[] = ['boss', 'peer', 'direct_report', 'other'];

export interface RandomCampaign {
  survey: SurveyDefinition;
  /** Per group, per rater, one rating (or null) per item, in survey order. */
  answers: Record<RaterGroupId, (number | null)[][]>;
}

export const randomCampaigns: fc.Arbitrary<RandomCampaign> = fc
  .record({
    shape: fc.array(fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }), { minLength: 2, maxLength: 4 }),
    thresholds: fc.tuple(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 2, max: 5 }), fc.integer({ min: 2, max: 5 }), fc.integer({ min: 2, max: 5 })),
    // Now and then a survey declares the boss anonymous: the rules must not assume it never does.
    bossAnonymous: fc.nat(4).map((value) => value === 0),
    sizes: fc.tuple(fc.nat(1), fc.nat(2), fc.nat(7), fc.nat(7), fc.nat(7)),
  })
  .chain(({ shape, thresholds, bossAnonymous, sizes }) => {
    const base = surveyFactory();
    const survey: SurveyDefinition = {
      ...base,
      changeScale: { min: -3, max: 3, labels: ['-3', '-2', '-1', '0', '1', '2', '3'] },
      groups: base.groups.map((group) => {
        const index = GROUPS.indexOf(group.id);
        if (group.id === 'boss') return bossAnonymous ? { ...group, anonymous: true, minResponses: thresholds[0] } : group;
        return index < 0 ? group : { ...group, minResponses: thresholds[index] };
      }),
      // A `true` in the shape is a change item: an item of its own, pooled into no theme.
      themes: shape.map((kinds, themeIndex) => ({
        id: `t${themeIndex}`,
        title: `Theme ${themeIndex}`,
        keywords: [],
        items: kinds.map((isChange, itemIndex) => ({
          id: `t${themeIndex}.i${itemIndex}`,
          text: 'x',
          selfText: 'x',
          kind: isChange && itemIndex > 0 ? ('change' as const) : ('likert' as const),
        })),
      })),
    };
    const items = survey.themes.flatMap((theme) => theme.items);
    const rater = fc.tuple(
      ...items.map((item) => fc.option(item.kind === 'change' ? fc.integer({ min: -3, max: 3 }) : fc.integer({ min: 1, max: 5 }), { nil: null, freq: 3 })),
    );
    const group = (size: number) => fc.array(rater, { minLength: size, maxLength: size });
    return fc
      .tuple(group(sizes[0]), group(sizes[1]), group(sizes[2]), group(sizes[3]), group(sizes[4]))
      .map(([self, boss, peer, directReport, other]): RandomCampaign => ({
        survey,
        answers: { self, boss, peer, direct_report: directReport, other },
      }));
  });

/** The aggregates folding would build from these answers; `include` picks raters (all by default). */
export function aggregateAnswers(
  survey: SurveyDefinition,
  answers: Record<RaterGroupId, (number | null)[][]>,
  include: (group: RaterGroupId, index: number) => boolean = () => true,
): CampaignAggregates {
  const itemIds = survey.themes.flatMap((theme) => theme.items.map((item) => item.id));
  let aggregates: CampaignAggregates = { responses: {}, items: {}, themes: {} };
  for (const [group, raters] of Object.entries(answers) as [RaterGroupId, (number | null)[][]][]) {
    raters.forEach((ratings, index) => {
      if (include(group, index))
        aggregates = applyDeltas(aggregates, group, computeAggregateDeltas(survey, Object.fromEntries(itemIds.map((id, position) => [id, ratings[position]]))));
    });
  }
  return aggregates;
}
