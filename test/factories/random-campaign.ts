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
  /** Per group, how many of its first answers are interviews the coach entered (none when absent). */
  interviews?: Partial<Record<RaterGroupId, number>>;
}

/** Whether a campaign's answer is an interview the coach entered. */
export const isInterviewOf =
  (campaign: Pick<RandomCampaign, 'interviews'>) =>
  (group: RaterGroupId, index: number): boolean =>
    index < (campaign.interviews?.[group] ?? 0);

export const randomCampaigns: fc.Arbitrary<RandomCampaign> = fc
  .record({
    shape: fc.array(fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }), { minLength: 2, maxLength: 4 }),
    thresholds: fc.tuple(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 2, max: 5 }), fc.integer({ min: 2, max: 5 }), fc.integer({ min: 2, max: 5 })),
    // Now and then a survey declares the boss anonymous: the rules must not assume it never does.
    bossAnonymous: fc.nat(4).map((value) => value === 0),
    sizes: fc.tuple(fc.nat(1), fc.nat(2), fc.nat(7), fc.nat(7), fc.nat(7)),
    // Per anonymous group, a share of its answers that are interviews: none half of the time.
    interviewShares: fc.tuple(fc.nat(3), fc.nat(3), fc.nat(3), fc.nat(3)),
  })
  .chain(({ shape, thresholds, bossAnonymous, sizes, interviewShares }) => {
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
      .map(([self, boss, peer, directReport, other]): RandomCampaign => {
        const interviewsOf = (size: number, share: number): number => (share <= 1 ? 0 : Math.ceil((size * (share - 1)) / 3));
        return {
          survey,
          answers: { self, boss, peer, direct_report: directReport, other },
          interviews: {
            // A manager the survey calls anonymous is interviewed too: it is then one anonymous group among others.
            boss: bossAnonymous ? interviewsOf(sizes[1], interviewShares[3]) : 0,
            peer: interviewsOf(sizes[2], interviewShares[0]),
            direct_report: interviewsOf(sizes[3], interviewShares[1]),
            other: interviewsOf(sizes[4], interviewShares[2]),
          },
        };
      });
  });

/** The aggregates folding would build from these answers; `include` picks raters (all by default), `interview` tells the coach's interviews. */
export function aggregateAnswers(
  survey: SurveyDefinition,
  answers: Record<RaterGroupId, (number | null)[][]>,
  include: (group: RaterGroupId, index: number) => boolean = () => true,
  interview: (group: RaterGroupId, index: number) => boolean = () => false,
): CampaignAggregates {
  const itemIds = survey.themes.flatMap((theme) => theme.items.map((item) => item.id));
  let aggregates: CampaignAggregates = { responses: {}, items: {}, themes: {} };
  for (const [group, raters] of Object.entries(answers) as [RaterGroupId, (number | null)[][]][]) {
    raters.forEach((ratings, index) => {
      if (include(group, index))
        aggregates = applyDeltas(
          aggregates,
          group,
          computeAggregateDeltas(survey, Object.fromEntries(itemIds.map((id, position) => [id, ratings[position]])), { interview: interview(group, index) }),
          interview(group, index),
        );
    });
  }
  return aggregates;
}
