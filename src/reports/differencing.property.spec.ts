import fc from 'fast-check';
import type { CampaignAggregates, CellAggregate } from '../aggregation/aggregate.types';
import { addCells } from '../aggregation/cell-statistics';
import { computeAggregateDeltas } from '../aggregation/response-fold';
import type { RaterGroupId, SurveyDefinition } from '../surveys/survey.types';
import { surveyFactory } from '../../test/factories/survey.factory';
import { buildReport } from './report.builder';

/**
 * The differencing attack, automated: generate random campaigns, build the report, and treat
 * every figure it shows as a linear equation over the unknown per-group, per-item sums. A figure
 * of fewer than the threshold of anonymous raters must never lie in the span of what is shown.
 */
const ANONYMOUS: RaterGroupId[] = ['peer', 'direct_report', 'other'];

interface Campaign {
  survey: SurveyDefinition;
  answers: { group: RaterGroupId; ratings: Record<string, number | null> }[];
}

const campaignArbitrary = fc
  .record({
    shape: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 }),
    thresholds: fc.tuple(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 2, max: 5 }), fc.integer({ min: 2, max: 5 })),
    sizes: fc.tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 })),
    notObserved: fc.double({ min: 0, max: 0.5, noNaN: true }),
    seed: fc.integer(),
  })
  .map(({ shape, thresholds, sizes, notObserved, seed }): Campaign => {
    const base = surveyFactory();
    const survey: SurveyDefinition = {
      ...base,
      groups: base.groups.map((group) => (group.anonymous ? { ...group, minResponses: thresholds[ANONYMOUS.indexOf(group.id)] } : group)),
      themes: shape.map((count, themeIndex) => ({
        id: `t${themeIndex}`,
        title: `Theme ${themeIndex}`,
        keywords: [],
        items: Array.from({ length: count }, (_, itemIndex) => ({ id: `t${themeIndex}.i${itemIndex}`, text: 'x', selfText: 'x', kind: 'likert' as const })),
      })),
    };
    let state = seed;
    const random = (): number => {
      state = (Math.imul(state, 1664525) + 1013904223) | 0;
      return (state >>> 0) / 2 ** 32;
    };
    const itemIds = survey.themes.flatMap((theme) => theme.items.map((item) => item.id));
    const answers: Campaign['answers'] = [];
    (['boss', ...ANONYMOUS] as RaterGroupId[]).forEach((group, index) => {
      for (let rater = 0; rater < sizes[index]; rater += 1) {
        answers.push({ group, ratings: Object.fromEntries(itemIds.map((id) => [id, random() < notObserved ? null : 1 + Math.floor(random() * 5)])) });
      }
    });
    return { survey, answers };
  });

function aggregate(campaign: Campaign): CampaignAggregates {
  const aggregates: CampaignAggregates = { responses: {}, items: {}, themes: {} };
  for (const answer of campaign.answers) {
    aggregates.responses[answer.group] = (aggregates.responses[answer.group] ?? 0) + 1;
    for (const delta of computeAggregateDeltas(campaign.survey, answer.ratings)) {
      const scope = (delta.scopeKind === 'item' ? aggregates.items : aggregates.themes)[answer.group] ?? {};
      scope[delta.scopeId] = scope[delta.scopeId] ? addCells(scope[delta.scopeId] as CellAggregate, delta.cell) : delta.cell;
      (delta.scopeKind === 'item' ? aggregates.items : aggregates.themes)[answer.group] = scope;
    }
  }
  return aggregates;
}

