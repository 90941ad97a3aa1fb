import fc from 'fast-check';
import { aggregateAnswers, type RandomCampaign, randomCampaigns } from '../../test/factories/random-campaign';
import { buildReport } from '../reports/assembly/report.builder';
import type { Report } from '../reports/assembly/report.types';
import { round2 } from '../reports/assembly/score-format';
import { perceivedChange } from './review-figures';
import { buildReview, type PulseInput } from './review-report';

/**
 * The review's change figures (net score, shares better and worse, the trend) must tell nothing
 * the pulses' reports do not already show. The reports' own property tests prove that what they
 * show cannot be differenced down to fewer raters than a threshold; here, over random pulses, each
 * change figure is shown only where its report shows others' cell of the change question, and is
 * a function of that cell's published distribution alone: no answer, hidden cell, other pulse or
 * other version enters it.
 */
const report = (campaign: RandomCampaign, id: string): Report =>
  buildReport({ campaignId: id, survey: campaign.survey, leaderName: 'Alex', aggregates: aggregateAnswers(campaign.survey, campaign.answers), comments: [] });

const changeItemIds = (campaign: RandomCampaign): Record<string, string> =>
  Object.fromEntries(
    campaign.survey.themes.flatMap((theme) => theme.items.filter((item) => item.kind === 'change').map((item) => [theme.id, item.id] as const)),
  );

/** What a reader can compute from the published distribution of a shown cell, and nothing else (rounded as every published figure is). */
function fromPublishedDistribution(distribution: Record<string, number>): { improvedShare: number; worseShare: number; netScore: number } {
  const counts = Object.entries(distribution).map(([value, count]) => [Number(value), count] as const);
  const total = counts.reduce((sum, [, count]) => sum + count, 0);
  const better = counts.filter(([value]) => value >= 1).reduce((sum, [, count]) => sum + count, 0);
  const worse = counts.filter(([value]) => value <= -1).reduce((sum, [, count]) => sum + count, 0);
  return { improvedShare: round2(better / total), worseShare: round2(worse / total), netScore: round2((better - worse) / total) };
}

describe('the review discloses no more than the pulses it reads', () => {
  it('shows a pulse’s change on a goal only where its report shows others’ change cell, computed from that cell alone', () => {
    fc.assert(
      fc.property(randomCampaigns, (campaign) => {
        const shown = report(campaign, 'p');
        for (const [, itemId] of Object.entries(changeItemIds(campaign))) {
          const cell = shown.items.find((item) => item.id === itemId)?.scores.others ?? null;
          const change = perceivedChange(shown, itemId);
          if (!cell) expect(change).toBeNull();
          else expect(change).toEqual({ mean: cell.mean, n: cell.n, ...fromPublishedDistribution(cell.distribution) });
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives each pulse of the trend exactly its own report’s figure: nothing pooled or subtracted across pulses', () => {
    fc.assert(
      fc.property(fc.array(randomCampaigns, { minLength: 1, maxLength: 3 }), (pulses) => {
        // Pulses of one program share its survey: the first pulse's, with each pulse's own answers.
        const survey = pulses[0].survey;
        const kinds = survey.themes.flatMap((theme) => theme.items.map((item) => item.kind));
        const fitted = pulses.map((pulse): RandomCampaign => ({
          survey,
          answers: Object.fromEntries(
            Object.entries(pulse.answers).map(([group, raters]) => [
              group,
              raters.map((ratings) =>
                kinds.map((kind, index) => {
                  const rating = ratings[index] ?? null;
                  return rating === null ? null : kind === 'change' ? Math.max(-3, Math.min(3, rating)) : Math.max(1, Math.min(5, rating));
                }),
              ),
            ]),
          ) as RandomCampaign['answers'],
        }));
        const inputs: PulseInput[] = fitted.map((pulse, index) => ({
          campaignId: `p${index}`,
          report: report(pulse, `p${index}`),
          changeItemIds: changeItemIds(pulse),
          phase: index === fitted.length - 1 ? 'final' : 'midpoint',
          launchedAt: null,
        }));
        const goals = Object.keys(changeItemIds(fitted[0])).map((themeId) => ({
          themeId,
          title: themeId,
          goal: themeId,
          baseline: { mean: 3, n: 3 },
          target: 4,
        }));
        const review = buildReview({
          leader: 'Alex',
          goals,
          outcomes: [],
          scopes: { themes: new Map(), items: new Map() },
          baseline: { campaignId: 'b', report: inputs[0].report, changeItemIds: {} },
          midpoint: null,
          final: null,
          pulses: inputs,
        });
        for (const goal of review.goals) {
          expect(goal.trend.map((point) => point.campaignId)).toEqual(inputs.map((input) => input.campaignId));
          goal.trend.forEach((point, index) => expect(point.change).toEqual(perceivedChange(inputs[index].report, inputs[index].changeItemIds[goal.themeId])));
        }
      }),
      { numRuns: 60 },
    );
  });
});