/** Rank by Gaussian elimination; entries are small integers, so a tolerance is safe. */
function rank(rows: number[][]): number {
  const matrix = rows.map((row) => [...row]);
  let rankSoFar = 0;
  const columns = matrix[0]?.length ?? 0;
  for (let column = 0; column < columns && rankSoFar < matrix.length; column += 1) {
    const pivot = matrix.findIndex((row, index) => index >= rankSoFar && Math.abs(row[column]) > 1e-9);
    if (pivot < 0) continue;
    [matrix[rankSoFar], matrix[pivot]] = [matrix[pivot], matrix[rankSoFar]];
    for (let index = 0; index < matrix.length; index += 1) {
      if (index === rankSoFar || Math.abs(matrix[index][column]) < 1e-12) continue;
      const factor = matrix[index][column] / matrix[rankSoFar][column];
      matrix[index] = matrix[index].map((value, j) => value - factor * matrix[rankSoFar][j]);
    }
    rankSoFar += 1;
  }
  return rankSoFar;
}

describe('no figure of a below-threshold anonymous set can be derived from a report', () => {
  it('holds for random campaigns, group sizes, thresholds and "not observed" patterns', () => {
    fc.assert(
      fc.property(campaignArbitrary, (campaign) => {
        const aggregates = aggregate(campaign);
        const report = buildReport({ campaignId: 'c', survey: campaign.survey, leaderName: 'Alex', aggregates, comments: [] });
        const themes = campaign.survey.themes;
        const itemIds = themes.flatMap((theme) => theme.items.map((item) => item.id));
        const atoms = ANONYMOUS.flatMap((group) => itemIds.map((itemId) => ({ group, itemId, n: aggregates.items[group]?.[itemId]?.raters ?? 0 })));
        const vector = (members: (atom: (typeof atoms)[number]) => boolean): number[] => atoms.map((atom) => (members(atom) ? 1 : 0));
        const threshold = (group: RaterGroupId): number => campaign.survey.groups.find((candidate) => candidate.id === group)?.minResponses ?? 3;

        // What the attacker knows: every shown figure, and which cells nobody rated.
        const known: number[][] = atoms.filter((atom) => atom.n === 0).map((empty) => vector((atom) => atom === empty));
        for (const bucket of report.buckets.filter((candidate) => candidate.shown && candidate.anonymous)) {
          for (const item of report.items) if (item.scores[bucket.id]) known.push(vector((atom) => atom.itemId === item.id && bucket.groups.includes(atom.group)));
          for (const theme of report.themes) {
            const inTheme = new Set(themes.find((candidate) => candidate.id === theme.id)?.items.map((item) => item.id));
            if (theme.scores[bucket.id]) known.push(vector((atom) => inTheme.has(atom.itemId) && bucket.groups.includes(atom.group)));
          }
        }
        for (const item of report.items) if (item.scores.others) known.push(vector((atom) => atom.itemId === item.id));
        for (const theme of report.themes) {
          const inTheme = new Set(themes.find((candidate) => candidate.id === theme.id)?.items.map((item) => item.id));
          if (theme.scores.others) known.push(vector((atom) => inTheme.has(atom.itemId)));
        }
        const base = known.length > 0 ? rank(known) : 0;
        const derivable = (target: number[]): boolean => rank([...known, target]) === base;

        // Protected: any set of anonymous cells of one item, and any group's theme, rated by 0 < n < threshold.
        for (const itemId of itemIds) {
          const column = atoms.filter((atom) => atom.itemId === itemId && atom.n > 0);
          for (let mask = 1; mask < 1 << column.length; mask += 1) {
            const chosen = column.filter((_, index) => mask & (1 << index));
            const n = chosen.reduce((total, atom) => total + atom.n, 0);
            if (n >= Math.max(...chosen.map((atom) => threshold(atom.group)))) continue;
            if (derivable(vector((atom) => chosen.includes(atom)))) return false;
          }
        }
        for (const group of ANONYMOUS) {
          for (const theme of themes) {
            const n = aggregates.themes[group]?.[theme.id]?.raters ?? 0;
            if (n === 0 || n >= threshold(group)) continue;
            const inTheme = new Set(theme.items.map((item) => item.id));
            if (derivable(vector((atom) => atom.group === group && inTheme.has(atom.itemId)))) return false;
          }
        }
        return true;
      }),
      { numRuns: 300, seed: 360 },
    );
  });
});
